import { fetchCsrfToken } from '../support/csrf-client';
import { startTestApp, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

const CSRF_MESSAGE = 'La requête a été refusée car son jeton de sécurité est absent ou invalide. Rechargez la page puis réessayez.';

describe.each(testDatabaseKinds())('CSRF protection on %s', (kind) => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    token = await fetchCsrfToken(app.app.getHttpServer());
  });

  afterAll(async () => {
    await app.close();
  });

  it('sets a readable XSRF-TOKEN cookie on a first GET', async () => {
    const response = await app.rawHttp.get('/api/health/live').expect(200);
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((value) => value.startsWith('XSRF-TOKEN='));

    expect(cookie).toBeDefined();
    expect(cookie).not.toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('rejects every state-changing route without the header', async () => {
    for (const path of ['/api/captcha', '/api/auth/login', '/api/auth/logout', '/api/password-reset', `/api/password-reset/1/${'a'.repeat(40)}`]) {
      const response = await app.rawHttp.post(path).set('Cookie', `XSRF-TOKEN=${encodeURIComponent(token)}`).send({});

      expect({ path, status: response.status }).toEqual({ path, status: 403 });
      expect(response.body.code).toBe('CSRF_TOKEN_INVALID');
      expect(response.body.message).toBe(CSRF_MESSAGE);
    }
  });

  it('rejects a header that differs from the cookie', async () => {
    const other = await fetchCsrfToken(app.app.getHttpServer());

    const response = await app.rawHttp.post('/api/captcha').set('Cookie', `XSRF-TOKEN=${encodeURIComponent(token)}`).set('X-XSRF-TOKEN', other);

    expect(response.status).toBe(403);
  });

  it('rejects a cookie the server did not sign', async () => {
    const forged = `abc.${'0'.repeat(64)}`;

    const response = await app.rawHttp.post('/api/captcha').set('Cookie', `XSRF-TOKEN=${forged}`).set('X-XSRF-TOKEN', forged);

    expect(response.status).toBe(403);
  });

  it('rejects a header without a cookie', async () => {
    const response = await app.rawHttp.post('/api/captcha').set('X-XSRF-TOKEN', token);

    expect(response.status).toBe(403);
  });

  it('accepts the matching cookie and header', async () => {
    const response = await app.rawHttp.post('/api/captcha').set('Cookie', `XSRF-TOKEN=${encodeURIComponent(token)}`).set('X-XSRF-TOKEN', token);

    expect(response.status).toBe(201);
  });

  it('lets GET and HEAD through without a token', async () => {
    await app.rawHttp.get('/api/health/ready').expect(200);
    await app.rawHttp.head('/api/health/live').expect(200);
  });
});
