import { HttpStatus, Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  AccountCandidate,
  AddressRequestDetail,
  AddressRequestEventKind,
  AddressRequestSummary,
  ErrorCode,
  Page,
  REJECTION_REASON_LABELS,
  Role,
} from '@dpec/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, IsNull, LessThan, Not } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { foldForSearch } from '../accounts/search-text';
import { toAdminAccountView } from '../admin/admin-account.view';
import { AdminAccountsService } from '../admin/admin-accounts.service';
import { AuditService } from '../admin/audit.service';
import { ApiException } from '../common/api-exception';
import { Clock } from '../common/clock';
import { randomToken, sha256Hex } from '../common/crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { OutboxService } from '../mail/outbox.service';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { AddressRequestEventEntity } from './address-request-event.entity';
import { requestMailContext } from './address-request-mails';
import { toEventView, toSummary } from './address-request.view';
import { AddressRequest } from './address-request.entity';
import type { AddressRequestQueryDto, RejectDto } from './address-request.dto';
import { ApiKey } from './api-key.entity';

const DAY_MS = 24 * 3600 * 1000;
const REPLY_VALIDITY_DAYS = 30;
const ANONYMIZE_INTERVAL_MS = 6 * 3600 * 1000;
const OPEN_STATUSES = ['new', 'in_progress', 'waiting_for_requester'] as const;

/** Names an account in a request's history: "Léa Moreau (lea.moreau@example.fr)". */
function describeAccount(account: Account): string {
  return `${account.firstName} ${account.lastName} (${account.email})`;
}

function badRequest(message: string): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, { code: ErrorCode.ValidationFailed, message });
}

/**
 * The support desk's side of "adresse introuvable": the queue, a request's page
 * with candidate accounts, and the outcomes. Each outcome is e-mailed to the
 * requester and written to the audit log in the transaction that applies it.
 */
