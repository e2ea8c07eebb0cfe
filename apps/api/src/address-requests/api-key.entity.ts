import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A key with which the Portail Intervenants files requests server-to-server. */
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** First characters of the key, shown to recognise it; not enough to use it. */
  @Column({ type: 'varchar', length: 12 })
  prefix!: string;

  /** SHA-256 of the whole key; the key itself is shown once and never stored. */
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash!: string;

  @Column({ name: 'created_by', type: 'int', nullable: true })
  createdBy!: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'datetime', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  revokedAt!: Date | null;
}
