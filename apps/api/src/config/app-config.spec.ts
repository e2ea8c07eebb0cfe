import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';

const SECRET = 'x'.repeat(32);

describe('loadConfig', () => {
  it('uses the embedded defaults', () => {
    const directory = mkdtempSync(join(tmpdir(), 'dpec-config-'));
    const config = loadConfig({ DEV_SECRET_FILE: join(directory, 'secret') });

    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.databaseUrl).toBe('sqlite:var/dpecotheque.sqlite');
    expect(config.bcryptCost).toBe(12);
    expect(config.secureCookies).toBe(false);
    expect(config.captchaTestCode).toBeUndefined();
  });

  it('keeps a generated development secret private and stable', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dpec-config-')), 'secret');

    const first = loadConfig({ DEV_SECRET_FILE: file }).sessionSecret;
    const second = loadConfig({ DEV_SECRET_FILE: file }).sessionSecret;

    expect(first).toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('marks cookies Secure for an https PUBLIC_URL', () => {
    const config = loadConfig({ SESSION_SECRET: SECRET, PUBLIC_URL: 'https://dpecotheque.example/' });

    expect(config.secureCookies).toBe(true);
    expect(config.publicUrl).toBe('https://dpecotheque.example');
  });

  it('rejects CAPTCHA_TEST_CODE in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, CAPTCHA_TEST_CODE: 'AAAA' })).toThrow(
      'CAPTCHA_TEST_CODE is for tests only and must not be set when NODE_ENV=production.',
    );
  });

  it('rejects a short SESSION_SECRET', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow('SESSION_SECRET must be at least 32 characters long.');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['BCRYPT_COST', '3'],
    ['BCRYPT_COST', '12.5'],
    ['PUBLIC_URL', 'ftp://example.fr'],
    ['PUBLIC_URL', 'not a url'],
    ['SMTP_URL', 'http://127.0.0.1:25'],
    ['CAPTCHA_TEST_CODE', 'TOO-LONG'],
  ])('rejects %s=%s', (name, value) => {
    expect(() => loadConfig({ SESSION_SECRET: SECRET, [name]: value })).toThrow(name);
  });
});
