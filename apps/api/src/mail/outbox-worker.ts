import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MailerService } from '@nestjs-modules/mailer';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { Brackets, DataSource, IsNull, LessThanOrEqual } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { templatesDirectory } from './mail-templates';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxService } from './outbox.service';

const BATCH_SIZE = 20;
const LOCK_MS = 60_000;
const MAX_BACKOFF_MS = 3_600_000;

/**
 * Sends queued e-mails over SMTP. A failed send is retried with exponential
 * backoff, capped at one hour, and never dropped. Several API instances may run a
 * worker each: a message is claimed by a conditional update before it is sent.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private rerun = false;
  private stopped = false;
  private readonly textTemplates = new Map<string, Handlebars.TemplateDelegate>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.startOutboxWorker) {
      return;
    }
    this.outbox.onQueued(() => this.trigger());
    this.timer = setInterval(() => this.trigger(), this.config.mailPollIntervalMs);
    this.timer.unref();
    this.trigger();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Starts a pass unless one is running, in which case another pass follows it. */
  trigger(): void {
    if (this.stopped) {
      return;
    }
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.logger.error('outbox pass failed', error instanceof Error ? error.stack : String(error)))
      .finally(() => {
        this.running = undefined;
        if (this.rerun) {
          this.rerun = false;
          this.trigger();
        }
      });
  }

  /** Waits for the running pass, then sends every message due now. Tests await it. */
  async flush(): Promise<void> {
    while (this.running) {
      await this.running;
    }
    await this.drain();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const due = await this.findDue();
      if (due.length === 0) {
        return;
      }
      for (const message of due) {
        if (this.stopped) {
          return;
        }
        if (await this.claim(message.id)) {
          await this.send(message);
        }
      }
      if (due.length < BATCH_SIZE) {
        return;
      }
    }
  }

  private findDue(): Promise<OutboxMessage[]> {
    const now = this.clock.now();
    return this.dataSource.getRepository(OutboxMessage).find({
      where: [
        { status: 'pending', nextAttemptAt: LessThanOrEqual(now), lockedUntil: IsNull() },
        { status: 'pending', nextAttemptAt: LessThanOrEqual(now), lockedUntil: LessThanOrEqual(now) },
      ],
      order: { id: 'ASC' },
      take: BATCH_SIZE,
    });
  }

  private async claim(id: number): Promise<boolean> {
    const now = this.clock.now();
    const result = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ lockedUntil: new Date(now.getTime() + LOCK_MS) })
      .where('id = :id', { id })
      .andWhere('status = :status', { status: 'pending' })
      .andWhere(new Brackets((query) => query.where('locked_until IS NULL').orWhere('locked_until <= :now', { now })))
      .execute();
    return result.affected === 1;
  }

  private async send(message: OutboxMessage): Promise<void> {
    const repository = this.dataSource.getRepository(OutboxMessage);
    try {
      const context = this.outbox.decryptPayload(message.payload);
      await this.mailer.sendMail({
        to: message.recipient,
        subject: message.subject,
        template: message.template,
        context,
        text: this.renderText(message.template, context),
      });

      await repository.update({ id: message.id }, { status: 'sent', sentAt: this.clock.now(), payload: '', lockedUntil: null, lastError: null });
      this.logger.log(`sent ${message.template} message ${message.id}`);
    } catch (error) {
      const attempts = message.attempts + 1;
      const delay = Math.min(this.config.mailRetryBaseMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
      const reason = error instanceof Error ? error.message : String(error);
      await repository.update(
        { id: message.id },
        { attempts, nextAttemptAt: new Date(this.clock.now().getTime() + delay), lockedUntil: null, lastError: reason.slice(0, 500) },
      );
      this.logger.warn(`message ${message.id} not sent (attempt ${attempts}), retry in ${delay} ms: ${reason}`);
    }
  }

  private renderText(template: string, context: object): string {
    let compiled = this.textTemplates.get(template);
    if (compiled === undefined) {
      const source = readFileSync(join(templatesDirectory(), `${template}.text.hbs`), 'utf8');
      compiled = Handlebars.compile(source, { noEscape: true, strict: true });
      this.textTemplates.set(template, compiled);
    }
    return compiled(context);
  }
}
