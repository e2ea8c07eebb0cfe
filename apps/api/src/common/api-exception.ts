import { HttpException, HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@dpec/contracts';

export interface ApiExceptionBody {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string[]>;
  unmetRules?: string[];
}

/** An HTTP error whose body the exception filter sends as is, with status and request id added. */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly body: ApiExceptionBody,
  ) {
    super(body, status);
  }
}
