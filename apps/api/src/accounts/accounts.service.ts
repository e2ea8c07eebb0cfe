import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@dpec/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { Clock } from '../common/clock';
import { Messages } from '../common/messages';
import { Account } from './account.entity';
import { normalizeEmail } from './email';
import { NewAccount, newAccountRow } from './new-account';

export type { NewAccount } from './new-account';

/** Detects a unique-constraint violation on MySQL/MariaDB and SQLite. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) {
    return false;
  }
  const driverError = error.driverError as { code?: string; errno?: number } | undefined;
  return driverError?.code === 'ER_DUP_ENTRY' || driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly clock: Clock,
  ) {}

  findByEmail(email: string): Promise<Account | null> {
    return this.accounts.findOneBy({ email: normalizeEmail(email) });
  }

  findById(id: number, manager?: EntityManager): Promise<Account | null> {
    return (manager?.getRepository(Account) ?? this.accounts).findOneBy({ id });
  }

  /** Creates an account without a password; a duplicate address is a 409. */
  async create(input: NewAccount): Promise<Account> {
    const account = this.accounts.create(newAccountRow(input, this.clock.now()));

    try {
      const saved = await this.accounts.save(account);
      this.logger.log(`created account ${saved.id}`);
      return saved;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ApiException(HttpStatus.CONFLICT, { code: ErrorCode.Conflict, message: Messages.emailTaken });
      }
      throw error;
    }
  }

  async setPassword(manager: EntityManager, accountId: number, passwordHash: string): Promise<void> {
    await manager.update(Account, { id: accountId }, { passwordHash, updatedAt: this.clock.now() });
  }
}
