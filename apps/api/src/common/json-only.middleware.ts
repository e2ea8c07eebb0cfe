import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@dpec/contracts';
import { Messages } from './messages';
import type { RequestWithId } from './request-id.middleware';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Rejects with 415 an API request that sends a body in another format than JSON,
 * so that a form post or text/plain never reaches a handler as an empty object.
 */
export function jsonOnlyMiddleware(request: Request, response: Response, next: NextFunction): void {
  const length = Number(request.headers['content-length'] ?? 0);
  const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;

  if (BODY_METHODS.has(request.method) && hasBody && !request.is('application/json')) {
    response.status(415).json({
      statusCode: 415,
      code: ErrorCode.UnsupportedMediaType,
      message: Messages.unsupportedMediaType,
      requestId: (request as RequestWithId).requestId,
    });
    return;
  }
  next();
}
