import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity';
import type { ClientInfo } from '../common/client-info';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import type { AccountLockedMailContext } from '../mail/mail-templates';
import { OutboxService } from '../mail/outbox.service';
import { SecurityEventsService } from '../security-events/security-events.service';

/** Maximum wait between two attempts once the delay phase has started. */
const MAX_DELAY_SECONDS = 300;

export type LoginBlock = 'locked' | 'delayed';

/**
 * Failed-login counting per account. After LOGIN_DELAY_AFTER failures in a row,
 * each further attempt must wait a delay that doubles (1 s, 2 s, 4 s…); after
 * LOGIN_LOCK_AFTER failures the account is locked for LOGIN_LOCK_MINUTES and its
 * owner is notified by e-mail. Attempts made while blocked are rejected unchecked.
 */
@Injectable()
export class LoginAttemptsService {
  private readonly logger = new Logger(LoginAttemptsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly events: SecurityEventsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  blockOf(account: Account): LoginBlock | null {
    const now = this.clock.now().getTime();
    if (account.lockedUntil !== null && account.lockedUntil.getTime() > now) {
      return 'locked';
    }
    if (account.loginDelayUntil !== null && account.loginDelayUntil.getTime() > now) {
      return 'delayed';
    }
    return null;
  }

  async registerFailure(account: Account, client: ClientInfo): Promise<void> {
    let locked = false;

    await inTransaction(this.dataSource, async (manager) => {
      await manager
        .createQueryBuilder()
        .update(Account)
        .set({ failedLoginCount: () => 'failed_login_count + 1' })
        .where('id = :id', { id: account.id })
        .execute();
      const { failedLoginCount } = await manager.findOneByOrFail(Account, { id: account.id });
      const now = this.clock.now();

      locked = failedLoginCount >= this.config.loginLockAfter;
      if (locked) {
        // The count starts again, so that after the lock the delays apply before a new lock.
        const lockedUntil = new Date(now.getTime() + this.config.loginLockMinutes * 60_000);
        await manager.update(Account, { id: account.id }, { failedLoginCount: 0, loginDelayUntil: null, lockedUntil });
        await this.events.record({ type: 'account_locked', accountId: account.id, client }, manager);
        const context: AccountLockedMailContext = {
          lockMinutes: this.config.loginLockMinutes,
          failures: this.config.loginLockAfter,
          resetRequestUrl: `${this.config.publicUrl}/mot-de-passe-oublie`,
        };
        await this.outbox.enqueue(manager, 'account-locked', account.email, context);
      } else if (failedLoginCount >= this.config.loginDelayAfter) {
        const seconds = Math.min(2 ** (failedLoginCount - this.config.loginDelayAfter), MAX_DELAY_SECONDS);
        await manager.update(Account, { id: account.id }, { loginDelayUntil: new Date(now.getTime() + seconds * 1000) });
      }
    });

    if (locked) {
      this.outbox.notifyQueued();
      this.logger.warn(`account ${account.id} locked for ${this.config.loginLockMinutes} min after ${this.config.loginLockAfter} failed logins`);
    }
  }

  async registerSuccess(accountId: number): Promise<void> {
    await this.dataSource.manager.update(Account, { id: accountId }, { failedLoginCount: 0, loginDelayUntil: null, lockedUntil: null, lastLoginAt: this.clock.now() });
  }

  /** Lifts any lock or delay, in the caller's transaction; returns whether a lock was active. */
  async clear(manager: EntityManager, account: Account): Promise<boolean> {
    const wasLocked = this.blockOf(account) === 'locked';
    await manager.update(Account, { id: account.id }, { failedLoginCount: 0, loginDelayUntil: null, lockedUntil: null });
    return wasLocked;
  }
}
