import { Account } from '../../apps/api/src/accounts/account.entity';
import { SecurityEvent } from '../../apps/api/src/security-events/security-event.entity';
import { SecurityEventsService } from '../../apps/api/src/security-events/security-events.service';
import { GOOD_PASSWORD, login, obtainResetLink, requestReset } from '../support/journey';
import { startTestApp, TEST_PUBLIC_URL, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

const WRONG = 'Mauvais-Passe31';

describe.each(testDatabaseKinds())('login protection on %s', (kind) => {
  let app: TestApp;
  let sequence = 0;

  /** Creates an account with a password and returns its address. */
  async function accountWithPassword(): Promise<string> {
    sequence += 1;
    const email = `guarded.${sequence}@example.fr`;
    await app.createAccount({ email });
    const link = await obtainResetLink(app, email);
    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);
    return email;
  }

  async function account(email: string): Promise<Account> {
    return app.dataSource.getRepository(Account).findOneByOrFail({ email });
  }

  beforeAll(async () => {
    app = await startTestApp(kind);
  });

  afterAll(async () => {
    await app.close();
  });

  it('delays attempts after 5 failures', async () => {
    const email = await accountWithPassword();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await login(app, email, WRONG)).status).toBe(401);
    }

    const delayed = await account(email);
    expect(delayed.failedLoginCount).toBe(5);
    expect(delayed.loginDelayUntil).not.toBeNull();

    const duringDelay = await login(app, email, GOOD_PASSWORD);
    expect(duringDelay.status).toBe(401);
    expect(duringDelay.body.message).toBe('Adresse mail ou mot de passe incorrect.');

    app.clock.advance(2_000);
    expect((await login(app, email, GOOD_PASSWORD)).status).toBe(200);
    expect((await account(email)).failedLoginCount).toBe(0);
  });

  it('locks the account after 10 failures and tells its owner', async () => {
    const email = await accountWithPassword();
    for (let attempt = 0; attempt < 10; attempt++) {
      app.clock.advance(600_000);
      expect((await login(app, email, WRONG)).status).toBe(401);
    }

    const locked = await account(email);
    expect(locked.lockedUntil?.getTime()).toBeGreaterThan(app.clock.now().getTime() + 29 * 60_000);

    app.clock.advance(10 * 60_000);
    const rightPassword = await login(app, email, GOOD_PASSWORD);
    expect(rightPassword.status).toBe(401);
    expect(rightPassword.body.message).toBe('Adresse mail ou mot de passe incorrect.');

    await app.flushMail();
    const mail = await app.smtp.waitForMessageTo(email, 2);
    expect(mail.subject).toBe('Votre compte DPECothèque est temporairement verrouillé');
    expect(mail.text).toContain('Après 10 tentatives de connexion infructueuses');
    expect(mail.text).toContain(`${TEST_PUBLIC_URL}/mot-de-passe-oublie`);

    app.clock.advance(21 * 60_000);
    expect((await login(app, email, GOOD_PASSWORD)).status).toBe(200);
  });

  it('lifts a lock with a password reset', async () => {
    const email = await accountWithPassword();
    for (let attempt = 0; attempt < 10; attempt++) {
      app.clock.advance(600_000);
      await login(app, email, WRONG);
    }
    expect((await account(email)).lockedUntil).not.toBeNull();
    await app.flushMail();

    const link = await obtainResetLink(app, email, 3);
    await app.http.post(link.apiPath).send({ password: 'Horizon-Perle58', confirmation: 'Horizon-Perle58' }).expect(204);

    expect((await login(app, email, 'Horizon-Perle58')).status).toBe(200);
    const events = await app.dataSource.getRepository(SecurityEvent).findBy({ accountId: (await account(email)).id, type: 'account_unlocked' });
    expect(events).toHaveLength(1);
  });

  it('answers a locked account like an unknown one', async () => {
    const email = await accountWithPassword();
    for (let attempt = 0; attempt < 10; attempt++) {
      app.clock.advance(600_000);
      await login(app, email, WRONG);
    }

    const locked = await login(app, email, GOOD_PASSWORD);
    const unknown = await login(app, 'nobody.at.all@example.fr', GOOD_PASSWORD);

    expect(locked.status).toBe(unknown.status);
    expect(locked.body.code).toBe(unknown.body.code);
    expect(locked.body.message).toBe(unknown.body.message);
  });

  it('limits reset e-mails to 3 an hour per address', async () => {
    const email = await accountWithPassword();
    await app.flushMail();
    const before = app.smtp.messagesTo(email).length;

    const responses = [];
    for (let request = 0; request < 5; request++) {
      responses.push(await requestReset(app, email));
    }
    await app.flushMail();

    expect(responses.map((response) => response.status)).toEqual([202, 202, 202, 202, 202]);
    expect(new Set(responses.map((response) => JSON.stringify(response.body))).size).toBe(1);
    expect(app.smtp.messagesTo(email).length - before).toBe(2);

    app.clock.advance(3601_000);
    await requestReset(app, email);
    await app.flushMail();
    expect(app.smtp.messagesTo(email).length - before).toBe(3);
  });

  it('limits no-account e-mails too', async () => {
    const stranger = `stranger.${kind}@example.fr`;

    for (let request = 0; request < 5; request++) {
      expect((await requestReset(app, stranger)).status).toBe(202);
    }
    await app.flushMail();

    expect(app.smtp.messagesTo(stranger)).toHaveLength(3);
  });

  it('purges events after the retention period', async () => {
    const email = await accountWithPassword();
    const id = (await account(email)).id;
    const repository = app.dataSource.getRepository(SecurityEvent);
    const before = await repository.countBy({ accountId: id });
    expect(before).toBeGreaterThan(0);

    app.clock.advance(364 * 24 * 3600 * 1000);
    await app.app.get(SecurityEventsService).purge();
    expect(await repository.countBy({ accountId: id })).toBe(before);

    app.clock.advance(2 * 24 * 3600 * 1000);
    await app.app.get(SecurityEventsService).purge();
    expect(await repository.countBy({ accountId: id })).toBe(0);
  });

  it('records events without secrets', async () => {
    const email = await accountWithPassword();
    await login(app, email, WRONG);
    await login(app, email, GOOD_PASSWORD);

    const id = (await account(email)).id;
    const events = await app.dataSource.getRepository(SecurityEvent).find({ where: { accountId: id }, order: { id: 'ASC' } });
    const types = events.map((event) => `${event.type}:${event.detail ?? ''}`);

    expect(types).toEqual(
      expect.arrayContaining(['reset_requested:mail_sent', 'reset_completed:', 'login_failed:wrong_password', 'login_succeeded:']),
    );
    const dump = JSON.stringify(await app.dataSource.query('SELECT * FROM security_events'));
    expect(dump).not.toContain(WRONG);
    expect(dump).not.toContain(GOOD_PASSWORD);
    expect(dump).not.toContain(email);
    expect(events.every((event) => event.clientAddress !== null)).toBe(true);
  });
});
