import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@dpec/contracts';
import { normalizePassword } from '@dpec/password-policy';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Account } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { PasswordHasher } from '../accounts/password-hasher';
import { PasswordPolicyService } from '../accounts/password-policy.service';
import { LoginAttemptsService } from '../auth/login-attempts.service';
import type { Session } from '../auth/session.entity';
import { SessionsService } from '../auth/sessions.service';
import { ApiException } from '../common/api-exception';
import type { ClientInfo } from '../common/client-info';
import { Clock } from '../common/clock';
import { Messages } from '../common/messages';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import type { PasswordChangedMailContext } from '../mail/mail-templates';
import { OutboxService } from '../mail/outbox.service';
import { SecurityEventsService } from '../security-events/security-events.service';

const PARIS_DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

function badRequest(code: ErrorCode, message: string, field: string): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, { code, message, fields: { [field]: [message] } });
}

/**
 * Password change by the logged-in owner: the current password is required, and
 * a wrong one counts as a failed login. The other sessions end and the owner is
 * notified by e-mail.
 */
@Injectable()
export class PasswordChangeService {
  private readonly logger = new Logger(PasswordChangeService.name);

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

  async change(account: Account, session: Session, input: { currentPassword: string; password: string; confirmation: string }, client: ClientInfo): Promise<void> {
    await this.assertCurrentPassword(account, input.currentPassword, client);
    this.policy.assertAcceptable(input.password, input.confirmation, account);
    if (normalizePassword(input.password) === normalizePassword(input.currentPassword)) {
      throw badRequest(ErrorCode.PasswordPolicy, 'Le nouveau mot de passe doit être différent du mot de passe actuel.', 'password');
    }
    const passwordHash = await this.hasher.hash(input.password);

    const changedAt = this.clock.now();
    const context: PasswordChangedMailContext = {
      changedAt: PARIS_DATE_TIME.format(changedAt),
      resetRequestUrl: `${this.config.publicUrl}/mot-de-passe-oublie`,
    };
    const endedSessions = await inTransaction(this.dataSource, async (manager) => {
      await this.accounts.setPassword(manager, account.id, passwordHash);
      await this.events.record({ type: 'password_changed', accountId: account.id, client }, manager);
      await this.outbox.enqueue(manager, 'password-changed', account.email, context);
      return this.sessions.closeOthers(account.id, session.idHash, manager);
    });
    this.outbox.notifyQueued();
    this.logger.log(`account ${account.id} changed its password, ${endedSessions} other session(s) ended`);
  }

  private async assertCurrentPassword(account: Account, currentPassword: string, client: ClientInfo): Promise<void> {
    const block = this.attempts.blockOf(account);
    const matches = await this.hasher.verify(currentPassword, block === null ? account.passwordHash : null);
    if (matches) {
      return;
    }

    await this.events.record({ type: 'login_failed', detail: block ?? 'wrong_current_password', accountId: account.id, client });
    if (block === null) {
      await this.attempts.registerFailure(account, client);
    }
    throw badRequest(ErrorCode.CurrentPasswordInvalid, Messages.currentPasswordInvalid, 'currentPassword');
  }
}
