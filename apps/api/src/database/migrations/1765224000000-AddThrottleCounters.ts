import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Moves rate-limit counters into the database, so that every API instance shares them. */
export class AddThrottleCounters1765224000000 implements MigrationInterface {
  name = 'AddThrottleCounters1765224000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.driver.options.type === 'mysql';
    const precision = mysql ? 3 : undefined;

    await queryRunner.createTable(
      new Table({
        name: 'throttle_counters',
        columns: [
          { name: 'counter_key', type: 'varchar', length: '64', isPrimary: true, ...(mysql ? { charset: 'ascii', collation: 'ascii_bin' } : {}) },
          { name: 'hits', type: 'integer' },
          { name: 'window_ends_at', type: 'datetime', precision },
          { name: 'blocked_until', type: 'datetime', precision, isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_throttle_counters_window_ends_at', columnNames: ['window_ends_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('throttle_counters');
  }
}
