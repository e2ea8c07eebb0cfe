import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@dpec/contracts';
import { Messages } from './messages';
import type { RequestWithId } from './request-id.middleware';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes, below the /api mount point, that take a CSV file as their body. */
const CSV_PATH_PREFIX = '/admin/accounts/import';

/**
 * Rejects with 415 an API request that sends a body in another format than JSON
 * (or CSV on the import routes), so that a form post or text/plain never reaches a
 * handler as an empty object.
 */
export function jsonOnlyMiddleware(request: Request, response: Response, next: NextFunction): void {
  const length = Number(request.headers['content-length'] ?? 0);
  const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;

  const csvAllowed = request.path.startsWith(CSV_PATH_PREFIX) && typeof request.is('text/csv') === 'string';
  if (BODY_METHODS.has(request.method) && hasBody && !request.is('application/json') && !csvAllowed) {
    sendError(request, response, 415, ErrorCode.UnsupportedMediaType, Messages.unsupportedMediaType);
    return;
  }
  next();
}

function sendError(request: Request, response: Response, statusCode: number, code: ErrorCode, message: string): void {
  response.status(statusCode).json({ statusCode, code, message, requestId: (request as RequestWithId).requestId });
}

/** Errors raised by Express's body parser carry a `type` and a status. */
interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * Express error handler placed right after the JSON parser, because Nest turns
 * parser errors into a plain 400 and the client could not tell malformed JSON
 * from a wrong field.
 */
export function bodyParserErrorHandler(error: unknown, request: Request, response: Response, next: NextFunction): void {
  const type = (error as BodyParserError | undefined)?.type;

  if (type === 'entity.parse.failed') {
    sendError(request, response, 400, ErrorCode.MalformedJson, Messages.malformedJson);
  } else if (type === 'entity.too.large') {
    sendError(request, response, 413, ErrorCode.PayloadTooLarge, Messages.payloadTooLarge);
  } else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    sendError(request, response, 415, ErrorCode.UnsupportedMediaType, Messages.unsupportedMediaType);
  } else {
    next(error);
  }
}
