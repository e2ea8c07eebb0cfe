import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Adds "adresse introuvable" requests, their history, and the intake API keys. */
export class AddAddressRequests1765137600000 implements MigrationInterface {
  name = 'AddAddressRequests1765137600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.driver.options.type === 'mysql';
    const precision = mysql ? 3 : undefined;
    const unicode = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_unicode_ci' } : {};
    const id = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };
    const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length: String(length), isNullable: nullable, ...unicode });
    const datetime = (name: string, nullable = false) => ({ name, type: 'datetime', precision, isNullable: nullable });

    await queryRunner.createTable(
      new Table({
        name: 'address_requests',
        columns: [
          id,
          text('reference', 20, true),
          text('status', 32),
          text('last_name', 100),
          text('first_name', 100),
          text('tried_email', 254),
          text('contact_email', 254),
          { name: 'other_emails', type: 'text', ...unicode },
          text('role_or_exam', 200, true),
          { name: 'message', type: 'text', isNullable: true, ...unicode },
          text('source', 40),
          { name: 'assignee_id', type: 'integer', isNullable: true },
          { name: 'awaiting_account_creation', type: 'boolean', default: false },
          text('rejection_reason', 40, true),
          text('reply_token_hash', 64, true),
          datetime('reply_token_expires_at', true),
          text('search_text', 500),
          datetime('created_at'),
          datetime('updated_at'),
          datetime('closed_at', true),
          datetime('anonymized_at', true),
        ],
        foreignKeys: [{ columnNames: ['assignee_id'], referencedTableName: 'accounts', referencedColumnNames: ['id'], onDelete: 'SET NULL' }],
        indices: [
          new TableIndex({ name: 'UQ_address_requests_reference', columnNames: ['reference'], isUnique: true }),
          new TableIndex({ name: 'IDX_address_requests_status_created', columnNames: ['status', 'created_at'] }),
          new TableIndex({ name: 'IDX_address_requests_contact_created', columnNames: ['contact_email', 'created_at'] }),
          new TableIndex({ name: 'IDX_address_requests_closed_at', columnNames: ['closed_at'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'address_request_events',
        columns: [
          id,
          { name: 'request_id', type: 'integer' },
          { name: 'actor_id', type: 'integer', isNullable: true },
          text('kind', 32),
          { name: 'body', type: 'text', isNullable: true, ...unicode },
          { name: 'internal', type: 'boolean', default: false },
          datetime('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['request_id'], referencedTableName: 'address_requests', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['actor_id'], referencedTableName: 'accounts', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
        ],
        indices: [new TableIndex({ name: 'IDX_address_request_events_request', columnNames: ['request_id', 'created_at'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          id,
          text('name', 100),
          text('prefix', 12),
          text('key_hash', 64),
          { name: 'created_by', type: 'integer', isNullable: true },
          datetime('created_at'),
          datetime('last_used_at', true),
          datetime('revoked_at', true),
        ],
        foreignKeys: [{ columnNames: ['created_by'], referencedTableName: 'accounts', referencedColumnNames: ['id'], onDelete: 'SET NULL' }],
        indices: [new TableIndex({ name: 'UQ_api_keys_key_hash', columnNames: ['key_hash'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
    await queryRunner.dropTable('address_request_events');
    await queryRunner.dropTable('address_requests');
  }
}
