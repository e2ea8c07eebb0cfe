import { runCli } from '../../apps/api/src/cli-commands';
import { GOOD_PASSWORD, login, obtainResetLink, sessionCookie } from '../support/journey';
import { startTestApp, TEST_PUBLIC_URL, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0';
const NEW_PASSWORD = 'Horizon-Perle58';

describe.each(testDatabaseKinds())('my account on %s', (kind) => {
  let app: TestApp;
  let sequence = 0;

  /** Creates an account with a password and returns its address and a session cookie. */
  async function loggedInAccount(firstName = 'Dominique', lastName = 'Garnier'): Promise<{ email: string; cookie: string }> {
    sequence += 1;
    const email = `owner.${sequence}@example.fr`;
    await app.createAccount({ email, firstName, lastName });
    const link = await obtainResetLink(app, email);
    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);
    return { email, cookie: sessionCookie(await login(app, email, GOOD_PASSWORD)) };
  }

  beforeAll(async () => {
    app = await startTestApp(kind);
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists the open sessions', async () => {
    const { email, cookie } = await loggedInAccount();
    const captcha = await app.http.post('/api/captcha');
    const other = await app.http
      .post('/api/auth/login')
      .set('User-Agent', FIREFOX)
      .send({ email, password: GOOD_PASSWORD, captchaId: captcha.body.id, captchaCode: 'K7PX' })
      .expect(200);

    const response = await app.http.get('/api/account/sessions').set('Cookie', cookie).expect(200);

    expect(response.body).toHaveLength(2);
    expect(response.body.filter((session: { current: boolean }) => session.current)).toHaveLength(1);
    expect(response.body.map((session: { browser: string | null }) => session.browser)).toContain('Firefox sur Windows');
    expect(JSON.stringify(response.body)).not.toContain(sessionCookie(other).split('=')[1]);
  });

  it('ends one session and then the others', async () => {
    const { email, cookie } = await loggedInAccount();
    const second = sessionCookie(await login(app, email, GOOD_PASSWORD));
    const third = sessionCookie(await login(app, email, GOOD_PASSWORD));

    const listedByThird = await app.http.get('/api/account/sessions').set('Cookie', third).expect(200);
    const thirdId = listedByThird.body.find((session: { current: boolean }) => session.current).id;
    await app.http.delete(`/api/account/sessions/${thirdId}`).set('Cookie', second).expect(204);
    await app.http.get('/api/auth/me').set('Cookie', third).expect(401);
    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(200);

    await app.http.delete('/api/account/sessions').set('Cookie', second).expect(204);

    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
    await app.http.get('/api/auth/me').set('Cookie', third).expect(401);
    await app.http.get('/api/auth/me').set('Cookie', second).expect(200);
  });

  it('refuses to end another account session', async () => {
    const first = await loggedInAccount();
    const second = await loggedInAccount();
    const listed = await app.http.get('/api/account/sessions').set('Cookie', first.cookie).expect(200);

    const response = await app.http.delete(`/api/account/sessions/${listed.body[0].id}`).set('Cookie', second.cookie);
    const malformed = await app.http.delete('/api/account/sessions/not-a-uuid').set('Cookie', second.cookie);

    expect(response.status).toBe(404);
    expect(malformed.status).toBe(404);
    await app.http.get('/api/auth/me').set('Cookie', first.cookie).expect(200);
  });

  it('ends a session after 30 idle minutes', async () => {
    const { cookie } = await loggedInAccount();
    app.clock.advance(29 * 60_000);
    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(200);

    app.clock.advance(29 * 60_000);
    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(200);

    app.clock.advance(31 * 60_000);
    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
  });

  it('ends a session 8 hours after login', async () => {
    const { cookie } = await loggedInAccount();
    for (let step = 0; step < 19; step++) {
      app.clock.advance(25 * 60_000);
      await app.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    }

    app.clock.advance(10 * 60_000);
    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
  });

  it('changes the password and tells the owner', async () => {
    const { email, cookie } = await loggedInAccount();
    const other = sessionCookie(await login(app, email, GOOD_PASSWORD));

    await app.http
      .post('/api/account/password')
      .set('Cookie', cookie)
      .send({ currentPassword: GOOD_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD })
      .expect(204);

    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    await app.http.get('/api/auth/me').set('Cookie', other).expect(401);
    expect((await login(app, email, NEW_PASSWORD)).status).toBe(200);
    await app.flushMail();
    const mail = await app.smtp.waitForMessageTo(email, 2);
    expect(mail.subject).toBe('Votre mot de passe DPECothèque a été modifié');
    expect(mail.text).toContain("Si vous n’êtes pas à l’origine de ce changement");
    expect(mail.text).toContain(`${TEST_PUBLIC_URL}/mot-de-passe-oublie`);
  });

  it('requires the current password', async () => {
    const { email, cookie } = await loggedInAccount();

    const response = await app.http
      .post('/api/account/password')
      .set('Cookie', cookie)
      .send({ currentPassword: 'Pas-Le-Bon-77', password: NEW_PASSWORD, confirmation: NEW_PASSWORD });

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('CURRENT_PASSWORD_INVALID');
    expect(response.body.message).toBe('Le mot de passe actuel est incorrect.');
    expect((await login(app, email, GOOD_PASSWORD)).status).toBe(200);
  });

  it('rejects personal, common and guessable passwords', async () => {
    const { cookie } = await loggedInAccount('Maëlle', 'Quintard');
    const cases: Array<[string, string]> = [
      ['Maelle-2026!', 'ni votre nom, ni votre prénom, ni votre adresse mail'],
      ['Quintard#77$', 'ni votre nom, ni votre prénom, ni votre adresse mail'],
      ['Soleil2024!', 'pas un mot de passe courant (azerty, soleil, motdepasse…)'],
      ['Azerty123456!', 'pas un mot de passe courant (azerty, soleil, motdepasse…)'],
      ['Password123!', 'pas un mot de passe courant (azerty, soleil, motdepasse…)'],
      ['Qwerty123!', 'pas un mot de passe courant (azerty, soleil, motdepasse…)'],
    ];

    for (const [password, rule] of cases) {
      const response = await app.http.post('/api/account/password').set('Cookie', cookie).send({ currentPassword: GOOD_PASSWORD, password, confirmation: password });

      expect({ password, status: response.status }).toEqual({ password, status: 400 });
      expect({ password, rules: response.body.unmetRules }).toEqual({ password, rules: expect.arrayContaining([rule]) });
    }
  });

  it('rejects the current password as the new one', async () => {
    const { cookie } = await loggedInAccount();

    const response = await app.http.post('/api/account/password').set('Cookie', cookie).send({ currentPassword: GOOD_PASSWORD, password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD });

    expect(response.status).toBe(400);
    expect(response.body.message).toBe('Le nouveau mot de passe doit être différent du mot de passe actuel.');
  });

  it('requires a session for every account route', async () => {
    await app.http.get('/api/account/sessions').expect(401);
    await app.http.delete('/api/account/sessions').expect(401);
    await app.http.post('/api/account/password').send({ currentPassword: 'a', password: 'b', confirmation: 'b' }).expect(401);
  });
});

