import type { Role } from '@dpec/contracts';
import type { Account } from './account.entity';
import { normalizeEmail } from './email';
import { searchTextOf } from './search-text';

export interface NewAccount {
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
}

/** Column values of a new account: normalised address, trimmed names, no password, no lock. */
export function newAccountRow(input: NewAccount, now: Date): Omit<Account, 'id'> {
  const values = { email: normalizeEmail(input.email), firstName: input.firstName.trim(), lastName: input.lastName.trim() };
  return {
    ...values,
    roles: [...new Set(input.roles)],
    searchText: searchTextOf(values),
    passwordHash: null,
    disabledAt: null,
    lastLoginAt: null,
    failedLoginCount: 0,
    loginDelayUntil: null,
    lockedUntil: null,
    createdAt: now,
    updatedAt: now,
  };
}
