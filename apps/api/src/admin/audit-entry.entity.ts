import type { AuditAction } from '@dpec/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One admin action, written in the transaction of the change it records. */
@Entity('audit_entries')
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId!: number | null;

  @Column({ name: 'account_id', type: 'int', nullable: true })
  accountId!: number | null;

  @Column({ type: 'varchar', length: 40 })
  action!: AuditAction;

  /** JSON of the changed fields before the action; null for a creation. */
  @Column({ name: 'before_values', type: 'text', nullable: true })
  beforeValues!: string | null;

  @Column({ name: 'after_values', type: 'text', nullable: true })
  afterValues!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
