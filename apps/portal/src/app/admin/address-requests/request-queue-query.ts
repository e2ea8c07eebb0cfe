import { ParamMap } from '@angular/router';
import { ADDRESS_REQUEST_STATUSES, AddressRequestQuery, AddressRequestStatus } from '@dpec/contracts';

import { UrlQueryValues, readChoice, readPageNumber } from '../shared/url-query';

export const QUEUE_PAGE_SIZE = 20;

/** "open" is the default filter; "all" lifts the status filter. */
export type StatusFilter = AddressRequestStatus | 'open' | 'all';
export const STATUS_FILTERS: readonly StatusFilter[] = ['open', 'all', ...ADDRESS_REQUEST_STATUSES];
export const DEFAULT_STATUS: StatusFilter = 'open';

export type AssigneeFilter = 'me' | 'none';
export const ASSIGNEE_FILTERS: readonly AssigneeFilter[] = ['me', 'none'];

/** Filters and page of the queue, as the URL query keeps them. */
export interface QueueState {
  status: StatusFilter;
  assignee: AssigneeFilter | '';
  /** True to show only the requests handed over for a gestionnaire to create the account. */
  awaiting: boolean;
  q: string;
  page: number;
}

/** Reads the queue state from the URL query; unknown values fall back to the defaults. */
export function readQueueState(params: ParamMap): QueueState {
  return {
    status: readChoice(params.get('status'), STATUS_FILTERS, DEFAULT_STATUS) || DEFAULT_STATUS,
    assignee: readChoice(params.get('assignee'), ASSIGNEE_FILTERS, ''),
    awaiting: params.get('awaiting') === 'true',
    q: (params.get('q') ?? '').trim(),
    page: readPageNumber(params.get('page')),
  };
}

/** Returns the query of `GET /api/admin/address-requests` for a state. */
export function toQueueQuery(state: QueueState): AddressRequestQuery {
  return {
    status: state.status === 'all' ? undefined : state.status,
    assignee: state.assignee || undefined,
    awaitingAccountCreation: state.awaiting ? 'true' : undefined,
    q: state.q || undefined,
    page: state.page,
    pageSize: QUEUE_PAGE_SIZE,
  };
}

/** Returns the URL query of a state, without the values that are the defaults. */
export function toQueueUrlValues(state: QueueState): UrlQueryValues {
  return {
    status: state.status === DEFAULT_STATUS ? undefined : state.status,
    assignee: state.assignee,
    awaiting: state.awaiting ? 'true' : undefined,
    q: state.q,
    page: state.page > 1 ? state.page : undefined,
  };
}

export function sameQueueState(a: QueueState, b: QueueState): boolean {
  return (Object.keys(a) as (keyof QueueState)[]).every((key) => a[key] === b[key]);
}
