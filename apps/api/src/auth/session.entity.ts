import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('sessions')
export class Session {
  /** HMAC of the cookie value: a leaked table gives no usable session. */
  @PrimaryColumn({ name: 'id_hash', type: 'varchar', length: 64 })
  idHash!: string;

  /** Identifies the session in the account page; unlike the cookie value it grants nothing. */
  @Column({ name: 'public_id', type: 'varchar', length: 36 })
  publicId!: string;

  @Column({ name: 'account_id', type: 'int' })
  accountId!: number;

  @Column({ name: 'user_agent', type: 'varchar', length: 255, nullable: true })
  userAgent!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'datetime' })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;
}
