import { OutboxMessage } from '../../apps/api/src/mail/outbox-message.entity';
import { requestReset, resetLinkIn } from '../support/journey';
import { startTestApp, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

describe.each(testDatabaseKinds())('mail outbox on %s', (kind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(kind);
  });

  afterAll(async () => {
    await app.close();
  });

  it('keeps mail while the relay is down and sends it later', async () => {
    const email = 'relay.down@example.fr';
    await app.createAccount({ email });
    const port = app.smtp.port;
    await app.smtp.stop();

    const started = Date.now();
    const response = await requestReset(app, email);
    expect(response.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(5000);

    await app.flushMail();
    const waiting = await app.dataSource.getRepository(OutboxMessage).findOneByOrFail({ recipient: email });
    expect(waiting.status).toBe('pending');
    expect(waiting.attempts).toBeGreaterThanOrEqual(1);
    expect(waiting.lastError).not.toBeNull();

    await app.smtp.start(port);
    const mail = await app.smtp.waitForMessageTo(email, 1, 15000);
    await app.flushMail();

    expect(resetLinkIn(mail).token).toHaveLength(40);
    const sent = await app.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id: waiting.id });
    expect(sent.status).toBe('sent');
    expect(sent.payload).toBe('');
  });

  it('sends each message once', async () => {
    const email = 'sent.once@example.fr';
    await app.createAccount({ email });

    await requestReset(app, email);
    await Promise.all([app.flushMail(), app.flushMail(), app.flushMail()]);
    await app.smtp.waitForMessageTo(email);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await app.flushMail();

    expect(app.smtp.messagesTo(email)).toHaveLength(1);
  });

  it('reports the mail backlog', async () => {
    await app.flushMail();

    const response = await app.http.get('/api/health/ready').expect(200);

    expect(response.body).toEqual({ status: 'ok', database: 'ok', mailBacklog: 0 });
  });
});
