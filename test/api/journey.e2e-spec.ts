import { GOOD_PASSWORD, login, obtainResetLink, sessionCookie } from '../support/journey';
import { startTestApp, TEST_PUBLIC_URL, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

describe.each(testDatabaseKinds())('anonymous journey on %s', (kind) => {
  let app: TestApp;
  const email = 'camille.martin@example.fr';

  beforeAll(async () => {
    app = await startTestApp(kind);
  });

  afterAll(async () => {
    await app.close();
  });

  it('goes from first connection to logout', async () => {
    const accountId = await app.createAccount({ email, firstName: 'Camille', lastName: 'Martin', roles: ['intervenant'] });

    const beforeReset = await login(app, email, GOOD_PASSWORD);
    expect(beforeReset.status).toBe(401);

    const link = await obtainResetLink(app, email);
    expect(link.accountId).toBe(accountId);
    expect(link.token).toHaveLength(40);
    expect(link.url).toBe(`${TEST_PUBLIC_URL}/security/reset-password/${accountId}/${link.token}`);

    const status = await app.http.get(link.apiPath).expect(200);
    expect(new Date(status.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 23.9 * 3600 * 1000);
    expect(status.body.account).toEqual({ email, firstName: 'Camille', lastName: 'Martin' });

    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);

    const loggedIn = await login(app, email, GOOD_PASSWORD);
    expect(loggedIn.status).toBe(200);
    expect(loggedIn.body.account).toEqual({ id: accountId, email, firstName: 'Camille', lastName: 'Martin', roles: ['intervenant'] });

    const cookie = sessionCookie(loggedIn);
    const me = await app.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.email).toBe(email);
    expect(JSON.stringify(me.body)).not.toContain('$2');

    await app.http.post('/api/auth/logout').set('Cookie', cookie).expect(204);
    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
  });

  it('sends the reset e-mail of the user guide', async () => {
    const address = 'dominique.bernard@example.fr';
    await app.createAccount({ email: address });

    const link = await obtainResetLink(app, address);
    const mail = await app.smtp.waitForMessageTo(address);

    expect(mail.subject).toBe('Demande de réinitialisation de mot de passe');
    expect(mail.text).toContain('Bonjour,');
    expect(mail.text).toContain(link.url);
    expect(mail.text).toContain('Ce lien a une durée de validité de 24 h');
    expect(mail.text).toContain('SIEC, la Maison des examens');
    expect(mail.html).toContain(`<a href="${link.url}" style="color:#000091;">cliquer ici</a>`);
    expect(mail.html).toContain('SIEC, la Maison des examens');
  });

  it('sets a session cookie that scripts cannot read', async () => {
    const address = 'claude.petit@example.fr';
    await app.createAccount({ email: address });
    const link = await obtainResetLink(app, address);
    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);

    const response = await login(app, address, GOOD_PASSWORD);
    const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []).join('\n');

    // TEST_PUBLIC_URL is https, so the cookie is Secure with the __Host- prefix.
    expect(header).toMatch(/^__Host-dpec_session=/);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Secure/i);
  });

  it('gives a new session id at each login', async () => {
    const address = 'alix.moreau@example.fr';
    await app.createAccount({ email: address });
    const link = await obtainResetLink(app, address);
    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);

    const first = sessionCookie(await login(app, address, GOOD_PASSWORD));
    const captcha = await app.http.post('/api/captcha').expect(201);
    const second = await app.http
      .post('/api/auth/login')
      .set('Cookie', first)
      .send({ email: address, password: GOOD_PASSWORD, captchaId: captcha.body.id, captchaCode: 'K7PX' })
      .expect(200);

    expect(sessionCookie(second)).not.toBe(first);
    await app.http.get('/api/auth/me').set('Cookie', first).expect(401);
    await app.http.get('/api/auth/me').set('Cookie', sessionCookie(second)).expect(200);
  });
});
