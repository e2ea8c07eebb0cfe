import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MAIL_TEMPLATES, MailTemplateName } from './mail-templates';
import { OutboxMessage } from './outbox-message.entity';
import { PayloadCipher } from './payload-cipher';

/** Writes e-mails to the outbox table, in the transaction of the change that causes them. */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);
  private readonly cipher: PayloadCipher;
  private readonly listeners = new Set<() => void>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.cipher = new PayloadCipher(config.sessionSecret);
  }

  async enqueue(manager: EntityManager, template: MailTemplateName, recipient: string, context: object): Promise<number> {
    const now = this.clock.now();
    const result = await manager.insert(OutboxMessage, {
      template,
      recipient,
      subject: MAIL_TEMPLATES[template].subject,
      payload: this.cipher.encrypt(JSON.stringify(context)),
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      lastError: null,
      createdAt: now,
      sentAt: null,
    });

    const id = Number(result.identifiers[0]?.id);
    this.logger.log(`queued ${template} message ${id}`);
    return id;
  }

  /** Queues one message per recipient with the same context, in chunks; for imports. */
  async enqueueMany(manager: EntityManager, template: MailTemplateName, recipients: string[], context: object): Promise<void> {
    const now = this.clock.now();
    const plaintext = JSON.stringify(context);
    const rows = recipients.map((recipient) => ({
      template,
      recipient,
      subject: MAIL_TEMPLATES[template].subject,
      payload: this.cipher.encrypt(plaintext),
      status: 'pending' as const,
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      lastError: null,
      createdAt: now,
      sentAt: null,
    }));
    for (let start = 0; start < rows.length; start += 500) {
      await manager.insert(OutboxMessage, rows.slice(start, start + 500));
    }
    this.logger.log(`queued ${rows.length} ${template} message(s)`);
  }

  /** Tells the worker that messages are waiting; call it after the transaction commits. */
  notifyQueued(): void {
    for (const listener of this.listeners) {
      listener();
    }
  }

  onQueued(listener: () => void): void {
    this.listeners.add(listener);
  }

  decryptPayload(payload: string): Record<string, unknown> {
    return JSON.parse(this.cipher.decrypt(payload)) as Record<string, unknown>;
  }
}
