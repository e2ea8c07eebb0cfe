import { Logger } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

const MAX_ATTEMPTS = 3;
const logger = new Logger('Transaction');

/** Deadlock or lock timeout on MySQL/MariaDB, busy database on SQLite: safe to run again. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) {
    return false;
  }
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}

/**
 * Runs `work` in a transaction, READ COMMITTED on MySQL/MariaDB so that InnoDB
 * takes no gap locks, and runs it again, up to three times in all, after a
 * deadlock. `work` must therefore have no effect outside the database.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const mysql = dataSource.options.type === 'mysql';

  for (let attempt = 1; ; attempt++) {
    try {
      return mysql ? await dataSource.transaction('READ COMMITTED', work) : await dataSource.transaction(work);
    } catch (error) {
      if (!isTransient(error) || attempt >= MAX_ATTEMPTS) {
        throw error;
      }
      logger.warn(`transaction hit a lock conflict, attempt ${attempt} of ${MAX_ATTEMPTS}; running it again`);
    }
  }
}
