import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditAction, AuditEntryView, ErrorCode, Page } from '@dpec/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager, FindOptionsWhere, In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { normalizeEmail } from '../accounts/email';
import { ApiException } from '../common/api-exception';
import { Clock } from '../common/clock';
import { AuditEntry } from './audit-entry.entity';
import type { AuditQueryDto } from './admin.dto';

export interface AuditRecord {
  actorId: number;
  /** Null for actions on no account, such as rejecting a request or creating an API key. */
  accountId: number | null;
  action: AuditAction;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

function parseValues(json: string | null): Record<string, unknown> | null {
  return json === null ? null : (JSON.parse(json) as Record<string, unknown>);
}

/** Parses an ISO date or date-time; a bare date ends at the end of that day when `endOfDay`. */
function parseBound(raw: string | undefined, endOfDay: boolean): Date | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(raw);
  const date = new Date(dateOnly ? `${raw}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : raw);
  if (Number.isNaN(date.getTime())) {
    throw new ApiException(HttpStatus.BAD_REQUEST, { code: ErrorCode.ValidationFailed, message: `La date « ${raw} » n’est pas valide (format attendu : AAAA-MM-JJ).` });
  }
  return date;
}

/** The audit log of admin actions: written with each change, read by gestionnaires. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, entries: AuditRecord[]): Promise<void> {
    const now = this.clock.now();
    const rows = entries.map((entry) => ({
      actorId: entry.actorId,
      accountId: entry.accountId,
      action: entry.action,
      beforeValues: entry.before ? JSON.stringify(entry.before) : null,
      afterValues: entry.after ? JSON.stringify(entry.after) : null,
      createdAt: now,
    }));
    // Chunks keep each statement under the placeholder limits of SQLite and MySQL.
    for (let start = 0; start < rows.length; start += 500) {
      await manager.insert(AuditEntry, rows.slice(start, start + 500));
    }
  }

  async list(query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const empty: Page<AuditEntryView> = { items: [], total: 0, page, pageSize };

    const where: FindOptionsWhere<AuditEntry> = {};
    if (query.actor !== undefined) {
      const actor = await this.accountIdOf(query.actor);
      if (actor === null) {
        return empty;
      }
      where.actorId = actor;
    }
    if (query.account !== undefined) {
      const account = await this.accountIdOf(query.account);
      if (account === null) {
        return empty;
      }
      where.accountId = account;
    }
    if (query.accountId !== undefined) {
      where.accountId = query.accountId;
    }
    if (query.action !== undefined) {
      where.action = query.action;
    }
    const from = parseBound(query.from, false);
    const to = parseBound(query.to, true);
    if (from !== undefined && to !== undefined) {
      where.createdAt = Between(from, to);
    } else if (from !== undefined) {
      where.createdAt = MoreThanOrEqual(from);
    } else if (to !== undefined) {
      where.createdAt = LessThanOrEqual(to);
    }

    const [entries, total] = await this.dataSource.getRepository(AuditEntry).findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const accounts = await this.accountsById(entries.flatMap((entry) => [entry.actorId, entry.accountId]));

    return { items: entries.map((entry) => this.toView(entry, accounts)), total, page, pageSize };
  }

  private async accountIdOf(email: string): Promise<number | null> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ email: normalizeEmail(email) });
    return account?.id ?? null;
  }

  private async accountsById(ids: Array<number | null>): Promise<Map<number, Account>> {
    const unique = [...new Set(ids.filter((id): id is number => id !== null))];
    const accounts = unique.length === 0 ? [] : await this.dataSource.getRepository(Account).findBy({ id: In(unique) });
    return new Map(accounts.map((account) => [account.id, account]));
  }

  private toView(entry: AuditEntry, accounts: Map<number, Account>): AuditEntryView {
    const actor = entry.actorId === null ? undefined : accounts.get(entry.actorId);
    return {
      id: entry.id,
      action: entry.action,
      actor: actor === undefined ? null : { id: actor.id, email: actor.email, firstName: actor.firstName, lastName: actor.lastName },
      accountId: entry.accountId,
      accountEmail: entry.accountId === null ? null : (accounts.get(entry.accountId)?.email ?? null),
      before: parseValues(entry.beforeValues),
      after: parseValues(entry.afterValues),
      createdAt: entry.createdAt.toISOString(),
    };
  }
}
