import type { Role } from '@dpec/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('accounts')
export class Account {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Normalised by `normalizeEmail`; unique in the database. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'simple-array' })
  roles!: Role[];

  /** bcrypt hash; null until the owner sets a password through a reset link. */
  @Column({ name: 'password_hash', type: 'varchar', length: 60, nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'disabled_at', type: 'datetime', nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'last_login_at', type: 'datetime', nullable: true })
  lastLoginAt!: Date | null;

  /** Failed logins in a row; reset by a successful login or password reset. */
  @Column({ name: 'failed_login_count', type: 'int', default: 0 })
  failedLoginCount!: number;

  /** Attempts before this time are rejected unchecked, after too many failures. */
  @Column({ name: 'login_delay_until', type: 'datetime', nullable: true })
  loginDelayUntil!: Date | null;

  @Column({ name: 'locked_until', type: 'datetime', nullable: true })
  lockedUntil!: Date | null;

  /** Names and address folded by `searchTextOf`, kept in step on every write. */
  @Column({ name: 'search_text', type: 'varchar', length: 500, default: '' })
  searchText!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}