@Injectable()
export class SupportService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SupportService.name);
  private anonymizeTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AdminAccountsService,
    private readonly resets: PasswordResetService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.startOutboxWorker) {
      return;
    }
    this.anonymizeTimer = setInterval(() => void this.anonymizeSafely(), ANONYMIZE_INTERVAL_MS);
    this.anonymizeTimer.unref();
    void this.anonymizeSafely();
  }

  onApplicationShutdown(): void {
    clearInterval(this.anonymizeTimer);
  }

  async list(agent: Account, query: AddressRequestQueryDto): Promise<Page<AddressRequestSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const builder = this.dataSource.getRepository(AddressRequest).createQueryBuilder('request').where('request.anonymized_at IS NULL');

    if (query.status === 'open') {
      builder.andWhere('request.status IN (:...open)', { open: [...OPEN_STATUSES] });
    } else if (query.status !== undefined) {
      builder.andWhere('request.status = :status', { status: query.status });
    }
    if (query.assignee === 'me') {
      builder.andWhere('request.assignee_id = :me', { me: agent.id });
    } else if (query.assignee === 'none') {
      builder.andWhere('request.assignee_id IS NULL');
    } else if (query.assignee !== undefined) {
      if (!/^\d{1,9}$/.test(query.assignee)) {
        throw badRequest('Le paramètre assignee doit valoir me, none ou un identifiant de compte.');
      }
      builder.andWhere('request.assignee_id = :assignee', { assignee: Number(query.assignee) });
    }
    if (query.awaitingAccountCreation !== undefined) {
      builder.andWhere('request.awaiting_account_creation = :awaiting', { awaiting: query.awaitingAccountCreation === 'true' });
    }
    foldForSearch(query.q ?? '')
      .split(/\s+/)
      .filter((word) => word !== '')
      .slice(0, 10)
      .forEach((word, index) => {
        builder.andWhere(
          new Brackets((search) =>
            search
              .where(`request.search_text LIKE :word${index} ESCAPE '!'`, { [`word${index}`]: `%${word.replace(/[!%_]/g, (c) => `!${c}`)}%` })
              .orWhere(`request.reference = :reference${index}`, { [`reference${index}`]: word.toUpperCase() }),
          ),
        );
      });

    const [requests, total] = await builder
      .orderBy('request.created_at', 'ASC')
      .addOrderBy('request.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const people = await this.people(requests.map((request) => request.assigneeId));
    const keyNames = await this.keyNames();
    return { items: requests.map((request) => toSummary(request, people, keyNames)), total, page, pageSize };
  }

  countOpen(): Promise<number> {
    return this.dataSource.getRepository(AddressRequest).countBy({ status: In([...OPEN_STATUSES]) });
  }

  async detail(id: number): Promise<AddressRequestDetail> {
    const request = await this.load(this.dataSource.manager, id);
    const events = await this.dataSource.getRepository(AddressRequestEventEntity).find({ where: { requestId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const people = await this.people([request.assigneeId, ...events.map((event) => event.actorId)]);

    return {
      ...toSummary(request, people, await this.keyNames()),
      triedEmail: request.triedEmail,
      otherEmails: JSON.parse(request.otherEmails) as string[],
      roleOrExam: request.roleOrExam,
      message: request.message,
      rejectionReason: request.rejectionReason,
      closedAt: request.closedAt?.toISOString() ?? null,
      history: events.map((event) => toEventView(event, people)),
      candidates: request.anonymizedAt === null ? await this.candidates(request) : [],
    };
  }

  async assignToSelf(agent: Account, id: number): Promise<AddressRequestDetail> {
    await this.change(id, async (manager, request) => {
      this.assertOpen(request);
      await manager.update(AddressRequest, { id }, { assigneeId: agent.id, status: request.status === 'new' ? 'in_progress' : request.status, updatedAt: this.clock.now() });
      await this.event(manager, id, agent, 'assigned', null);
    });
    return this.detail(id);
  }

  async comment(agent: Account, id: number, body: string): Promise<AddressRequestDetail> {
    await this.change(id, async (manager) => {
      await this.event(manager, id, agent, 'comment', body, true);
      await manager.update(AddressRequest, { id }, { updatedAt: this.clock.now() });
    });
    return this.detail(id);
  }

  /** Asks the requester a question by e-mail, with a link to answer; the request waits for them. */
  async requestInformation(agent: Account, id: number, question: string): Promise<AddressRequestDetail> {
    await this.change(id, async (manager, request) => {
      this.assertOpen(request);
      const token = randomToken(30);
      const now = this.clock.now();
      await manager.update(
        AddressRequest,
        { id },
        { status: 'waiting_for_requester', replyTokenHash: sha256Hex(token), replyTokenExpiresAt: new Date(now.getTime() + REPLY_VALIDITY_DAYS * DAY_MS), assigneeId: request.assigneeId ?? agent.id, updatedAt: now },
      );
      await this.event(manager, id, agent, 'information_requested', question);
      const replyUrl = `${this.config.publicUrl}/adresse-introuvable/reponse/${id}/${token}`;
      await this.outbox.enqueue(
        manager,
        'address-request-information',
        request.contactEmail,
        requestMailContext(this.config, request.reference ?? '', { question, replyUrl, replyValidityDays: REPLY_VALIDITY_DAYS }),
      );
      await this.audit.record(manager, [{ actorId: agent.id, accountId: null, action: 'address_request_info_requested', after: { request: request.reference, question } }]);
    });
    this.outbox.notifyQueued();
    return this.detail(id);
  }

  /** Outcome 1: the account is the requester's; its address becomes the contact address and a link is sent there. */
  async resolveWithAccount(agent: Account, id: number, accountId: number): Promise<AddressRequestDetail> {
    await this.accounts.writeOrConflict(async (manager) => {
      const request = await this.load(manager, id);
      this.assertOpen(request);
      // The new address gets the resolution e-mail and a link instead of the generic address-change notice.
      const account = await this.accounts.applyUpdate(manager, agent, accountId, { email: request.contactEmail }, false);
      if (account.disabledAt !== null) {
        throw badRequest('Ce compte est désactivé : un gestionnaire doit le réactiver avant de résoudre la demande.');
      }
      await this.resets.issueLinkIn(manager, account, undefined, true);
      await this.close(manager, agent, request, 'resolved', 'address_changed', describeAccount(account));
      await this.outbox.enqueue(manager, 'address-request-resolved', request.contactEmail, requestMailContext(this.config, request.reference ?? '', { accountCreated: false }));
      await this.audit.record(manager, [{ actorId: agent.id, accountId: account.id, action: 'address_request_resolved', after: { request: request.reference, outcome: 'address_changed' } }]);
    });
    this.outbox.notifyQueued();
    return this.detail(id);
  }

  /** Outcome 2, first step: no account exists, so the request goes to a gestionnaire. */
  async handOver(agent: Account, id: number): Promise<AddressRequestDetail> {
    await this.change(id, async (manager, request) => {
      this.assertOpen(request);
      await manager.update(AddressRequest, { id }, { awaitingAccountCreation: true, status: 'in_progress', updatedAt: this.clock.now() });
      await this.event(manager, id, agent, 'handed_to_gestionnaire', null);
    });
    return this.detail(id);
  }

  /** Outcome 2, second step: a gestionnaire creates the account from the request in one step. */
  async createAccount(agent: Account, id: number, roles: Role[]): Promise<AddressRequestDetail> {
    if (!agent.roles.includes('gestionnaire')) {
      throw new ApiException(HttpStatus.FORBIDDEN, { code: ErrorCode.Forbidden, message: 'Seul un gestionnaire peut créer un compte.' });
    }
    await this.accounts.writeOrConflict(async (manager) => {
      const request = await this.load(manager, id);
      this.assertOpen(request);
      const account = await this.accounts.insertAccount(manager, { email: request.contactEmail, firstName: request.firstName, lastName: request.lastName, roles });
      await this.accounts.queueWelcome(manager, account);
      await this.audit.record(manager, [{ actorId: agent.id, accountId: account.id, action: 'account_created', after: { email: account.email, firstName: account.firstName, lastName: account.lastName, roles, source: request.reference } }]);
      await this.close(manager, agent, request, 'resolved', 'account_created', describeAccount(account));
      await this.outbox.enqueue(manager, 'address-request-resolved', request.contactEmail, requestMailContext(this.config, request.reference ?? '', { accountCreated: true }));
      await this.audit.record(manager, [{ actorId: agent.id, accountId: account.id, action: 'address_request_resolved', after: { request: request.reference, outcome: 'account_created' } }]);
    });
    this.outbox.notifyQueued();
    return this.detail(id);
  }

  /** Outcome 3: the request is rejected with a reason from the list and optional details. */
  async reject(agent: Account, id: number, input: RejectDto): Promise<AddressRequestDetail> {
    await this.change(id, async (manager, request) => {
      this.assertOpen(request);
      const reasonLabel = REJECTION_REASON_LABELS[input.reason];
      await manager.update(AddressRequest, { id }, { rejectionReason: input.reason });
      await this.close(manager, agent, request, 'rejected', 'rejected', [reasonLabel, input.details].filter(Boolean).join(' : '));
      await this.outbox.enqueue(manager, 'address-request-rejected', request.contactEmail, requestMailContext(this.config, request.reference ?? '', { reasonLabel, details: input.details || undefined }));
      await this.audit.record(manager, [{ actorId: agent.id, accountId: null, action: 'address_request_rejected', after: { request: request.reference, reason: input.reason } }]);
    });
    this.outbox.notifyQueued();
    return this.detail(id);
  }

  /** Replaces the personal data of requests closed longer than the retention period; returns how many. */
  async anonymizeExpired(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.addressRequestRetentionDays * DAY_MS);
    const expired = await this.dataSource.getRepository(AddressRequest).find({ select: { id: true }, where: { closedAt: LessThan(cutoff), anonymizedAt: IsNull(), status: Not(In([...OPEN_STATUSES])) } });
    const ids = expired.map((request) => request.id);
    if (ids.length === 0) {
      return 0;
    }

    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      await manager
        .createQueryBuilder()
        .update(AddressRequest)
        .set({ lastName: '—', firstName: '—', triedEmail: '', contactEmail: '', otherEmails: '[]', roleOrExam: null, message: null, searchText: '', replyTokenHash: null, anonymizedAt: now })
        .where('id IN (:...ids)', { ids })
        .andWhere('anonymized_at IS NULL')
        .execute();
      await manager.createQueryBuilder().update(AddressRequestEventEntity).set({ body: null }).where('request_id IN (:...ids)', { ids }).execute();
      await manager.insert(AddressRequestEventEntity, ids.map((requestId) => ({ requestId, actorId: null, kind: 'anonymized' as const, body: null, internal: false, createdAt: now })));
    });
    this.logger.log(`anonymised ${ids.length} address request(s) closed more than ${this.config.addressRequestRetentionDays} days ago`);
    return ids.length;
  }

  private async anonymizeSafely(): Promise<void> {
    try {
      await this.anonymizeExpired();
    } catch (error) {
      this.logger.error('address request anonymisation failed; it runs again in 6 hours', error instanceof Error ? error.stack : String(error));
    }
  }

  private async candidates(request: AddressRequest): Promise<AccountCandidate[]> {
    const givenAddresses: Array<[string, string]> = [
      [request.triedEmail, 'adresse essayée'],
      [request.contactEmail, 'adresse de contact'],
      ...(JSON.parse(request.otherEmails) as string[]).map((email): [string, string] => [email, 'autre adresse indiquée']),
    ];
    const firstName = foldForSearch(request.firstName).trim();
    const lastName = foldForSearch(request.lastName).trim();

    const byEmail = await this.dataSource.getRepository(Account).findBy({ email: In(givenAddresses.map(([email]) => email)) });
    const byName = await this.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .where("account.search_text LIKE :lastName ESCAPE '!'", { lastName: `%${lastName.replace(/[!%_]/g, (c) => `!${c}`)}%` })
      .orderBy('account.id', 'ASC')
      .take(50)
      .getMany();

    const reasons = new Map<number, { account: Account; reasons: string[] }>();
    const add = (account: Account, reason: string) => {
      const entry = reasons.get(account.id) ?? { account, reasons: [] };
      if (!entry.reasons.includes(reason)) {
        entry.reasons.push(reason);
      }
      reasons.set(account.id, entry);
    };
    for (const account of byEmail) {
      givenAddresses.filter(([email]) => email === account.email).forEach(([, reason]) => add(account, reason));
    }
    for (const account of byName) {
      const sameLast = foldForSearch(account.lastName).trim() === lastName;
      const sameFirst = foldForSearch(account.firstName).trim() === firstName;
      if (sameLast && sameFirst) {
        add(account, 'même nom et prénom');
      } else if (sameLast) {
        add(account, 'même nom');
      }
    }

    const now = this.clock.now();
    return [...reasons.values()]
      .sort((a, b) => b.reasons.length - a.reasons.length || a.account.id - b.account.id)
      .slice(0, 20)
      .map((entry) => ({ account: toAdminAccountView(entry.account, now), reasons: entry.reasons }));
  }

  private async change(id: number, work: (manager: EntityManager, request: AddressRequest) => Promise<void>): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => work(manager, await this.load(manager, id)));
  }

  private async close(manager: EntityManager, agent: Account, request: AddressRequest, status: 'resolved' | 'rejected', kind: AddressRequestEventKind, body: string): Promise<void> {
    const now = this.clock.now();
    await manager.update(
      AddressRequest,
      { id: request.id },
      { status, closedAt: now, updatedAt: now, awaitingAccountCreation: false, replyTokenHash: null, replyTokenExpiresAt: null, assigneeId: request.assigneeId ?? agent.id },
    );
    await this.event(manager, request.id, agent, kind, body);
  }

  private async event(manager: EntityManager, requestId: number, agent: Account, kind: AddressRequestEventKind, body: string | null, internal = false): Promise<void> {
    await manager.insert(AddressRequestEventEntity, { requestId, actorId: agent.id, kind, body, internal, createdAt: this.clock.now() });
  }

  private assertOpen(request: AddressRequest): void {
    if (request.status === 'resolved' || request.status === 'rejected') {
      throw badRequest('Cette demande est close : elle ne peut plus changer.');
    }
  }

  private async load(manager: EntityManager, id: number): Promise<AddressRequest> {
    const request = await manager.findOneBy(AddressRequest, { id });
    if (request === null) {
      throw new ApiException(HttpStatus.NOT_FOUND, { code: ErrorCode.NotFound, message: "Cette demande n’existe pas." });
    }
    return request;
  }

  private async people(ids: Array<number | null>): Promise<Map<number, Account>> {
    const unique = [...new Set(ids.filter((id): id is number => id !== null))];
    const accounts = unique.length === 0 ? [] : await this.dataSource.getRepository(Account).findBy({ id: In(unique) });
    return new Map(accounts.map((account) => [account.id, account]));
  }

  private async keyNames(): Promise<Map<number, string>> {
    const keys = await this.dataSource.getRepository(ApiKey).find({ select: { id: true, name: true } });
    return new Map(keys.map((key) => [key.id, key.name]));
  }
}
