import { GOOD_PASSWORD, obtainResetLink } from '../support/journey';
import { startTestApp, TEST_CAPTCHA_CODE, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe.each(testDatabaseKinds())('captcha on %s', (kind) => {
  let app: TestApp;
  const email = 'captcha.user@example.fr';

  beforeAll(async () => {
    app = await startTestApp(kind);
    await app.createAccount({ email });
    const link = await obtainResetLink(app, email);
    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);
  });

  afterAll(async () => {
    await app.close();
  });

  async function loginWith(captchaId: string, captchaCode: string): Promise<number> {
    const response = await app.http.post('/api/auth/login').send({ email, password: GOOD_PASSWORD, captchaId, captchaCode });
    return response.status;
  }

  it('returns a PNG data URL', async () => {
    const response = await app.http.post('/api/captcha').expect(201);

    expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.image).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(response.body.image.split(',')[1], 'base64');
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(new Date(response.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('accepts the code in any case', async () => {
    const lower = await app.http.post('/api/captcha');
    const mixed = await app.http.post('/api/captcha');

    expect(await loginWith(lower.body.id, TEST_CAPTCHA_CODE.toLowerCase())).toBe(200);
    expect(await loginWith(mixed.body.id, ` ${TEST_CAPTCHA_CODE.slice(0, 2).toLowerCase()}${TEST_CAPTCHA_CODE.slice(2)} `)).toBe(200);
  });

  it('is consumed by a right answer', async () => {
    const challenge = await app.http.post('/api/captcha');

    expect(await loginWith(challenge.body.id, TEST_CAPTCHA_CODE)).toBe(200);
    expect(await loginWith(challenge.body.id, TEST_CAPTCHA_CODE)).toBe(400);
  });

  it('is consumed by a wrong answer', async () => {
    const challenge = await app.http.post('/api/captcha');

    expect(await loginWith(challenge.body.id, 'ZZZZ')).toBe(400);
    expect(await loginWith(challenge.body.id, TEST_CAPTCHA_CODE)).toBe(400);
  });

  it('expires', async () => {
    const challenge = await app.http.post('/api/captcha');
    app.clock.advance(11 * 60 * 1000);

    expect(await loginWith(challenge.body.id, TEST_CAPTCHA_CODE)).toBe(400);
  });

  it('rejects an unknown challenge', async () => {
    const response = await app.http
      .post('/api/auth/login')
      .send({ email, password: GOOD_PASSWORD, captchaId: '00000000-0000-4000-8000-000000000000', captchaCode: TEST_CAPTCHA_CODE });

    expect(response.status).toBe(400);
    expect(response.body.message).toBe('Le code de sécurité saisi est incorrect ou a expiré. Recopiez le nouveau code affiché.');
  });

  it('lets one of two racing answers pass', async () => {
    const challenge = await app.http.post('/api/captcha');

    const statuses = await Promise.all([loginWith(challenge.body.id, TEST_CAPTCHA_CODE), loginWith(challenge.body.id, TEST_CAPTCHA_CODE)]);

    expect(statuses.sort()).toEqual([200, 400]);
  });
});
