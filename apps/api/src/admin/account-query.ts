import type { AccountSortField } from '@dpec/contracts';
import { Brackets, SelectQueryBuilder } from 'typeorm';
import type { Account } from '../accounts/account.entity';
import { foldForSearch } from '../accounts/search-text';
import type { AccountListQueryDto } from './admin.dto';

const SORT_COLUMNS: Record<AccountSortField, string> = {
  lastName: 'account.last_name',
  firstName: 'account.first_name',
  email: 'account.email',
  createdAt: 'account.created_at',
  lastLoginAt: 'account.last_login_at',
};

/**
 * Escapes LIKE wildcards so that a typed % or _ matches itself. The escape
 * character is !, because a backslash is itself an escape in MySQL string literals
 * but not in SQLite ones.
 */
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (character) => `!${character}`);
}

/**
 * Applies the console's search, role and status filters and the sort to a query
 * on accounts. Each search word must appear in the folded names or address.
 */
export function applyAccountFilters(builder: SelectQueryBuilder<Account>, query: AccountListQueryDto, now: Date): SelectQueryBuilder<Account> {
  const words = foldForSearch(query.q ?? '').split(/\s+/).filter((word) => word.length > 0).slice(0, 10);
  words.forEach((word, index) => {
    builder.andWhere(`account.search_text LIKE :word${index} ESCAPE '!'`, { [`word${index}`]: `%${escapeLike(word)}%` });
  });

  if (query.role !== undefined) {
    // roles is a comma-separated list: match the role alone, first, last or in the middle.
    const role = query.role;
    builder.andWhere(
      new Brackets((roles) =>
        roles
          .where('account.roles = :roleOnly', { roleOnly: role })
          .orWhere('account.roles LIKE :roleFirst', { roleFirst: `${role},%` })
          .orWhere('account.roles LIKE :roleLast', { roleLast: `%,${role}` })
          .orWhere('account.roles LIKE :roleMiddle', { roleMiddle: `%,${role},%` }),
      ),
    );
  }

  switch (query.status) {
    case 'active':
      builder.andWhere('account.disabled_at IS NULL');
      break;
    case 'disabled':
      builder.andWhere('account.disabled_at IS NOT NULL');
      break;
    case 'locked':
      builder.andWhere('account.locked_until > :now', { now });
      break;
    case 'never_logged_in':
      builder.andWhere('account.last_login_at IS NULL');
      break;
    default:
      break;
  }

  const order = query.order === 'desc' ? 'DESC' : 'ASC';
  const sort = SORT_COLUMNS[query.sort ?? 'lastName'];
  builder.orderBy(sort, order);
  if (sort === SORT_COLUMNS.lastName) {
    builder.addOrderBy(SORT_COLUMNS.firstName, order);
  }
  return builder.addOrderBy('account.id', order);
}
