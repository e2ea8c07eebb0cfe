import type { SecurityEventType } from '@dpec/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One security-relevant action; never contains a password, token or captcha code. */
@Entity('security_events')
export class SecurityEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  type!: SecurityEventType;

  /** Short machine-readable outcome, e.g. `wrong_password`, `locked`, `mail_sent`. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  detail!: string | null;

  @Column({ name: 'account_id', type: 'int', nullable: true })
  accountId!: number | null;

  /** HMAC of the normalised address, to count requests for addresses with no account. */
  @Column({ name: 'email_hash', type: 'varchar', length: 64, nullable: true })
  emailHash!: string | null;

  @Column({ name: 'client_address', type: 'varchar', length: 64, nullable: true })
  clientAddress!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 255, nullable: true })
  userAgent!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
