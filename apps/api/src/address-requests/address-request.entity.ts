import type { AddressRequestStatus, RejectionReason } from '@dpec/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An "adresse introuvable" request: a person whose account may exist under another address. */
@Entity('address_requests')
export class AddressRequest {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Readable reference given to the requester, e.g. AI-2026-000123. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  reference!: string | null;

  @Column({ type: 'varchar', length: 32 })
  status!: AddressRequestStatus;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ name: 'tried_email', type: 'varchar', length: 254 })
  triedEmail!: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 254 })
  contactEmail!: string;

  /** JSON array of other addresses the person may have used. */
  @Column({ name: 'other_emails', type: 'text' })
  otherEmails!: string;

  @Column({ name: 'role_or_exam', type: 'varchar', length: 200, nullable: true })
  roleOrExam!: string | null;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  /** `portal`, or `api-key:<id>` for requests filed by the Portail Intervenants. */
  @Column({ type: 'varchar', length: 40 })
  source!: string;

  @Column({ name: 'assignee_id', type: 'int', nullable: true })
  assigneeId!: number | null;

  @Column({ name: 'awaiting_account_creation', type: 'boolean', default: false })
  awaitingAccountCreation!: boolean;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 40, nullable: true })
  rejectionReason!: RejectionReason | null;

  /** SHA-256 of the token in the requester's reply link, while one is outstanding. */
  @Column({ name: 'reply_token_hash', type: 'varchar', length: 64, nullable: true })
  replyTokenHash!: string | null;

  @Column({ name: 'reply_token_expires_at', type: 'datetime', nullable: true })
  replyTokenExpiresAt!: Date | null;

  /** Names folded for the queue search. */
  @Column({ name: 'search_text', type: 'varchar', length: 500 })
  searchText!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;

  @Column({ name: 'closed_at', type: 'datetime', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'anonymized_at', type: 'datetime', nullable: true })
  anonymizedAt!: Date | null;
}
