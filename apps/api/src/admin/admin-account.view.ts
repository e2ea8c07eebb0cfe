import type { AdminAccountView } from '@dpec/contracts';
import type { Account } from '../accounts/account.entity';

/** Maps an account for the console: never the password hash, only whether there is one. */
export function toAdminAccountView(account: Account, now: Date): AdminAccountView {
  const locked = account.lockedUntil !== null && account.lockedUntil.getTime() > now.getTime();
  return {
    id: account.id,
    email: account.email,
    firstName: account.firstName,
    lastName: account.lastName,
    roles: [...account.roles],
    disabled: account.disabledAt !== null,
    locked,
    lockedUntil: locked ? (account.lockedUntil?.toISOString() ?? null) : null,
    hasPassword: account.passwordHash !== null,
    lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}

/** Returns the fields an audit entry records, before and after a change. */
export function auditedValues(account: Pick<Account, 'email' | 'firstName' | 'lastName' | 'roles' | 'disabledAt'>): Record<string, unknown> {
  return {
    email: account.email,
    firstName: account.firstName,
    lastName: account.lastName,
    roles: [...account.roles],
    disabled: account.disabledAt !== null,
  };
}
