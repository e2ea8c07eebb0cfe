/**
 * Measures the admin console at the sizes its users reach: a 10 000-line CSV
 * import (preview, then import) and the account list at 100 000 accounts. Runs
 * each database side by side in one process and prints a Markdown table with each
 * time as a ratio of its target.
 *
 * Run with `npm run bench`. MySQL/MariaDB is measured when TEST_MYSQL_URL (default
 * root@127.0.0.1:3306) responds.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createConnection } from 'mysql2/promise';
import { Account } from '../apps/api/src/accounts/account.entity';
import { searchTextOf } from '../apps/api/src/accounts/search-text';
import { sessionCookieName } from '../apps/api/src/auth/session-cookie';
import { SessionsService } from '../apps/api/src/auth/sessions.service';
import { APP_CONFIG } from '../apps/api/src/config/app-config';
import { startTestApp, TestApp } from '../test/support/test-app';
import { DatabaseKind, TEST_MYSQL_URL } from '../test/support/test-databases';

const IMPORT_LINES = 10_000;
const LIST_ACCOUNTS = 100_000;
const IMPORT_TARGET_MS = 10_000;
const LIST_TARGET_MS = 500;

const FIRST_NAMES = ['Camille', 'Élodie', 'Jérôme', 'Nadia', 'François', 'Inès', 'Loïc', 'Maëlle', 'Thomas', 'Zoé'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Noël', 'Côté', 'Garnier', 'Mercier', 'Dupré', 'Haddad'];

interface Row {
  database: string;
  measure: string;
  milliseconds: number;
  targetMs: number;
}

function importFile(lines: number, offset: number): Buffer {
  const rows = ['Adresse mail;Prénom;Nom;Rôles'];
  for (let index = 0; index < lines; index++) {
    const number = offset + index;
    rows.push(`personne.${number}@example.fr;${FIRST_NAMES[number % 10]};${LAST_NAMES[(number >> 3) % 10]}-${number};intervenant`);
  }
  return Buffer.from(rows.join('\r\n'), 'utf8');
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Inserts accounts straight into the table, in chunks, to reach the list size quickly. */
async function seedAccounts(app: TestApp, count: number, offset: number): Promise<void> {
  const now = new Date();
  for (let start = 0; start < count; start += 500) {
    const rows = [];
    for (let index = start; index < Math.min(count, start + 500); index++) {
      const number = offset + index;
      const values = { email: `seed.${number}@example.fr`, firstName: FIRST_NAMES[number % 10], lastName: `${LAST_NAMES[(number >> 3) % 10]}-${number}` };
      rows.push({
        ...values,
        roles: [number % 50 === 0 ? 'gestionnaire' : 'intervenant'],
        searchText: searchTextOf(values),
        passwordHash: null,
        disabledAt: number % 20 === 0 ? now : null,
        lastLoginAt: number % 3 === 0 ? new Date(now.getTime() - number * 1000) : null,
        failedLoginCount: 0,
        loginDelayUntil: null,
        lockedUntil: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    await app.dataSource.getRepository(Account).insert(rows);
  }
}

async function measure(kind: DatabaseKind): Promise<Row[]> {
  const app = await startTestApp(kind, { OUTBOX_WORKER: 'off' });
  const rows: Row[] = [];
  const database = kind === 'mysql' ? 'MariaDB' : 'SQLite';
  try {
    const manager = await app.createAccount({ email: 'bench.manager@example.fr', roles: ['gestionnaire'] });
    const session = await app.app.get(SessionsService).open(manager, 'bench');
    const cookie = `${sessionCookieName(app.app.get(APP_CONFIG))}=${session.token}`;
    const file = importFile(IMPORT_LINES, 0);

    const preview = await timed(async () => {
      const response = await app.http.post('/api/admin/accounts/import/preview').set('Cookie', cookie).set('Content-Type', 'text/csv').send(file);
      if (response.body.validCount !== IMPORT_LINES) {
        throw new Error(`preview found ${response.body.validCount} valid lines: ${JSON.stringify(response.body).slice(0, 300)}`);
      }
    });
    rows.push({ database, measure: `preview of a ${IMPORT_LINES}-line file`, milliseconds: preview, targetMs: IMPORT_TARGET_MS });

    const imported = await timed(async () => {
      const response = await app.http.post('/api/admin/accounts/import').set('Cookie', cookie).set('Content-Type', 'text/csv').send(file);
      if (response.body.created !== IMPORT_LINES) {
        throw new Error(`import created ${response.body.created} accounts`);
      }
    });
    rows.push({ database, measure: `import of a ${IMPORT_LINES}-line file`, milliseconds: imported, targetMs: IMPORT_TARGET_MS });

    await seedAccounts(app, LIST_ACCOUNTS - IMPORT_LINES - 1, IMPORT_LINES);
    const queries: Array<[string, string]> = [
      ['first page, default sort', ''],
      ['search "dupre" (accents ignored)', 'q=dupre'],
      ['search two words', 'q=zoe%20garnier-5'],
      ['role and status filters', 'role=gestionnaire&status=active'],
      ['sort by last login, page 200', 'sort=lastLoginAt&order=desc&page=200'],
    ];
    for (const [label, query] of queries) {
      // The first run warms caches; the median of five runs is reported.
      const runs: number[] = [];
      for (let run = 0; run < 6; run++) {
        runs.push(await timed(() => app.http.get(`/api/admin/accounts?${query}`).set('Cookie', cookie).expect(200)));
      }
      const sorted = runs.slice(1).sort((a, b) => a - b);
      rows.push({ database, measure: `list at ${LIST_ACCOUNTS / 1000}k accounts: ${label}`, milliseconds: sorted[2], targetMs: LIST_TARGET_MS });
    }
  } finally {
    await app.close();
  }
  return rows;
}

async function mysqlResponds(): Promise<boolean> {
  try {
    const connection = await createConnection({ uri: TEST_MYSQL_URL, connectTimeout: 3000 });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  process.env.DEV_SECRET_FILE = `/tmp/dpec-bench-secret-${randomBytes(4).toString('hex')}`;
  const kinds: DatabaseKind[] = (await mysqlResponds()) ? ['sqlite', 'mysql'] : ['sqlite'];
  const rows: Row[] = [];
  for (const kind of kinds) {
    rows.push(...(await measure(kind)));
  }

  console.log('| database | measure | time (ms) | target (ms) | time / target |');
  console.log('|---|---|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.database} | ${row.measure} | ${row.milliseconds.toFixed(0)} | ${row.targetMs} | ${(row.milliseconds / row.targetMs).toFixed(2)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
