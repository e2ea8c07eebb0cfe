import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { SecurityEventType, SecurityEventView } from '@dpec/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThan, MoreThanOrEqual } from 'typeorm';
import { normalizeEmail } from '../accounts/email';
import type { ClientInfo } from '../common/client-info';
import { Clock } from '../common/clock';
import { hmacHex } from '../common/crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SecurityEvent } from './security-event.entity';

export interface SecurityEventInput {
  type: SecurityEventType;
  detail?: string;
  accountId?: number | null;
  email?: string;
  client?: ClientInfo;
}

const PURGE_INTERVAL_MS = 6 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The security log: records events, counts them for rate limits, and purges old ones. */
@Injectable()
export class SecurityEventsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SecurityEventsService.name);
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.startOutboxWorker) {
      return;
    }
    this.purgeTimer = setInterval(() => void this.purgeSafely(), PURGE_INTERVAL_MS);
    this.purgeTimer.unref();
    void this.purgeSafely();
  }

  onApplicationShutdown(): void {
    clearInterval(this.purgeTimer);
  }

  /** Stores an event, in the caller's transaction when `manager` is given. */
  async record(event: SecurityEventInput, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(SecurityEvent, {
      type: event.type,
      detail: event.detail ?? null,
      accountId: event.accountId ?? null,
      emailHash: event.email === undefined ? null : this.hashEmail(event.email),
      clientAddress: event.client?.address ?? null,
      userAgent: event.client?.userAgent ?? null,
      createdAt: this.clock.now(),
    });
  }

  /** Counts events of `type` with one of `details` for an address since `since`. */
  countForEmail(email: string, type: SecurityEventType, details: string[], since: Date): Promise<number> {
    return this.dataSource.getRepository(SecurityEvent).countBy({
      emailHash: this.hashEmail(email),
      type,
      detail: In(details),
      createdAt: MoreThanOrEqual(since),
    });
  }

  /** Lists the newest events of an account, newest first. */
  async listForAccount(accountId: number, limit: number): Promise<SecurityEventView[]> {
    const events = await this.dataSource.getRepository(SecurityEvent).find({
      where: { accountId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    return events.map((event) => ({
      id: event.id,
      type: event.type,
      detail: event.detail,
      accountId: event.accountId,
      clientAddress: event.clientAddress,
      userAgent: event.userAgent,
      createdAt: event.createdAt.toISOString(),
    }));
  }

  /** Deletes events older than the retention period; returns how many. */
  async purge(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.securityEventRetentionDays * DAY_MS);
    const result = await this.dataSource.getRepository(SecurityEvent).delete({ createdAt: LessThan(cutoff) });
    const deleted = result.affected ?? 0;
    if (deleted > 0) {
      this.logger.log(`purged ${deleted} security event(s) older than ${this.config.securityEventRetentionDays} days`);
    }
    return deleted;
  }

  private async purgeSafely(): Promise<void> {
    try {
      await this.purge();
    } catch (error) {
      this.logger.error('security event purge failed; it runs again in 6 hours', error instanceof Error ? error.stack : String(error));
    }
  }

  private hashEmail(email: string): string {
    return hmacHex(this.config.sessionSecret, `email:${normalizeEmail(email)}`);
  }
}
