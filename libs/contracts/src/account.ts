/** An open session of the logged-in account, as `GET /api/account/sessions` lists it. */
export interface SessionView {
  /** Public id of the session, distinct from the cookie value. */
  id: string;
  /** Browser and system read from the User-Agent, e.g. "Firefox sur Windows"; null when unknown. */
  browser: string | null;
  createdAt: string;
  lastSeenAt: string;
  /** True for the session that made this request. */
  current: boolean;
}

/** Body of `POST /api/account/password`. */
export interface ChangePasswordRequest {
  currentPassword: string;
  password: string;
  confirmation: string;
}

export type SecurityEventType =
  | 'login_succeeded'
  | 'login_failed'
  | 'account_locked'
  | 'account_unlocked'
  | 'reset_requested'
  | 'reset_completed'
  | 'password_changed'
  | 'session_ended';

/** One entry of the security log, as `GET /api/admin/security-events` lists it. */
export interface SecurityEventView {
  id: number;
  type: SecurityEventType;
  /** Outcome, e.g. `wrong_password`, `locked`, `mail_sent`, `rate_limited`. */
  detail: string | null;
  accountId: number | null;
  clientAddress: string | null;
  userAgent: string | null;
  createdAt: string;
}
