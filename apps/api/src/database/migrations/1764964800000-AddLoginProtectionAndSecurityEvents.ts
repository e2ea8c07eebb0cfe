import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Adds failed-login counters and locks to accounts, a public id to sessions, and
 * the security event log. Open sessions are ended because they have no public id.
 */
export class AddLoginProtectionAndSecurityEvents1764964800000 implements MigrationInterface {
  name = 'AddLoginProtectionAndSecurityEvents1764964800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.driver.options.type === 'mysql';
    const precision = mysql ? 3 : undefined;
    const unicode = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_unicode_ci' } : {};

    await queryRunner.addColumns('accounts', [
      new TableColumn({ name: 'failed_login_count', type: 'integer', default: 0 }),
      new TableColumn({ name: 'login_delay_until', type: 'datetime', precision, isNullable: true }),
      new TableColumn({ name: 'locked_until', type: 'datetime', precision, isNullable: true }),
    ]);

    await queryRunner.query('DELETE FROM sessions');
    await queryRunner.addColumn('sessions', new TableColumn({ name: 'public_id', type: 'varchar', length: '36', ...unicode }));
    await queryRunner.createIndex('sessions', new TableIndex({ name: 'UQ_sessions_public_id', columnNames: ['public_id'], isUnique: true }));

    await queryRunner.createTable(
      new Table({
        name: 'security_events',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'type', type: 'varchar', length: '32', ...unicode },
          { name: 'detail', type: 'varchar', length: '32', isNullable: true, ...unicode },
          { name: 'account_id', type: 'integer', isNullable: true },
          { name: 'email_hash', type: 'varchar', length: '64', isNullable: true, ...unicode },
          { name: 'client_address', type: 'varchar', length: '64', isNullable: true, ...unicode },
          { name: 'user_agent', type: 'varchar', length: '255', isNullable: true, ...unicode },
          { name: 'created_at', type: 'datetime', precision },
        ],
        foreignKeys: [{ columnNames: ['account_id'], referencedTableName: 'accounts', referencedColumnNames: ['id'], onDelete: 'SET NULL' }],
        indices: [
          new TableIndex({ name: 'IDX_security_events_account_created', columnNames: ['account_id', 'created_at'] }),
          new TableIndex({ name: 'IDX_security_events_email_type_created', columnNames: ['email_hash', 'type', 'created_at'] }),
          new TableIndex({ name: 'IDX_security_events_created_at', columnNames: ['created_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('security_events');
    await queryRunner.dropIndex('sessions', 'UQ_sessions_public_id');
    await queryRunner.dropColumn('sessions', 'public_id');
    await queryRunner.dropColumns('accounts', ['failed_login_count', 'login_delay_until', 'locked_until']);
  }
}
