import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiError, ErrorCode } from '@dpec/contracts';
import { ThrottlerException } from '@nestjs/throttler';
import type { Response } from 'express';
import { ApiException } from './api-exception';
import { Messages } from './messages';
import type { RequestWithId } from './request-id.middleware';

const STATUS_CODES: Partial<Record<number, { code: ErrorCode; message: string }>> = {
  [HttpStatus.BAD_REQUEST]: { code: ErrorCode.ValidationFailed, message: Messages.validationFailed },
  [HttpStatus.UNAUTHORIZED]: { code: ErrorCode.NotAuthenticated, message: Messages.notAuthenticated },
  [HttpStatus.FORBIDDEN]: { code: ErrorCode.Forbidden, message: Messages.forbidden },
  [HttpStatus.NOT_FOUND]: { code: ErrorCode.NotFound, message: Messages.notFound },
  [HttpStatus.CONFLICT]: { code: ErrorCode.Conflict, message: Messages.conflict },
  [HttpStatus.PAYLOAD_TOO_LARGE]: { code: ErrorCode.PayloadTooLarge, message: Messages.payloadTooLarge },
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: { code: ErrorCode.UnsupportedMediaType, message: Messages.unsupportedMediaType },
  [HttpStatus.TOO_MANY_REQUESTS]: { code: ErrorCode.TooManyRequests, message: Messages.tooManyRequests },
};

/**
 * Shapes every error as an ApiError: French message, stable code, request id,
 * never a stack trace. Unexpected errors are logged with the request id.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<RequestWithId>();
    const response = context.getResponse<Response>();

    const body: ApiError = { ...this.describe(exception), requestId: request.requestId ?? '' };
    if (body.statusCode >= 500) {
      this.logger.error(
        `request ${body.requestId} ${request.method} ${request.path} failed`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }

    if (!response.headersSent) {
      response.status(body.statusCode).json(body);
    }
  }

  private describe(exception: unknown): Omit<ApiError, 'requestId'> {
    if (exception instanceof ApiException) {
      return { statusCode: exception.getStatus(), ...exception.body };
    }

    if (exception instanceof ThrottlerException) {
      return { statusCode: 429, code: ErrorCode.TooManyRequests, message: Messages.tooManyRequests };
    }

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const known = STATUS_CODES[status];
      if (known) {
        return { statusCode: status, ...known };
      }
      if (status < 500) {
        return { statusCode: status, code: ErrorCode.ValidationFailed, message: Messages.validationFailed };
      }
    }

    return { statusCode: 500, code: ErrorCode.InternalError, message: Messages.internalError };
  }
}
