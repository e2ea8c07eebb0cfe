import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

/**
 * Cookie name: the `__Host-` prefix, which browsers accept only with Secure and
 * Path=/ and no Domain, is used whenever the app is served over https.
 */
export function sessionCookieName(config: AppConfig): string {
  return config.secureCookies ? '__Host-dpec_session' : 'dpec_session';
}

function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/' };
}

export function readSessionCookie(request: Request, config: AppConfig): string | undefined {
  const value: unknown = request.cookies?.[sessionCookieName(config)];
  return typeof value === 'string' ? value : undefined;
}

export function setSessionCookie(response: Response, config: AppConfig, token: string, expiresAt: Date): void {
  response.cookie(sessionCookieName(config), token, { ...cookieOptions(config), expires: expiresAt });
}

export function clearSessionCookie(response: Response, config: AppConfig): void {
  response.clearCookie(sessionCookieName(config), cookieOptions(config));
}
