import { ParamMap } from '@angular/router';
import {
  ACCOUNT_SORT_FIELDS,
  ACCOUNT_STATUS_FILTERS,
  AccountListQuery,
  AccountSortField,
  AccountStatusFilter,
  ROLES,
  Role,
} from '@dpec/contracts';

import { UrlQueryValues, readChoice, readPageNumber } from '../shared/url-query';

export const ACCOUNT_PAGE_SIZE = 20;
export const DEFAULT_SORT: AccountSortField = 'lastName';

/** State of the account list: the filters, the sort and the page. */
export interface AccountListState {
  q: string;
  role: Role | '';
  status: AccountStatusFilter | '';
  sort: AccountSortField;
  order: 'asc' | 'desc';
  page: number;
}

export const DEFAULT_LIST_STATE: AccountListState = { q: '', role: '', status: '', sort: DEFAULT_SORT, order: 'asc', page: 1 };

/** Reads the list state from the URL query; unknown values fall back to the defaults. */
export function readListState(params: ParamMap): AccountListState {
  return {
    q: (params.get('q') ?? '').trim(),
    role: readChoice(params.get('role'), ROLES, ''),
    status: readChoice(params.get('status'), ACCOUNT_STATUS_FILTERS, ''),
    sort: readChoice(params.get('sort'), ACCOUNT_SORT_FIELDS, DEFAULT_SORT) || DEFAULT_SORT,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: readPageNumber(params.get('page')),
  };
}

/** Returns the query of `GET /api/admin/accounts` for a state. */
export function toAccountListQuery(state: AccountListState): AccountListQuery {
  return {
    q: state.q || undefined,
    role: state.role || undefined,
    status: state.status || undefined,
    sort: state.sort,
    order: state.order,
    page: state.page,
    pageSize: ACCOUNT_PAGE_SIZE,
  };
}

/** Returns the URL query of a state, without the values that are the defaults. */
export function toUrlValues(state: AccountListState): UrlQueryValues {
  return {
    q: state.q,
    role: state.role,
    status: state.status,
    sort: state.sort === DEFAULT_SORT && state.order === 'asc' ? undefined : state.sort,
    order: state.order === 'asc' ? undefined : state.order,
    page: state.page > 1 ? state.page : undefined,
  };
}
