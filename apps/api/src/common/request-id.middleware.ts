import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export interface RequestWithId extends Request {
  requestId?: string;
}

/** Gives every request a fresh id, returned in `X-Request-Id` and in error bodies. */
export function requestIdMiddleware(request: RequestWithId, response: Response, next: NextFunction): void {
  // A client-supplied id is not trusted: it could forge log lines.
  request.requestId = randomUUID();
  response.setHeader('X-Request-Id', request.requestId);
  next();
}
