import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { AdminAccountView, ErrorCode, Page } from '@dpec/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { isUniqueViolation } from '../accounts/accounts.service';
import type { CreateAccountDto } from '../accounts/create-account.dto';
import { normalizeEmail } from '../accounts/email';
import { newAccountRow } from '../accounts/new-account';
import { searchTextOf } from '../accounts/search-text';
import { LoginAttemptsService } from '../auth/login-attempts.service';
import { SessionsService } from '../auth/sessions.service';
import { ApiException } from '../common/api-exception';
import type { ClientInfo } from '../common/client-info';
import { Clock } from '../common/clock';
import { Messages } from '../common/messages';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import type { EmailChangedMailContext, WelcomeMailContext } from '../mail/mail-templates';
import { OutboxService } from '../mail/outbox.service';
import { ResetToken } from '../password-reset/reset-token.entity';
import { SecurityEventsService } from '../security-events/security-events.service';
import { applyAccountFilters } from './account-query';
import { auditedValues, toAdminAccountView } from './admin-account.view';
import type { AccountListQueryDto, UpdateAccountDto } from './admin.dto';
import { AuditService } from './audit.service';

function notFound(): ApiException {
  return new ApiException(HttpStatus.NOT_FOUND, { code: ErrorCode.NotFound, message: "Ce compte n’existe pas." });
}

function badRequest(message: string): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, { code: ErrorCode.ValidationFailed, message });
}

