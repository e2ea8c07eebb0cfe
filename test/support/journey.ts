import type { ParsedMail } from 'mailparser';
import type { Response } from 'supertest';
import { TEST_CAPTCHA_CODE, TEST_PUBLIC_URL, TestApp } from './test-app';

/** A password that meets every rule. */
export const GOOD_PASSWORD = 'Brioche-Verte42';

export async function newCaptchaId(app: TestApp): Promise<string> {
  const response = await app.http.post('/api/captcha').expect(201);
  return (response.body as { id: string }).id;
}

export async function login(app: TestApp, email: string, password: string, captchaCode = TEST_CAPTCHA_CODE): Promise<Response> {
  const captchaId = await newCaptchaId(app);
  return app.http.post('/api/auth/login').send({ email, password, captchaId, captchaCode });
}

export async function requestReset(app: TestApp, email: string): Promise<Response> {
  const captchaId = await newCaptchaId(app);
  return app.http.post('/api/password-reset').send({ email, captchaId, captchaCode: TEST_CAPTCHA_CODE });
}

export interface ResetLink {
  url: string;
  /** The path the API serves, `/api/password-reset/{accountId}/{token}`. */
  apiPath: string;
  accountId: number;
  token: string;
}

/** Finds the reset link in the text part of a reset e-mail. */
export function resetLinkIn(mail: ParsedMail): ResetLink {
  const escaped = TEST_PUBLIC_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}/security/reset-password/(\\d+)/([A-Za-z0-9_-]+)`).exec(mail.text ?? '');
  if (match === null) {
    throw new Error(`no reset link in the e-mail text: ${mail.text}`);
  }
  return {
    url: match[0],
    apiPath: `/api/password-reset/${match[1]}/${match[2]}`,
    accountId: Number(match[1]),
    token: match[2],
  };
}

/** Requests a reset for `email`, waits for the e-mail number `count` and returns its link. */
export async function obtainResetLink(app: TestApp, email: string, count = 1): Promise<ResetLink> {
  const response = await requestReset(app, email);
  expect(response.status).toBe(202);
  await app.flushMail();
  return resetLinkIn(await app.smtp.waitForMessageTo(email, count));
}

/** Returns the value of the session cookie that a response sets, as `name=value`. */
export function sessionCookie(response: Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = cookies.find((cookie) => /^(__Host-)?dpec_session=/.test(cookie));
  if (session === undefined) {
    throw new Error(`no session cookie in ${JSON.stringify(cookies)}`);
  }
  return session.split(';')[0];
}

/** Creates an account with `roles`, sets its password through a reset link, logs in and returns the session cookie. */
export async function loggedInAs(app: TestApp, email: string, roles: Array<'intervenant' | 'gestionnaire' | 'support'>): Promise<string> {
  await app.createAccount({ email, roles });
  const link = await obtainResetLink(app, email);
  const reset = await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD });
  expect(reset.status).toBe(204);
  const response = await login(app, email, GOOD_PASSWORD);
  expect(response.status).toBe(200);
  return sessionCookie(response);
}
