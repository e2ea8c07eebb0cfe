import { Account } from '../../apps/api/src/accounts/account.entity';
import { ResetToken } from '../../apps/api/src/password-reset/reset-token.entity';
import { GOOD_PASSWORD, login, newCaptchaId, obtainResetLink, resetLinkIn, sessionCookie } from '../support/journey';
import { startTestApp, TEST_CAPTCHA_CODE, TEST_PUBLIC_URL, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

const DAY_MS = 24 * 3600 * 1000;

describe.each(testDatabaseKinds())('reset links on %s', (kind) => {
  let app: TestApp;
  let sequence = 0;

  /** Creates an account with its own address, so tests do not share reset links. */
  async function freshAccount(): Promise<string> {
    sequence += 1;
    const email = `owner.${sequence}@example.fr`;
    await app.createAccount({ email });
    return email;
  }

  beforeAll(async () => {
    app = await startTestApp(kind);
  });

  afterAll(async () => {
    await app.close();
  });

  it('rejects a reused link', async () => {
    const link = await obtainResetLink(app, await freshAccount());
    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);

    const again = await app.http.post(link.apiPath).send({ password: 'Autre-Passe9', confirmation: 'Autre-Passe9' });
    const check = await app.http.get(link.apiPath);

    expect(again.status).toBe(410);
    expect(again.body.code).toBe('RESET_LINK_INVALID');
    expect(again.body.message).toContain("n’est plus valide");
    expect(check.status).toBe(410);
  });

  it('rejects a link after 24 hours', async () => {
    const link = await obtainResetLink(app, await freshAccount());
    app.clock.advance(DAY_MS - 60_000);
    await app.http.get(link.apiPath).expect(200);

    app.clock.advance(61_000);
    const check = await app.http.get(link.apiPath);
    const use = await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD });

    expect(check.status).toBe(410);
    expect(use.status).toBe(410);
  });

  it('replaces an older link by a newer request', async () => {
    const email = await freshAccount();
    const older = await obtainResetLink(app, email, 1);
    const newer = await obtainResetLink(app, email, 2);

    expect(newer.token).not.toBe(older.token);
    await app.http.get(older.apiPath).expect(410);
    await app.http.post(older.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(410);
    await app.http.post(newer.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);
  });

  it('keeps a link usable after GET and HEAD', async () => {
    const link = await obtainResetLink(app, await freshAccount());

    await app.http.get(link.apiPath).expect(200);
    await app.http.head(link.apiPath).expect(200);
    await app.http.get(link.apiPath).expect(200);

    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);
  });

  it('rejects a link of another account', async () => {
    const first = await obtainResetLink(app, await freshAccount());
    const second = await obtainResetLink(app, await freshAccount());

    await app.http.get(`/api/password-reset/${second.accountId}/${first.token}`).expect(410);
    await app.http.post(`/api/password-reset/${second.accountId}/${first.token}`).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(410);
    await app.http.get(first.apiPath).expect(200);
  });

  it('rejects malformed and unknown links with 410', async () => {
    const link = await obtainResetLink(app, await freshAccount());
    const paths = [
      `/api/password-reset/${link.accountId}/${'A'.repeat(40)}`,
      `/api/password-reset/${link.accountId}/${link.token.slice(0, 39)}`,
      `/api/password-reset/${link.accountId}/${link.token}x`,
      `/api/password-reset/0/${link.token}`,
      `/api/password-reset/-1/${link.token}`,
      `/api/password-reset/abc/${link.token}`,
      `/api/password-reset/99999999999999999999/${link.token}`,
      `/api/password-reset/${link.accountId}/${encodeURIComponent("' OR 1=1 --")}`,
    ];

    for (const path of paths) {
      const response = await app.http.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 410 });
    }
    await app.http.get(link.apiPath).expect(200);
  });

  it('ends every session after a reset', async () => {
    const email = await freshAccount();
    const first = await obtainResetLink(app, email, 1);
    await app.http.post(first.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);
    const cookie = sessionCookie(await login(app, email, GOOD_PASSWORD));
    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(200);

    const second = await obtainResetLink(app, email, 2);
    await app.http.post(second.apiPath).send({ password: 'Nouveau-Passe7', confirmation: 'Nouveau-Passe7' }).expect(204);

    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
    expect((await login(app, email, GOOD_PASSWORD)).status).toBe(401);
    expect((await login(app, email, 'Nouveau-Passe7')).status).toBe(200);
  });

  it('lists the unmet rules and keeps the link', async () => {
    const link = await obtainResetLink(app, await freshAccount());

    const weak = await app.http.post(link.apiPath).send({ password: 'plumeverte', confirmation: 'plumeverte' });
    const mismatch = await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: `${GOOD_PASSWORD}x` });

    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('PASSWORD_POLICY');
    expect(weak.body.unmetRules).toEqual([
      'au moins 1 lettre MAJUSCULE',
      'au moins 1 chiffre',
      'au moins un de ces caractères spéciaux : $ @ % * + - _ !',
    ]);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.code).toBe('PASSWORD_MISMATCH');
    await app.http.get(link.apiPath).expect(200);
  });

  it('rejects a password over 72 bytes without truncating it', async () => {
    const email = await freshAccount();
    const link = await obtainResetLink(app, email);
    // 33 accented letters take 66 bytes, so the whole password is 73 bytes for 40 characters.
    const tooLong = `${'é'.repeat(33)}Aa1!xyz`;

    const response = await app.http.post(link.apiPath).send({ password: tooLong, confirmation: tooLong });

    expect(response.status).toBe(400);
    expect(response.body.unmetRules).toEqual(['au plus 72 octets (une lettre accentuée en compte 2)']);
    const account = await app.dataSource.getRepository(Account).findOneByOrFail({ email });
    expect(account.passwordHash).toBeNull();
  });

  it('accepts exactly 72 bytes with accents', async () => {
    const email = await freshAccount();
    const link = await obtainResetLink(app, email);
    const password = `${'é'.repeat(32)}Aa1!xyzw`;
    expect(Buffer.byteLength(password)).toBe(72);

    await app.http.post(link.apiPath).send({ password, confirmation: password }).expect(204);

    expect((await login(app, email, password)).status).toBe(200);
    expect((await login(app, email, `${password}9`)).status).toBe(401);
  });

  it('builds the link from PUBLIC_URL whatever the Host', async () => {
    const email = await freshAccount();
    const captchaId = await newCaptchaId(app);

    await app.http
      .post('/api/password-reset')
      .set('Host', 'evil.example')
      .set('X-Forwarded-Host', 'evil.example')
      .set('X-Forwarded-Proto', 'http')
      .set('Forwarded', 'host=evil.example')
      .send({ email, captchaId, captchaCode: TEST_CAPTCHA_CODE })
      .expect(202);
    await app.flushMail();
    const mail = await app.smtp.waitForMessageTo(email);

    expect(resetLinkIn(mail).url.startsWith(`${TEST_PUBLIC_URL}/security/reset-password/`)).toBe(true);
    expect(`${mail.text}${mail.html}`).not.toContain('evil.example');
  });

  it('stores only a hash of the token', async () => {
    const email = await freshAccount();
    const link = await obtainResetLink(app, email);

    const stored = await app.dataSource.getRepository(ResetToken).findBy({ accountId: link.accountId });
    const dump = JSON.stringify(await app.dataSource.query('SELECT * FROM reset_tokens')) + JSON.stringify(await app.dataSource.query('SELECT * FROM outbox_messages'));

    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(dump).not.toContain(link.token);
  });
});