describe.each(testDatabaseKinds())('security events access on %s', (kind) => {
  let app: TestApp;
  const manager = 'gestion@example.fr';
  const intervenant = 'intervenant@example.fr';
  let managerCookie: string;
  let intervenantCookie: string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    await app.createAccount({ email: manager, roles: ['gestionnaire'] });
    await app.createAccount({ email: intervenant, roles: ['intervenant'] });
    for (const email of [manager, intervenant]) {
      const link = await obtainResetLink(app, email);
      await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);
    }
    managerCookie = sessionCookie(await login(app, manager, GOOD_PASSWORD));
    intervenantCookie = sessionCookie(await login(app, intervenant, GOOD_PASSWORD));
  });

  afterAll(async () => {
    await app.close();
  });

  it('lets a gestionnaire read an account log', async () => {
    const response = await app.http.get(`/api/admin/security-events?email=${encodeURIComponent(intervenant.toUpperCase())}`).set('Cookie', managerCookie).expect(200);

    const types = response.body.map((event: { type: string }) => event.type);
    expect(types).toEqual(expect.arrayContaining(['login_succeeded', 'reset_completed', 'reset_requested']));
  });

  it('refuses intervenants and anonymous callers', async () => {
    const forbidden = await app.http.get(`/api/admin/security-events?email=${manager}`).set('Cookie', intervenantCookie);
    const anonymous = await app.http.get(`/api/admin/security-events?email=${manager}`);

    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toBe("Vous n’avez pas les droits nécessaires pour cette action.");
    expect(anonymous.status).toBe(401);
  });

  it('validates the query', async () => {
    await app.http.get('/api/admin/security-events').set('Cookie', managerCookie).expect(400);
    await app.http.get(`/api/admin/security-events?email=${manager}&limit=0`).set('Cookie', managerCookie).expect(400);
    await app.http.get('/api/admin/security-events?email=nobody%40example.fr').set('Cookie', managerCookie).expect(404);
  });

  it('prints the log from the command line', async () => {
    const lines: string[] = [];
    const errors: string[] = [];
    process.env.DATABASE_URL = app.database.url;
    process.env.SESSION_SECRET = 'x'.repeat(40);

    const code = await runCli(['security-events', '--email', intervenant, '--limit', '5'], { log: (line) => lines.push(line), error: (line) => errors.push(line) });

    delete process.env.DATABASE_URL;
    delete process.env.SESSION_SECRET;
    expect({ code, errors }).toEqual({ code: 0, errors: [] });
    expect(lines[0]).toMatch(/^Security events of account \d+, newest first \(\d\):$/);
    expect(lines.slice(1).join('\n')).toContain('login_succeeded');
  });

  it('creates an account from the command line', async () => {
    const lines: string[] = [];
    const errors: string[] = [];
    const output = { log: (line: string) => lines.push(line), error: (line: string) => errors.push(line) };
    process.env.DATABASE_URL = app.database.url;
    process.env.SESSION_SECRET = 'x'.repeat(40);

    const created = await runCli(['create-account', '--email', ' Nouveau.Compte@Example.fr ', '--first-name', 'Élise', '--last-name', 'Roux', '--role', 'support,gestionnaire'], output);
    const duplicate = await runCli(['create-account', '--email', 'nouveau.compte@example.fr', '--first-name', 'Élise', '--last-name', 'Roux', '--role', 'support'], output);
    const missing = await runCli(['create-account', '--email', 'autre@example.fr', '--first-name', 'Élise', '--role', 'support'], output);

    delete process.env.DATABASE_URL;
    delete process.env.SESSION_SECRET;
    expect(created).toBe(0);
    expect(lines[0]).toMatch(/^\d+$/);
    expect(duplicate).toBe(2);
    expect(errors.join('\n')).toContain('Un compte utilise déjà cette adresse mail.');
    expect(missing).toBe(2);
    expect(errors.join('\n')).toContain('Missing option --last-name.');
  });
});
