import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorCode, RESET_TOKEN_PATTERN, RESET_TOKEN_TTL_HOURS, ResetLinkStatus } from '@dpec/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Account } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { normalizeEmail } from '../accounts/email';
import { PasswordHasher } from '../accounts/password-hasher';
import { PasswordPolicyService } from '../accounts/password-policy.service';
import { LoginAttemptsService } from '../auth/login-attempts.service';
import { SessionsService } from '../auth/sessions.service';
import { ApiException } from '../common/api-exception';
import type { ClientInfo } from '../common/client-info';
import { Clock } from '../common/clock';
import { randomToken, sha256Hex } from '../common/crypto';
import { Messages } from '../common/messages';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import type { NoAccountMailContext, PasswordResetMailContext } from '../mail/mail-templates';
import { OutboxService } from '../mail/outbox.service';
import { SecurityEventsService } from '../security-events/security-events.service';
import { ResetToken } from './reset-token.entity';

/** 30 random bytes give exactly 40 base64url characters. */
const TOKEN_BYTES = 30;
const HOUR_MS = 3600 * 1000;

/** Outcomes of a reset request that sent an e-mail, counted for the hourly limit. */
const MAIL_SENT_DETAILS = ['mail_sent', 'no_account_mail_sent'];

function linkInvalid(): ApiException {
  return new ApiException(HttpStatus.GONE, { code: ErrorCode.ResetLinkInvalid, message: Messages.resetLinkInvalid });
}

interface UsableLink {
  resetToken: ResetToken;
  account: Account;
}

/** Reset links: request by e-mail, check, and one-time use to set a password. */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicyService,
    private readonly sessions: SessionsService,
    private readonly attempts: LoginAttemptsService,
    private readonly outbox: OutboxService,
    private readonly events: SecurityEventsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sends a reset link to an active account, replacing any earlier link, or notifies
   * an address with no account that none uses it. A disabled account gets nothing,
   * and no address gets more than RESET_MAILS_PER_HOUR e-mails an hour. The caller
   * responds the same in every case.
   */
  async request(email: string, client: ClientInfo): Promise<void> {
    const token = randomToken(TOKEN_BYTES);
    const account = await this.accounts.findByEmail(email);
    const accountId = account?.id ?? null;

    const since = new Date(this.clock.now().getTime() - HOUR_MS);
    const sentLastHour = await this.events.countForEmail(email, 'reset_requested', MAIL_SENT_DETAILS, since);
    // NOTE: two simultaneous requests may both pass this count, so the limit can be exceeded by a few e-mails.
    if (sentLastHour >= this.config.resetMailsPerHour) {
      await this.events.record({ type: 'reset_requested', detail: 'rate_limited', accountId, email, client });
      return;
    }

    if (account === null) {
      await this.sendNoAccountMail(email, client);
    } else if (account.disabledAt !== null) {
      await this.events.record({ type: 'reset_requested', detail: 'disabled', accountId, email, client });
    } else {
      await this.sendResetLink(account, token, client);
    }
  }

  /** Returns the link's expiry and account, or throws 410 if it is expired, used, replaced or unknown. */
  async check(accountId: number, token: string): Promise<ResetLinkStatus> {
    const { resetToken, account } = await this.findUsable(this.dataSource.manager, accountId, token);
    return {
      expiresAt: resetToken.expiresAt.toISOString(),
      account: { email: account.email, firstName: account.firstName, lastName: account.lastName },
    };
  }

  /**
   * Sets the password, consumes the link, lifts any login lock and ends every
   * session of the account, all in one transaction. The link is checked first.
   */
  async complete(accountId: number, token: string, password: string, confirmation: string, client: ClientInfo): Promise<void> {
    const { account } = await this.findUsable(this.dataSource.manager, accountId, token);
    this.policy.assertAcceptable(password, confirmation, account);
    const passwordHash = await this.hasher.hash(password);

    const endedSessions = await inTransaction(this.dataSource, async (manager) => {
      const link = await this.findUsable(manager, accountId, token);
      const consumed = await manager.update(ResetToken, { id: link.resetToken.id, consumedAt: IsNull() }, { consumedAt: this.clock.now() });
      // Another request used the link between the check and this update.
      if (consumed.affected !== 1) {
        throw linkInvalid();
      }

      await this.accounts.setPassword(manager, accountId, passwordHash);
      if (await this.attempts.clear(manager, link.account)) {
        await this.events.record({ type: 'account_unlocked', detail: 'password_reset', accountId, client }, manager);
      }
      await this.events.record({ type: 'reset_completed', accountId, client }, manager);
      return this.sessions.closeAllForAccount(manager, accountId);
    });
    this.logger.log(`password reset for account ${accountId}, ${endedSessions} session(s) ended`);
  }

  private async sendResetLink(account: Account, token: string, client: ClientInfo): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await this.issueLinkIn(manager, account, token);
      await this.events.record({ type: 'reset_requested', detail: 'mail_sent', accountId: account.id, email: account.email, client }, manager);
    });
    this.outbox.notifyQueued();
    this.logger.log(`reset link issued for account ${account.id}`);
  }

  /**
   * Replaces any earlier link of the account by a new one and queues its e-mail, in
   * the caller's transaction. The caller notifies the outbox after the commit.
   */
  async issueLinkIn(manager: EntityManager, account: Account, token = randomToken(TOKEN_BYTES), issuedBySupport = false): Promise<void> {
    const now = this.clock.now();
    const context: PasswordResetMailContext = {
      resetUrl: `${this.config.publicUrl}/security/reset-password/${account.id}/${token}`,
      validityHours: RESET_TOKEN_TTL_HOURS,
      issuedBySupport,
    };

    await manager.update(ResetToken, { accountId: account.id, consumedAt: IsNull() }, { consumedAt: now });
    await manager.insert(ResetToken, {
      accountId: account.id,
      tokenHash: sha256Hex(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_HOURS * HOUR_MS),
      consumedAt: null,
    });
    await this.outbox.enqueue(manager, 'password-reset', account.email, context);
  }

  private async sendNoAccountMail(email: string, client: ClientInfo): Promise<void> {
    const context: NoAccountMailContext = { addressNotFoundUrl: `${this.config.publicUrl}/adresse-introuvable` };

    await inTransaction(this.dataSource, async (manager) => {
      await this.outbox.enqueue(manager, 'no-account', normalizeEmail(email), context);
      await this.events.record({ type: 'reset_requested', detail: 'no_account_mail_sent', email, client }, manager);
    });
    this.outbox.notifyQueued();
    this.logger.log('reset requested for an address with no account; sent the no-account e-mail');
  }

  private async findUsable(manager: EntityManager, accountId: number, token: string): Promise<UsableLink> {
    if (!Number.isSafeInteger(accountId) || accountId <= 0 || !RESET_TOKEN_PATTERN.test(token)) {
      throw linkInvalid();
    }

    const resetToken = await manager.findOneBy(ResetToken, { tokenHash: sha256Hex(token) });
    const usable =
      resetToken !== null &&
      resetToken.accountId === accountId &&
      resetToken.consumedAt === null &&
      resetToken.expiresAt.getTime() > this.clock.now().getTime();
    if (!usable) {
      throw linkInvalid();
    }

    const account = await this.accounts.findById(accountId, manager);
    if (account === null || account.disabledAt !== null) {
      throw linkInvalid();
    }
    return { resetToken, account };
  }
}
