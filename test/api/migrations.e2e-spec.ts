import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { MIGRATIONS } from '../../apps/api/src/database/migrations';
import { createTestDatabase, testDatabaseKinds, TestDatabase } from '../support/test-databases';

describe.each(testDatabaseKinds())('migrations on %s', (kind) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });

  afterEach(async () => {
    await database.drop();
  });

  it('upgrade a database that holds accounts and sessions', async () => {
    const options = dataSourceOptions(database.url);
    const first = new DataSource({ ...options, migrations: MIGRATIONS.slice(0, 1), migrationsRun: false });
    await first.initialize();
    await first.runMigrations();
    await first.query(
      "INSERT INTO accounts (email, first_name, last_name, roles, created_at, updated_at) VALUES ('eloise.dupre@example.fr', 'Éloïse', 'Dupré', 'intervenant', '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000')",
    );
    await first.query("INSERT INTO sessions (id_hash, account_id, created_at, last_seen_at, expires_at) VALUES ('abc', 1, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000', '2099-01-01 00:00:00.000')");
    await first.destroy();

    const upgraded = new DataSource({ ...options, migrationsRun: false });
    await upgraded.initialize();
    await upgraded.runMigrations();
    const accounts: Array<{ search_text: string; failed_login_count: number }> = await upgraded.query('SELECT search_text, failed_login_count FROM accounts');
    const sessions: unknown[] = await upgraded.query('SELECT * FROM sessions');

    expect(accounts).toEqual([{ search_text: 'eloise dupre eloise.dupre@example.fr', failed_login_count: 0 }]);
    expect(sessions).toEqual([]);
    await upgraded.undoLastMigration();
    await upgraded.undoLastMigration();
    await upgraded.undoLastMigration();
    const afterUndo: unknown[] = await upgraded.query('SELECT email FROM accounts');
    expect(afterUndo).toEqual([{ email: 'eloise.dupre@example.fr' }]);
    await upgraded.destroy();
  });
});
