import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SmtpSink } from '../support/smtp-sink';
import { createTestDatabase, DatabaseKind, TestDatabase } from '../support/test-databases';

const ROOT = join(__dirname, '..', '..');
export const BROWSER_CAPTCHA_CODE = 'R4TW';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/** The built app run as a separate process, as `npm start` runs it, on a fresh database. */
export class AppServer {
  readonly smtp = new SmtpSink();
  baseUrl = '';
  private process?: ChildProcess;
  private database?: TestDatabase;
  private environment: Record<string, string> = {};
  private output = '';

  async start(kind: DatabaseKind): Promise<void> {
    this.database = await createTestDatabase(kind);
    await this.smtp.start();
    const port = await freePort();
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.environment = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: this.baseUrl,
      DATABASE_URL: this.database.url,
      SMTP_URL: this.smtp.url,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      BCRYPT_COST: '4',
      CAPTCHA_TEST_CODE: BROWSER_CAPTCHA_CODE,
      THROTTLE_LIMIT: '1000',
      MAIL_POLL_INTERVAL_MS: '200',
      PORTAL_DIR: join(ROOT, 'dist/portal/browser'),
    };

    this.process = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], { env: this.environment, stdio: ['ignore', 'pipe', 'pipe'] });
    this.process.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.process.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    await this.waitUntilReady();
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.process?.exitCode !== null) {
        throw new Error(`the app exited with code ${this.process?.exitCode}:\n${this.output}`);
      }
      try {
        const response = await fetch(`${this.baseUrl}/api/health/ready`);
        if (response.ok) {
          return;
        }
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the app did not become ready within 60 s:\n${this.output}`);
  }

  /** Creates an account with the command-line tool, as a first gestionnaire would be made. */
  createAccount(email: string, firstName: string, lastName: string, role: string): number {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'dist/apps/api/cli.js'), 'create-account', '--email', email, '--first-name', firstName, '--last-name', lastName, '--role', role],
      { env: this.environment, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      throw new Error(`create-account failed (${result.status}): ${result.stderr}`);
    }
    return Number(result.stdout.trim());
  }

  async stop(): Promise<void> {
    if (this.process && this.process.exitCode === null) {
      const exited = new Promise((resolve) => this.process?.once('exit', resolve));
      this.process.kill('SIGTERM');
      await exited;
    }
    await this.smtp.stop();
    await this.database?.drop();
  }
}
