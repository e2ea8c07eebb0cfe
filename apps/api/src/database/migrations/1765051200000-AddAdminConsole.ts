import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { searchTextOf } from '../../accounts/search-text';

/**
 * Adds the accent-free search column and sort indexes to accounts, and the audit
 * log of admin actions.
 */
export class AddAdminConsole1765051200000 implements MigrationInterface {
  name = 'AddAdminConsole1765051200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.driver.options.type === 'mysql';
    const precision = mysql ? 3 : undefined;
    const unicode = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_unicode_ci' } : {};

    await queryRunner.addColumn('accounts', new TableColumn({ name: 'search_text', type: 'varchar', length: '500', default: "''", ...unicode }));
    const accounts: Array<{ id: number; email: string; first_name: string; last_name: string }> = await queryRunner.query(
      'SELECT id, email, first_name, last_name FROM accounts',
    );
    for (const account of accounts) {
      await queryRunner.query('UPDATE accounts SET search_text = ? WHERE id = ?', [
        searchTextOf({ email: account.email, firstName: account.first_name, lastName: account.last_name }),
        account.id,
      ]);
    }
    await queryRunner.createIndices('accounts', [
      new TableIndex({ name: 'IDX_accounts_names', columnNames: ['last_name', 'first_name'] }),
      new TableIndex({ name: 'IDX_accounts_created_at', columnNames: ['created_at'] }),
      new TableIndex({ name: 'IDX_accounts_last_login_at', columnNames: ['last_login_at'] }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'actor_id', type: 'integer', isNullable: true },
          { name: 'account_id', type: 'integer', isNullable: true },
          { name: 'action', type: 'varchar', length: '40', ...unicode },
          { name: 'before_values', type: 'text', isNullable: true, ...unicode },
          { name: 'after_values', type: 'text', isNullable: true, ...unicode },
          { name: 'created_at', type: 'datetime', precision },
        ],
        foreignKeys: [
          { columnNames: ['actor_id'], referencedTableName: 'accounts', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
          { columnNames: ['account_id'], referencedTableName: 'accounts', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_audit_entries_created_at', columnNames: ['created_at'] }),
          new TableIndex({ name: 'IDX_audit_entries_account', columnNames: ['account_id', 'created_at'] }),
          new TableIndex({ name: 'IDX_audit_entries_actor', columnNames: ['actor_id', 'created_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entries');
    for (const index of ['IDX_accounts_names', 'IDX_accounts_created_at', 'IDX_accounts_last_login_at']) {
      await queryRunner.dropIndex('accounts', index);
    }
    await queryRunner.dropColumn('accounts', 'search_text');
  }
}