/** Hides most of an address for a message sent to another one: "c***@example.fr". */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${Array.from(local)[0] ?? ''}***@${domain}`;
}

/**
 * The gestionnaire's actions on accounts. Each change, its audit entry and the
 * e-mails it causes are written in one transaction.
 */
@Injectable()
export class AdminAccountsService {
  private readonly logger = new Logger(AdminAccountsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly sessions: SessionsService,
    private readonly attempts: LoginAttemptsService,
    private readonly events: SecurityEventsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: AccountListQueryDto): Promise<Page<AdminAccountView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const now = this.clock.now();
    const builder = applyAccountFilters(this.dataSource.getRepository(Account).createQueryBuilder('account'), query, now);

    const [accounts, total] = await builder.skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items: accounts.map((account) => toAdminAccountView(account, now)), total, page, pageSize };
  }

  /** Returns every account matching the filters, sorted like the list, for the export. */
  async listAll(query: AccountListQueryDto, max: number): Promise<Account[]> {
    const builder = applyAccountFilters(this.dataSource.getRepository(Account).createQueryBuilder('account'), query, this.clock.now());
    return builder.take(max).getMany();
  }

  async get(id: number): Promise<AdminAccountView> {
    return toAdminAccountView(await this.load(this.dataSource.manager, id), this.clock.now());
  }

  async create(actor: Account, input: CreateAccountDto): Promise<AdminAccountView> {
    const created = await this.writeOrConflict(async (manager) => {
      const account = await this.insertAccount(manager, input);
      await this.queueWelcome(manager, account);
      await this.audit.record(manager, [{ actorId: actor.id, accountId: account.id, action: 'account_created', after: auditedValues(account) }]);
      return account;
    });
    this.outbox.notifyQueued();
    this.logger.log(`gestionnaire ${actor.id} created account ${created.id}`);
    return toAdminAccountView(created, this.clock.now());
  }

  async update(actor: Account, id: number, changes: UpdateAccountDto): Promise<AdminAccountView> {
    if (changes.roles !== undefined && actor.id === id && !changes.roles.includes('gestionnaire')) {
      throw badRequest('Vous ne pouvez pas retirer votre propre rôle de gestionnaire.');
    }

    const updated = await this.writeOrConflict((manager) => this.applyUpdate(manager, actor, id, changes));
    this.outbox.notifyQueued();
    return toAdminAccountView(updated, this.clock.now());
  }

  /**
   * Changes an account in the caller's transaction, with its audit entry and, for
   * a new address, the e-mails to both addresses. Throws a unique violation on an
   * address already used; the caller maps it.
   */
  async applyUpdate(manager: EntityManager, actor: Account, id: number, changes: UpdateAccountDto, notifyNewAddress = true): Promise<Account> {
    const account = await this.load(manager, id);
    const before = auditedValues(account);
    const oldEmail = account.email;
    const newEmail = changes.email === undefined ? oldEmail : normalizeEmail(changes.email);

    account.firstName = changes.firstName ?? account.firstName;
    account.lastName = changes.lastName ?? account.lastName;
    account.roles = changes.roles === undefined ? account.roles : [...new Set(changes.roles)];
    account.email = newEmail;
    account.searchText = searchTextOf(account);
    account.updatedAt = this.clock.now();
    await manager.save(Account, account);

    const emailChanged = newEmail !== oldEmail;
    if (emailChanged) {
      await this.onEmailChanged(manager, account, oldEmail, notifyNewAddress);
    }
    const after = auditedValues(account);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await this.audit.record(manager, [{ actorId: actor.id, accountId: id, action: emailChanged ? 'email_changed' : 'account_updated', before, after }]);
    }
    return account;
  }

  /** Disables an account and ends its sessions; `disabled` false re-enables it. */
  async setDisabled(actor: Account, id: number, disabled: boolean, client: ClientInfo): Promise<AdminAccountView> {
    if (disabled && actor.id === id) {
      throw badRequest('Vous ne pouvez pas désactiver votre propre compte.');
    }

    const account = await inTransaction(this.dataSource, async (manager) => {
      const target = await this.load(manager, id);
      const before = auditedValues(target);
      if ((target.disabledAt !== null) === disabled) {
        return target;
      }

      target.disabledAt = disabled ? this.clock.now() : null;
      target.updatedAt = this.clock.now();
      await manager.save(Account, target);
      if (disabled) {
        const ended = await this.sessions.closeAllForAccount(manager, id);
        if (ended > 0) {
          await this.events.record({ type: 'session_ended', detail: 'account_disabled', accountId: id, client }, manager);
        }
      }
      await this.audit.record(manager, [{ actorId: actor.id, accountId: id, action: disabled ? 'account_disabled' : 'account_enabled', before, after: auditedValues(target) }]);
      return target;
    });
    return toAdminAccountView(account, this.clock.now());
  }

  async unlock(actor: Account, id: number, client: ClientInfo): Promise<AdminAccountView> {
    const account = await inTransaction(this.dataSource, async (manager) => {
      const target = await this.load(manager, id);
      const wasLocked = await this.attempts.clear(manager, target);
      if (wasLocked) {
        await this.events.record({ type: 'account_unlocked', detail: 'by_gestionnaire', accountId: id, client }, manager);
        await this.audit.record(manager, [{ actorId: actor.id, accountId: id, action: 'account_unlocked', before: { locked: true }, after: { locked: false } }]);
      }
      return this.load(manager, id);
    });
    return toAdminAccountView(account, this.clock.now());
  }

  async sendFirstConnectionEmail(actor: Account, id: number): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const account = await this.load(manager, id);
      if (account.disabledAt !== null) {
        throw badRequest('Ce compte est désactivé : réactivez-le avant de lui envoyer un mail de première connexion.');
      }
      await this.queueWelcome(manager, account);
      await this.audit.record(manager, [{ actorId: actor.id, accountId: id, action: 'first_connection_email_sent' }]);
    });
    this.outbox.notifyQueued();
  }

  /** Inserts an account without a password, in the caller's transaction. */
  async insertAccount(manager: EntityManager, input: CreateAccountDto): Promise<Account> {
    return manager.save(Account, manager.create(Account, newAccountRow(input, this.clock.now())));
  }

  welcomeContext(): WelcomeMailContext {
    return { firstConnectionUrl: `${this.config.publicUrl}/mot-de-passe-oublie`, loginUrl: `${this.config.publicUrl}/connexion` };
  }

  /** Queues the welcome e-mail with the first-connection page, in the caller's transaction. */
  async queueWelcome(manager: EntityManager, account: Account): Promise<void> {
    await this.outbox.enqueue(manager, 'welcome', account.email, this.welcomeContext());
  }

  /** Cancels the old links and notifies the old address, and the new one unless the caller e-mails it itself. */
  private async onEmailChanged(manager: EntityManager, account: Account, oldEmail: string, notifyNewAddress: boolean): Promise<void> {
    // Links already sent to the old address must not open the account any more.
    await manager.update(ResetToken, { accountId: account.id, consumedAt: IsNull() }, { consumedAt: this.clock.now() });
    const context: EmailChangedMailContext = { maskedNewEmail: maskEmail(account.email), firstConnectionUrl: `${this.config.publicUrl}/mot-de-passe-oublie` };
    await this.outbox.enqueue(manager, 'email-changed-old', oldEmail, context);
    if (notifyNewAddress) {
      await this.outbox.enqueue(manager, 'email-changed-new', account.email, context);
    }
  }

  private async load(manager: EntityManager, id: number): Promise<Account> {
    const account = await manager.findOneBy(Account, { id });
    if (account === null) {
      throw notFound();
    }
    return account;
  }

  /** Runs `work` in a transaction and turns a duplicate address into a French 409. */
  async writeOrConflict<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(this.dataSource, work);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ApiException(HttpStatus.CONFLICT, { code: ErrorCode.Conflict, message: Messages.emailTaken, fields: { email: [Messages.emailTaken] } });
      }
      throw error;
    }
  }
}
