import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createApplication } from '../../apps/api/src/app.factory';
import { ConfigError, loadConfig } from '../../apps/api/src/config/app-config';
import { loggedInAs } from '../support/journey';
import { startTestApp, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

describe.each(testDatabaseKinds())('platform on %s', (kind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(kind, { THROTTLE_LIMIT: '5' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('throttles a client over its limit', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++) {
      statuses.push((await app.http.post('/api/captcha')).status);
    }
    const limited = await app.http.post('/api/captcha');

    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect(limited.status).toBe(429);
    expect(limited.body.message).toBe('Trop de tentatives. Veuillez patienter une minute avant de réessayer.');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('ignores a forged X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++) {
      const response = await app.http.get('/api/auth/me').set('X-Forwarded-For', `127.0.0.${index + 10}`);
      statuses.push(response.status);
    }

    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('shares the limit between two instances', async () => {
    const second = await createApplication(
      loadConfig({ DATABASE_URL: app.database.url, SMTP_URL: app.smtp.url, SESSION_SECRET: 'y'.repeat(40), THROTTLE_LIMIT: '5', OUTBOX_WORKER: 'off', PORTAL_DIR: '/nonexistent' }),
    );
    second.useLogger(['error']);
    await second.init();
    // A route the other tests here leave alone, so that its counter starts at zero.
    const link = `/api/password-reset/1/${'b'.repeat(40)}`;
    const statuses: number[] = [];
    try {
      for (let index = 0; index < 3; index++) {
        statuses.push((await app.rawHttp.get(link)).status);
      }
      for (let index = 0; index < 3; index++) {
        statuses.push((await request(second.getHttpServer()).get(link)).status);
      }
    } finally {
      await second.close();
    }

    expect(statuses).toEqual([410, 410, 410, 410, 410, 429]);
  });

  it('sends the security headers', async () => {
    const response = await app.http.get('/api/health/live').expect(200);
    const csp = String(response.headers['content-security-policy']);

    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' data:");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });

  it('describes every route in OpenAPI', async () => {
    const response = await app.http.get('/api/docs-json').expect(200);
    const paths = Object.keys(response.body.paths);

    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/captcha',
        '/api/auth/login',
        '/api/auth/logout',
        '/api/auth/me',
        '/api/password-reset',
        '/api/password-reset/{accountId}/{token}',
        '/api/health/live',
        '/api/health/ready',
      ]),
    );
    expect(Object.keys(response.body.paths['/api/password-reset/{accountId}/{token}'])).toEqual(expect.arrayContaining(['get', 'post']));
  });

  it('sends a request id and no framework banner', async () => {
    const response = await app.http.get('/api/health/live').expect(200);

    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('limits of the console', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('sqlite', { THROTTLE_LIMIT: '5' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('does not limit a gestionnaire per client', async () => {
    const cookie = await loggedInAs(app, 'busy.manager@example.fr', ['gestionnaire']);

    const statuses: number[] = [];
    for (let index = 0; index < 8; index++) {
      statuses.push((await app.http.get(`/api/admin/accounts?page=${index + 1}`).set('Cookie', cookie)).status);
    }

    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
  });
});

describe('behind a trusted proxy', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('sqlite', { THROTTLE_LIMIT: '3', TRUST_PROXY: 'true', PUBLIC_URL: 'http://localhost:3000' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('counts each client apart', async () => {
    const first: number[] = [];
    for (let index = 0; index < 4; index++) {
      first.push((await app.http.get('/api/auth/me').set('X-Forwarded-For', '127.0.0.21')).status);
    }
    const second = await app.http.get('/api/auth/me').set('X-Forwarded-For', '127.0.0.22');

    expect(first).toEqual([401, 401, 401, 429]);
    expect(second.status).toBe(401);
  });

  it('sends no HSTS over http', async () => {
    const response = await app.http.get('/api/health/live').expect(200);

    expect(response.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('production settings', () => {
  const production = {
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: 'sqlite::memory:',
  };

  it('refuses to start with CAPTCHA_TEST_CODE', async () => {
    const start = async () => createApplication(loadConfig({ ...production, CAPTCHA_TEST_CODE: 'AAAA' }));

    await expect(start()).rejects.toThrow(ConfigError);
    await expect(start()).rejects.toThrow('CAPTCHA_TEST_CODE is for tests only');
  });

  it('refuses to start without SESSION_SECRET', () => {
    expect(() => loadConfig({ ...production, SESSION_SECRET: '' })).toThrow('SESSION_SECRET is required when NODE_ENV=production.');
  });
});
