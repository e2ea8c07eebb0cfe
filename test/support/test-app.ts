import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AccountsService, NewAccount } from '../../apps/api/src/accounts/accounts.service';
import { createApplication } from '../../apps/api/src/app.factory';
import { Clock } from '../../apps/api/src/common/clock';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { OutboxWorker } from '../../apps/api/src/mail/outbox-worker';
import { csrfClient, fetchCsrfToken, HttpClient } from './csrf-client';
import { createTestDatabase, DatabaseKind, TestDatabase, TestDatabaseOptions } from './test-databases';
import { SmtpSink } from './smtp-sink';

/** The code every captcha expects in the API suite (CAPTCHA_TEST_CODE). */
export const TEST_CAPTCHA_CODE = 'K7PX';
export const TEST_PUBLIC_URL = 'https://dpecotheque.test';

/** A clock that tests move forward. */
export class MovableClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(milliseconds: number): void {
    this.offsetMs += milliseconds;
  }
}

export interface TestApp {
  app: NestExpressApplication;
  /** Sends the CSRF cookie and header, as the portal does. */
  http: HttpClient;
  /** Sends neither, to test the CSRF protection itself. */
  rawHttp: ReturnType<typeof request>;
  database: TestDatabase;
  dataSource: DataSource;
  smtp: SmtpSink;
  clock: MovableClock;
  createAccount(input: Partial<NewAccount> & { email: string }): Promise<number>;
  /** Sends every due e-mail now rather than waiting for the worker's timer. */
  flushMail(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the API in this process on a fresh database, with mail to a real SMTP
 * server on loopback. `env` adds or replaces settings.
 */
export async function startTestApp(kind: DatabaseKind, env: Record<string, string> = {}, databaseOptions: TestDatabaseOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(kind, databaseOptions);
  const smtp = new SmtpSink();
  await smtp.start();
  const clock = new MovableClock();

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    SMTP_URL: smtp.url,
    PUBLIC_URL: TEST_PUBLIC_URL,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    BCRYPT_COST: '4',
    CAPTCHA_TEST_CODE: TEST_CAPTCHA_CODE,
    THROTTLE_LIMIT: '10000',
    MAIL_POLL_INTERVAL_MS: '100',
    MAIL_RETRY_BASE_MS: '100',
    RESET_REQUEST_MIN_MS: '0',
    PORTAL_DIR: '/nonexistent',
    ...env,
  });

  const app = await createApplication(config, clock);
  app.useLogger(['error']);
  await app.init();

  const accounts = app.get(AccountsService);
  const server = app.getHttpServer();
  return {
    app,
    http: csrfClient(server, await fetchCsrfToken(server)),
    rawHttp: request(server),
    database,
    dataSource: app.get(DataSource),
    smtp,
    clock,
    createAccount: async (input) => {
      const account = await accounts.create({ firstName: 'Camille', lastName: 'Martin', roles: ['intervenant'], ...input });
      return account.id;
    },
    flushMail: () => app.get(OutboxWorker).flush(),
    close: async () => {
      await app.close();
      await smtp.stop();
      await database.drop();
    },
  };
}
