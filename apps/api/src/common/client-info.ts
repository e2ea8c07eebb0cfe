import type { Request } from 'express';

/** Origin of a request for security events: client address (after TRUST_PROXY) and user agent. */
export interface ClientInfo {
  address: string | null;
  userAgent: string | null;
}

export function clientInfo(request: Request): ClientInfo {
  const userAgent = request.headers['user-agent'];
  return {
    address: request.ip?.slice(0, 64) ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 255) : null,
  };
}
