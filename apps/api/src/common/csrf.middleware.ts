import { ErrorCode } from '@dpec/contracts';
import type { NextFunction, Request, Response } from 'express';
import { digestsEqual, hmacHex, randomToken } from './crypto';
import { Messages } from './messages';
import type { RequestWithId } from './request-id.middleware';

/** Cookie and header names of Angular's HttpClient XSRF support. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

const STATE_CHANGING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SERVER_TO_SERVER_PREFIX = '/api/intake/';

/**
 * Token `random.signature`: the HMAC signature stops a cookie planted from a
 * sibling domain from passing, since its author does not know the secret.
 */
function issueToken(secret: string): string {
  const random = randomToken(24);
  return `${random}.${hmacHex(secret, `csrf:${random}`)}`;
}

function isGenuine(secret: string, token: string): boolean {
  const [random, signature, extra] = token.split('.');
  if (random === undefined || signature === undefined || extra !== undefined || !/^[0-9a-f]{64}$/.test(signature)) {
    return false;
  }
  return digestsEqual(signature, hmacHex(secret, `csrf:${random}`));
}

/**
 * Double-submit CSRF protection in Angular's convention. Every response that
 * finds no valid `XSRF-TOKEN` cookie sets one. A state-changing API request must
 * echo the cookie's value in the `X-XSRF-TOKEN` header, or it gets a 403.
 */
export function csrfMiddleware(secret: string, secureCookies: boolean) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const cookie: unknown = request.cookies?.[CSRF_COOKIE];
    const cookieToken = typeof cookie === 'string' && isGenuine(secret, cookie) ? cookie : undefined;

    if (cookieToken === undefined) {
      // Readable by scripts on purpose: the portal copies it into the header.
      response.cookie(CSRF_COOKIE, issueToken(secret), { httpOnly: false, sameSite: 'lax', secure: secureCookies, path: '/' });
    }

    // Server-to-server intake carries an API key, not a cookie, so cross-site forgery does not apply.
    const needsToken = STATE_CHANGING_METHODS.has(request.method) && request.path.startsWith('/api/') && !request.path.startsWith(SERVER_TO_SERVER_PREFIX);
    const header = request.headers[CSRF_HEADER];
    const headerMatches = cookieToken !== undefined && typeof header === 'string' && header === cookieToken;
    if (needsToken && !headerMatches) {
      response.status(403).json({
        statusCode: 403,
        code: ErrorCode.CsrfTokenInvalid,
        message: Messages.csrfTokenInvalid,
        requestId: (request as RequestWithId).requestId,
      });
      return;
    }
    next();
  };
}
