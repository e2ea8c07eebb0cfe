import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ConfigError } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * Turns DATABASE_URL (`mysql://user:pass@host:3306/db` or `sqlite:PATH`) into
 * TypeORM options. Migrations run at start-up; the schema is never synchronised.
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    // Query errors are not logged here: TypeORM would print their parameters, which hold personal data.
    logging: ['migration'] as const,
  };

  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length);
    if (path === '') {
      throw new ConfigError('DATABASE_URL sqlite: needs a file path, for example sqlite:var/dpecotheque.sqlite.');
    }
    const database = path === ':memory:' ? path : resolve(path);
    if (database !== ':memory:') {
      mkdirSync(dirname(database), { recursive: true });
    }
    return {
      ...common,
      logging: [...common.logging],
      type: 'better-sqlite3',
      database,
      // WAL lets readers go on while the outbox worker writes.
      prepareDatabase: (db: { pragma(statement: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  }

  if (databaseUrl.startsWith('mysql://') || databaseUrl.startsWith('mariadb://')) {
    const url = new URL(databaseUrl.replace(/^mariadb:/, 'mysql:'));
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (database === '') {
      throw new ConfigError('DATABASE_URL must name a database, for example mysql://user:pass@127.0.0.1:3306/dpecotheque.');
    }
    return {
      ...common,
      logging: [...common.logging],
      type: 'mysql',
      host: url.hostname,
      port: url.port === '' ? 3306 : Number(url.port),
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
    };
  }

  throw new ConfigError('DATABASE_URL must start with mysql:// or sqlite:.');
}

export function isMysql(options: DataSourceOptions): boolean {
  return options.type === 'mysql';
}
