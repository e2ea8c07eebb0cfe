import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorCode, RESET_TOKEN_PATTERN, RESET_TOKEN_TTL_HOURS } from '@dpec/contracts';
import { checkPassword, normalizePassword } from '@dpec/password-policy';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';
import { PasswordHasher } from '../accounts/password-hasher';
import { SessionsService } from '../auth/sessions.service';
import { ApiException } from '../common/api-exception';
import { Clock } from '../common/clock';
import { randomToken, sha256Hex } from '../common/crypto';
import { Messages } from '../common/messages';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import type { PasswordResetMailContext } from '../mail/mail-templates';
import { OutboxService } from '../mail/outbox.service';
import { ResetToken } from './reset-token.entity';

/** 30 random bytes give exactly 40 base64url characters. */
const TOKEN_BYTES = 30;

function linkInvalid(): ApiException {
  return new ApiException(HttpStatus.GONE, { code: ErrorCode.ResetLinkInvalid, message: Messages.resetLinkInvalid });
}

/** Reset links: request by e-mail, check, and one-time use to set a password. */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sends a reset link to an active account, replacing any earlier link. For an
   * unknown or disabled address it does the same work but writes nothing, and the
   * caller responds the same either way.
   */
  async request(email: string): Promise<void> {
    const token = randomToken(TOKEN_BYTES);
    const tokenHash = sha256Hex(token);
    const account = await this.accounts.findByEmail(email);

    if (account === null || account.disabledAt !== null) {
      this.logger.log('reset requested for an address with no active account');
      return;
    }

    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_HOURS * 3600 * 1000);
    const context: PasswordResetMailContext = {
      resetUrl: `${this.config.publicUrl}/security/reset-password/${account.id}/${token}`,
      validityHours: RESET_TOKEN_TTL_HOURS,
    };

    await inTransaction(this.dataSource, async (manager) => {
      await manager.update(ResetToken, { accountId: account.id, consumedAt: IsNull() }, { consumedAt: now });
      await manager.insert(ResetToken, { accountId: account.id, tokenHash, createdAt: now, expiresAt, consumedAt: null });
      await this.outbox.enqueue(manager, 'password-reset', account.email, context);
    });
    this.outbox.notifyQueued();
    this.logger.log(`reset link issued for account ${account.id}`);
  }

  /** Returns the link's expiry, or throws 410 if it is expired, used, replaced or unknown. */
  async check(accountId: number, token: string): Promise<Date> {
    const resetToken = await this.findUsable(this.dataSource.manager, accountId, token);
    return resetToken.expiresAt;
  }

  /**
   * Sets the password, consumes the link and ends every session of the account,
   * all in one transaction. The link is checked before the password.
   */
  async complete(accountId: number, token: string, password: string, confirmation: string): Promise<void> {
    await this.findUsable(this.dataSource.manager, accountId, token);
    this.assertAcceptable(password, confirmation);
    const passwordHash = await this.hasher.hash(password);

    const endedSessions = await inTransaction(this.dataSource, async (manager) => {
      const resetToken = await this.findUsable(manager, accountId, token);
      const consumed = await manager.update(ResetToken, { id: resetToken.id, consumedAt: IsNull() }, { consumedAt: this.clock.now() });
      // Another request used the link between the check and this update.
      if (consumed.affected !== 1) {
        throw linkInvalid();
      }

      await this.accounts.setPassword(manager, accountId, passwordHash);
      return this.sessions.closeAllForAccount(manager, accountId);
    });
    this.logger.log(`password reset for account ${accountId}, ${endedSessions} session(s) ended`);
  }

  private assertAcceptable(password: string, confirmation: string): void {
    const policy = checkPassword(password);
    if (!policy.valid) {
      throw new ApiException(HttpStatus.BAD_REQUEST, {
        code: ErrorCode.PasswordPolicy,
        message: Messages.passwordPolicy,
        unmetRules: policy.unmet.map((rule) => rule.label),
        fields: { password: policy.unmet.map((rule) => `Le mot de passe doit contenir ${rule.label}.`) },
      });
    }
    if (normalizePassword(password) !== normalizePassword(confirmation)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, {
        code: ErrorCode.PasswordMismatch,
        message: Messages.passwordMismatch,
        fields: { confirmation: [Messages.passwordMismatch] },
      });
    }
  }

  private async findUsable(manager: EntityManager, accountId: number, token: string): Promise<ResetToken> {
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

    const account = await this.accounts.findById(accountId);
    if (account === null || account.disabledAt !== null) {
      throw linkInvalid();
    }
    return resetToken;
  }
}
