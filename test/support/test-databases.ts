import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

export type DatabaseKind = 'sqlite' | 'mysql';

/** Server used for the MySQL/MariaDB runs: a local one, root without password, unless TEST_MYSQL_URL names another. */
export const TEST_MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/** Kinds chosen by the global setup: SQLite always, MySQL/MariaDB when a server responds. */
export function testDatabaseKinds(): DatabaseKind[] {
  const kinds = (process.env.DPEC_TEST_DATABASES ?? 'sqlite').split(',');
  return kinds.filter((kind): kind is DatabaseKind => kind === 'sqlite' || kind === 'mysql');
}

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  drop(): Promise<void>;
}

function uniqueName(): string {
  return `dpec_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export interface TestDatabaseOptions {
  /** Default character set of a MySQL database; the migrations must not depend on it. */
  defaultCharset?: 'utf8mb4' | 'latin1';
}

/** Creates an empty database of its own; `drop` removes it whatever the test left behind. */
export async function createTestDatabase(kind: DatabaseKind, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const name = uniqueName();

  if (kind === 'sqlite') {
    const file = join(tmpdir(), `${name}.sqlite`);
    return {
      kind,
      url: `sqlite:${file}`,
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm']) {
          rmSync(`${file}${suffix}`, { force: true });
        }
      },
    };
  }

  const server = await createConnection(TEST_MYSQL_URL);
  const charset = options.defaultCharset === 'latin1' ? 'latin1 COLLATE latin1_swedish_ci' : 'utf8mb4 COLLATE utf8mb4_unicode_ci';
  await server.query(`CREATE DATABASE \`${name}\` CHARACTER SET ${charset}`);
  await server.end();
  return {
    kind,
    url: `${TEST_MYSQL_URL.replace(/\/+$/, '')}/${name}`,
    drop: async () => {
      const connection = await createConnection(TEST_MYSQL_URL);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}
