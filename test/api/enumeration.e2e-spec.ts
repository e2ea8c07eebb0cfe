import { Account } from '../../apps/api/src/accounts/account.entity';
import { GOOD_PASSWORD, login, obtainResetLink, requestReset, resetLinkIn } from '../support/journey';
import { startTestApp, TEST_PUBLIC_URL, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

/** Drops the fields that differ between any two responses. */
function comparable(body: Record<string, unknown>): Record<string, unknown> {
  const { requestId: _requestId, ...rest } = body;
  return rest;
}

describe.each(testDatabaseKinds())('account enumeration on %s', (kind) => {
  let app: TestApp;
  const active = 'active.user@example.fr';
  const passwordless = 'no.password@example.fr';
  const disabled = 'disabled.user@example.fr';
  const unknown = 'nobody.here@example.fr';

  beforeAll(async () => {
    app = await startTestApp(kind);
    await app.createAccount({ email: active });
    await app.createAccount({ email: passwordless });
    const disabledId = await app.createAccount({ email: disabled });

    for (const address of [active, disabled]) {
      const link = await obtainResetLink(app, address);
      await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);
    }
    await app.dataSource.getRepository(Account).update({ id: disabledId }, { disabledAt: new Date() });
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers login failures identically', async () => {
    const wrongPassword = await login(app, active, 'Wrong-Password1');
    const noPassword = await login(app, passwordless, GOOD_PASSWORD);
    const disabledAccount = await login(app, disabled, GOOD_PASSWORD);
    const unknownAddress = await login(app, unknown, GOOD_PASSWORD);

    for (const response of [wrongPassword, noPassword, disabledAccount, unknownAddress]) {
      expect(response.status).toBe(401);
      expect(comparable(response.body)).toEqual(comparable(wrongPassword.body));
    }
    expect(wrongPassword.body.message).toBe('Adresse mail ou mot de passe incorrect.');
  });

  it('answers reset requests identically', async () => {
    const responses = await Promise.all([active, passwordless, disabled, unknown].map((address) => requestReset(app, address)));

    for (const response of responses) {
      expect(response.status).toBe(202);
      expect(response.body).toEqual(responses[0].body);
    }
    expect(responses[0].body.message).toContain('Si un compte actif correspond à cette adresse');
  });

  it('mails a link only to active accounts', async () => {
    await app.flushMail();
    const disabledBefore = app.smtp.messagesTo(disabled).length;

    await requestReset(app, disabled);
    await app.flushMail();

    expect(app.smtp.messagesTo(disabled)).toHaveLength(disabledBefore);
  });

  it('tells an unknown address that no account uses it', async () => {
    const stranger = 'stranger@example.fr';

    await requestReset(app, stranger);
    await app.flushMail();
    const mail = await app.smtp.waitForMessageTo(stranger);

    expect(mail.subject).toBe('Demande de réinitialisation de mot de passe');
    expect(mail.text).toContain("Aucun compte DPECothèque n’utilise cette adresse.");
    expect(mail.text).toContain(`${TEST_PUBLIC_URL}/adresse-introuvable`);
    expect(mail.text).not.toMatch(/reset-password/);
  });

  it('finds an address typed in capitals with spaces', async () => {
    const request = await requestReset(app, '  NO.Password@EXAMPLE.fr ');
    expect(request.status).toBe(202);
    await app.flushMail();
    const link = resetLinkIn(await app.smtp.waitForMessageTo(passwordless));
    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);

    const response = await login(app, '\tNo.Password@Example.FR  ', GOOD_PASSWORD);

    expect(response.status).toBe(200);
    expect(response.body.account.email).toBe(passwordless);
  });

  it('checks the captcha before the password', async () => {
    const rightPasswordWrongCode = await login(app, active, GOOD_PASSWORD, 'ZZZZ');
    const wrongPasswordWrongCode = await login(app, active, 'Wrong-Password1', 'ZZZZ');

    expect(rightPasswordWrongCode.status).toBe(400);
    expect(rightPasswordWrongCode.body.code).toBe('CAPTCHA_INVALID');
    expect(comparable(rightPasswordWrongCode.body)).toEqual(comparable(wrongPasswordWrongCode.body));
  });

  it('rejects a duplicate address in any case', async () => {
    await expect(app.createAccount({ email: ' ACTIVE.User@Example.FR' })).rejects.toMatchObject({
      status: 409,
      body: { message: 'Un compte utilise déjà cette adresse mail.' },
    });
    expect(await app.dataSource.getRepository(Account).countBy({ email: active })).toBe(1);
  });
});

describe.each(testDatabaseKinds())('unicode accounts on %s', (kind) => {
  let app: TestApp;

  beforeAll(async () => {
    // A latin1 database default must not matter: the tables set utf8mb4 themselves.
    app = await startTestApp(kind, {}, { defaultCharset: 'latin1' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('stores names and addresses in any script', async () => {
    const email = 'zoë.núñez@exämple.fr';
    const id = await app.createAccount({ email, firstName: 'Zoë 李', lastName: 'Núñez-Ørsted 🎓' });

    const account = await app.dataSource.getRepository(Account).findOneByOrFail({ id });

    expect(account.email).toBe(email);
    expect(account.firstName).toBe('Zoë 李');
    expect(account.lastName).toBe('Núñez-Ørsted 🎓');
  });

  it('keeps accented and plain addresses apart', async () => {
    await app.createAccount({ email: 'jose@example.fr' });

    await expect(app.createAccount({ email: 'josé@example.fr' })).resolves.toEqual(expect.any(Number));
    await expect(app.createAccount({ email: 'JOSÉ@example.fr' })).rejects.toMatchObject({ status: 409 });
  });
});
