import type { Role } from './auth';

/** Status filters of the account list; an account may match several (locked and never logged in). */
export type AccountStatusFilter = 'active' | 'disabled' | 'locked' | 'never_logged_in';

export const ACCOUNT_STATUS_FILTERS: readonly AccountStatusFilter[] = ['active', 'disabled', 'locked', 'never_logged_in'];

export type AccountSortField = 'lastName' | 'firstName' | 'email' | 'createdAt' | 'lastLoginAt';

export const ACCOUNT_SORT_FIELDS: readonly AccountSortField[] = ['lastName', 'firstName', 'email', 'createdAt', 'lastLoginAt'];

/** An account as the admin console shows it. */
export interface AdminAccountView {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  disabled: boolean;
  /** True while a lock after failed logins is in force. */
  locked: boolean;
  lockedUntil: string | null;
  /** False until the owner sets a password through a first-connection or reset link. */
  hasPassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Query of `GET /api/admin/accounts` and `GET /api/admin/accounts/export`, all optional. */
export interface AccountListQuery {
  /** Words searched in names and address, accents and case ignored. */
  q?: string;
  role?: Role;
  status?: AccountStatusFilter;
  sort?: AccountSortField;
  order?: 'asc' | 'desc';
  /** 1-based. */
  page?: number;
  /** 1 to 100, default 20. */
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Body of `POST /api/admin/accounts`. */
export interface CreateAccountRequest {
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
}

/** Body of `PATCH /api/admin/accounts/:id`: only the fields to change. */
export interface UpdateAccountRequest {
  email?: string;
  firstName?: string;
  lastName?: string;
  roles?: Role[];
}

/** One line of an import file, as the preview shows it. */
export interface ImportLine {
  /** Line number in the file, the header being line 1. */
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  roles: string[];
  /** French descriptions of what prevents the import of this line; empty when it is valid. */
  problems: string[];
  /** True when an account already uses the address: one of the problems, and the one to ignore on a second import. */
  alreadyExists?: boolean;
}

/** Response of `POST /api/admin/accounts/import/preview`; nothing is written. */
export interface ImportPreview {
  encoding: 'utf-8' | 'windows-1252';
  separator: ';' | ',';
  lines: ImportLine[];
  validCount: number;
  invalidCount: number;
}

/** Response of `POST /api/admin/accounts/import`. */
export interface ImportResult {
  created: number;
  /** Lines left out because of a problem, an existing account included. */
  skipped: number;
}

export type AuditAction =
  | 'account_created'
  | 'account_updated'
  | 'email_changed'
  | 'account_disabled'
  | 'account_enabled'
  | 'account_unlocked'
  | 'first_connection_email_sent'
  | 'address_request_resolved'
  | 'address_request_rejected'
  | 'address_request_info_requested'
  | 'api_key_created'
  | 'api_key_revoked';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'account_created',
  'account_updated',
  'email_changed',
  'account_disabled',
  'account_enabled',
  'account_unlocked',
  'first_connection_email_sent',
  'address_request_resolved',
  'address_request_rejected',
  'address_request_info_requested',
  'api_key_created',
  'api_key_revoked',
];

/** One admin action, with the account's values before and after it. */
export interface AuditEntryView {
  id: number;
  action: AuditAction;
  actor: { id: number; email: string; firstName: string; lastName: string } | null;
  accountId: number | null;
  accountEmail: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

/** Query of `GET /api/admin/audit`, all optional. */
export interface AuditQuery {
  /** Address of the gestionnaire who acted. */
  actor?: string;
  /** Address of the account acted on. */
  account?: string;
  action?: AuditAction;
  /** ISO date or date-time, inclusive. */
  from?: string;
  /** ISO date or date-time, inclusive (a date covers the whole day). */
  to?: string;
  page?: number;
  pageSize?: number;
}
