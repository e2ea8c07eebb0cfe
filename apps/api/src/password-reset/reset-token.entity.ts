import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('reset_tokens')
export class ResetToken {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'account_id', type: 'int' })
  accountId!: number;

  /** SHA-256 of the token sent by e-mail; the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;

  /** Set when the token is used or replaced by a newer request. */
  @Column({ name: 'consumed_at', type: 'datetime', nullable: true })
  consumedAt!: Date | null;
}
