import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  private server?: SMTPServer;
  private waiters: Array<() => void> = [];
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Listens on `port`, or a free port the first time. */
  async start(port = this.port): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            this.waiters.forEach((wake) => wake());
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** Messages sent to `address` so far. */
  messagesTo(address: string): ParsedMail[] {
    return this.messages.filter((mail) => mail.to !== undefined && JSON.stringify(mail.to).toLowerCase().includes(address.toLowerCase()));
  }

  /** Waits until `count` messages have reached `address`, then returns the last one. */
  async waitForMessageTo(address: string, count = 1, timeoutMs = 10000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    while (this.messagesTo(address).length < count) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`no message number ${count} to ${address} within ${timeoutMs} ms (received ${this.messages.length} in all)`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiters = [];
    }
    const received = this.messagesTo(address);
    return received[received.length - 1];
  }
}
