import { createConnection } from 'mysql2/promise';
import { TEST_MYSQL_URL } from './test-databases';

/**
 * Chooses the databases of the API suite: SQLite always, MySQL/MariaDB when a
 * server responds. With CI=true a missing server fails the run instead of being skipped.
 */
export default async function globalSetup(): Promise<void> {
  try {
    const connection = await createConnection({ uri: TEST_MYSQL_URL, connectTimeout: 3000 });
    const [rows] = await connection.query('SELECT VERSION() AS version');
    await connection.end();
    const version = (rows as Array<{ version: string }>)[0]?.version;
    process.env.DPEC_TEST_DATABASES = 'sqlite,mysql';
    console.log(`\nAPI suite databases: SQLite and MySQL/MariaDB ${version} at ${new URL(TEST_MYSQL_URL).host}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true') {
      throw new Error(`MySQL/MariaDB at ${TEST_MYSQL_URL} is required in CI and did not respond: ${reason}`);
    }
    process.env.DPEC_TEST_DATABASES = 'sqlite';
    console.warn(`\nAPI suite databases: SQLite only. MySQL/MariaDB runs SKIPPED: ${TEST_MYSQL_URL} did not respond (${reason}).`);
  }
}
