import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Settings read once from the environment; see README.md for each variable. */
export interface AppConfig {
  production: boolean;
  port: number;
  publicUrl: string;
  /** True when PUBLIC_URL is https: cookies get the Secure flag. */
  secureCookies: boolean;
  databaseUrl: string;
  smtpUrl: string;
  mailFrom: string;
  sessionSecret: string;
  bcryptCost: number;
  captchaTestCode?: string;
  captchaTtlSeconds: number;
  sessionTtlSeconds: number;
  /** Requests per minute and client on each anonymous route. */
  throttleLimit: number;
  throttleTtlSeconds: number;
  mailPollIntervalMs: number;
  mailRetryBaseMs: number;
  /** Built portal served at `/`; absent in API-only test runs. */
  portalDir?: string;
  /** Minimum duration of a reset request response, so that known and unknown addresses take as long. */
  resetRequestMinMs: number;
  startOutboxWorker: boolean;
  /** True behind exactly one trusted reverse proxy; X-Forwarded-For is ignored otherwise. */
  trustProxy: boolean;
  /** Sessions end after this many seconds without a request. */
  sessionIdleSeconds: number;
  /** Failed logins in a row after which each attempt waits a growing delay. */
  loginDelayAfter: number;
  /** Failed logins in a row after which the account is locked. */
  loginLockAfter: number;
  loginLockMinutes: number;
  /** Reset e-mails sent to one address per hour at most. */
  resetMailsPerHour: number;
  securityEventRetentionDays: number;
  /** Requests one contact address may file in 24 hours. */
  addressRequestsPerContactPerDay: number;
  /** Days after closing before a request's personal data is anonymised. */
  addressRequestRetentionDays: number;
}

export class ConfigError extends Error {}

export const APP_CONFIG = Symbol('APP_CONFIG');

type Environment = Record<string, string | undefined>;

function readInteger(env: Environment, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') {
    return fallback;
  }

  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function readBoolean(env: Environment, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (['', 'false', '0', 'no'].includes(raw)) {
    return false;
  }
  if (['true', '1', 'yes'].includes(raw)) {
    return true;
  }
  throw new ConfigError(`${name} must be true or false, got "${env[name]}".`);
}

/**
 * Returns SESSION_SECRET, or in development a secret generated once and kept in
 * var/session-secret so that a restart keeps sessions and queued e-mails readable.
 */
function readSessionSecret(env: Environment, production: boolean): string {
  const secret = env.SESSION_SECRET;
  if (secret !== undefined && secret !== '') {
    if (secret.length < 32) {
      throw new ConfigError('SESSION_SECRET must be at least 32 characters long.');
    }
    return secret;
  }

  if (production) {
    throw new ConfigError('SESSION_SECRET is required when NODE_ENV=production.');
  }

  const file = resolve(env.DEV_SECRET_FILE ?? 'var/session-secret');
  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dirname(file), { recursive: true });
  const generated = randomBytes(32).toString('base64url');
  writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

function readPublicUrl(env: Environment, port: number): string {
  const raw = env.PUBLIC_URL ?? `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute http or https URL, got "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`PUBLIC_URL must use http or https, got "${raw}".`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** Builds the configuration from environment variables and rejects unsafe combinations. */
export function loadConfig(env: Environment = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = readInteger(env, 'PORT', 3000, 1, 65535);
  const publicUrl = readPublicUrl(env, port);

  const captchaTestCode = env.CAPTCHA_TEST_CODE || undefined;
  if (captchaTestCode !== undefined && production) {
    throw new ConfigError('CAPTCHA_TEST_CODE is for tests only and must not be set when NODE_ENV=production.');
  }
  if (captchaTestCode !== undefined && !/^[A-Za-z0-9]{4}$/.test(captchaTestCode)) {
    throw new ConfigError('CAPTCHA_TEST_CODE must be 4 letters or digits.');
  }

  const smtpUrl = env.SMTP_URL ?? 'smtp://127.0.0.1:1025';
  if (!/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${smtpUrl}".`);
  }

  const config: AppConfig = {
    production,
    port,
    publicUrl,
    secureCookies: publicUrl.startsWith('https:'),
    databaseUrl: env.DATABASE_URL ?? 'sqlite:var/dpecotheque.sqlite',
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'DPECothèque <ne-pas-repondre@dpecotheque.invalid>',
    sessionSecret: readSessionSecret(env, production),
    bcryptCost: readInteger(env, 'BCRYPT_COST', 12, 4, 15),
    captchaTestCode: captchaTestCode?.toUpperCase(),
    captchaTtlSeconds: readInteger(env, 'CAPTCHA_TTL_SECONDS', 600, 30, 3600),
    sessionTtlSeconds: readInteger(env, 'SESSION_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    throttleLimit: readInteger(env, 'THROTTLE_LIMIT', 30, 1, 100000),
    throttleTtlSeconds: readInteger(env, 'THROTTLE_TTL_SECONDS', 60, 1, 3600),
    mailPollIntervalMs: readInteger(env, 'MAIL_POLL_INTERVAL_MS', 2000, 50, 600000),
    mailRetryBaseMs: readInteger(env, 'MAIL_RETRY_BASE_MS', 5000, 10, 3600000),
    portalDir: env.PORTAL_DIR ?? resolve('dist/portal/browser'),
    resetRequestMinMs: readInteger(env, 'RESET_REQUEST_MIN_MS', 400, 0, 10000),
    startOutboxWorker: env.OUTBOX_WORKER !== 'off',
    trustProxy: readBoolean(env, 'TRUST_PROXY'),
    sessionIdleSeconds: readInteger(env, 'SESSION_IDLE_SECONDS', 30 * 60, 60, 7 * 24 * 3600),
    loginDelayAfter: readInteger(env, 'LOGIN_DELAY_AFTER', 5, 1, 100),
    // The CNIL accepts an 8-character policy only with a lock after at most 10 failures.
    loginLockAfter: readInteger(env, 'LOGIN_LOCK_AFTER', 10, 1, 10),
    loginLockMinutes: readInteger(env, 'LOGIN_LOCK_MINUTES', 30, 1, 24 * 60),
    resetMailsPerHour: readInteger(env, 'RESET_MAILS_PER_HOUR', 3, 1, 100),
    securityEventRetentionDays: readInteger(env, 'SECURITY_EVENTS_RETENTION_DAYS', 365, 1, 3650),
    addressRequestsPerContactPerDay: readInteger(env, 'ADDRESS_REQUESTS_PER_CONTACT_PER_DAY', 3, 1, 100),
    addressRequestRetentionDays: readInteger(env, 'ADDRESS_REQUEST_RETENTION_DAYS', 365, 1, 3650),
  };
  if (config.loginDelayAfter >= config.loginLockAfter) {
    throw new ConfigError('LOGIN_DELAY_AFTER must be lower than LOGIN_LOCK_AFTER.');
  }
  return config;
}
