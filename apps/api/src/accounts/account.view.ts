import type { AccountView } from '@dpec/contracts';
import type { Account } from './account.entity';

/** Maps an account to its public view: never the password hash or internal dates. */
export function toAccountView(account: Account): AccountView {
  return {
    id: account.id,
    email: account.email,
    firstName: account.firstName,
    lastName: account.lastName,
    roles: [...account.roles],
  };
}
