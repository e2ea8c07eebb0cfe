import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

/**
 * Creates accounts, captcha challenges, sessions, reset tokens and the mail outbox.
 * Written with TypeORM's schema builder so that one migration runs on MySQL/MariaDB and SQLite.
 */
export class CreateAccessTables1764878400000 implements MigrationInterface {
  name = 'CreateAccessTables1764878400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.driver.options.type === 'mysql';
    const datetime = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'datetime',
      precision: mysql ? 3 : undefined,
      isNullable: nullable,
    });
    // Text columns are utf8mb4 on MySQL whatever the database default, so that
    // every Unicode name and address fits.
    const unicode = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_unicode_ci' } : {};
    const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
      ...unicode,
    });
    const serial = (name: string): TableColumnOptions => ({
      name,
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    });

    await queryRunner.createTable(
      new Table({
        name: 'accounts',
        columns: [
          serial('id'),
          // Binary collation on MySQL: addresses are lowercased by the app, and the
          // default collation would also fold accents, merging distinct addresses.
          { ...varchar('email', 254), ...(mysql ? { collation: 'utf8mb4_bin' } : {}) },
          varchar('first_name', 100),
          varchar('last_name', 100),
          varchar('roles', 100),
          varchar('password_hash', 60, true),
          datetime('disabled_at', true),
          datetime('last_login_at', true),
          datetime('created_at'),
          datetime('updated_at'),
        ],
        indices: [new TableIndex({ name: 'UQ_accounts_email', columnNames: ['email'], isUnique: true })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'captcha_challenges',
        columns: [{ ...varchar('id', 36), isPrimary: true }, varchar('code_hash', 64), datetime('expires_at')],
        indices: [new TableIndex({ name: 'IDX_captcha_challenges_expires_at', columnNames: ['expires_at'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { ...varchar('id_hash', 64), isPrimary: true },
          { name: 'account_id', type: 'integer' },
          varchar('user_agent', 255, true),
          datetime('created_at'),
          datetime('last_seen_at'),
          datetime('expires_at'),
        ],
        foreignKeys: [{ columnNames: ['account_id'], referencedTableName: 'accounts', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [new TableIndex({ name: 'IDX_sessions_account_id', columnNames: ['account_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'reset_tokens',
        columns: [
          serial('id'),
          { name: 'account_id', type: 'integer' },
          varchar('token_hash', 64),
          datetime('created_at'),
          datetime('expires_at'),
          datetime('consumed_at', true),
        ],
        foreignKeys: [{ columnNames: ['account_id'], referencedTableName: 'accounts', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [
          new TableIndex({ name: 'UQ_reset_tokens_token_hash', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'IDX_reset_tokens_account_id', columnNames: ['account_id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'outbox_messages',
        columns: [
          serial('id'),
          varchar('template', 64),
          varchar('recipient', 254),
          varchar('subject', 200),
          { name: 'payload', type: 'text', ...unicode },
          varchar('status', 16),
          { name: 'attempts', type: 'integer', default: 0 },
          datetime('next_attempt_at'),
          datetime('locked_until', true),
          varchar('last_error', 500, true),
          datetime('created_at'),
          datetime('sent_at', true),
        ],
        indices: [new TableIndex({ name: 'IDX_outbox_messages_status_next', columnNames: ['status', 'next_attempt_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['outbox_messages', 'reset_tokens', 'sessions', 'captcha_challenges', 'accounts']) {
      await queryRunner.dropTable(table);
    }
  }
}
