import { ParamMap } from '@angular/router';
import { AUDIT_ACTIONS, AuditAction, AuditQuery } from '@dpec/contracts';

import { UrlQueryValues, readChoice, readPageNumber } from '../shared/url-query';

export const AUDIT_PAGE_SIZE = 20;

/** Filters and page of the audit page; dates are `AAAA-MM-JJ` as a date input gives them, or empty. */
export interface AuditState {
  actor: string;
  account: string;
  action: AuditAction | '';
  from: string;
  to: string;
  page: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditState(params: ParamMap): AuditState {
  return {
    actor: (params.get('actor') ?? '').trim(),
    account: (params.get('account') ?? '').trim(),
    action: readChoice(params.get('action'), AUDIT_ACTIONS, ''),
    from: readDate(params.get('from')),
    to: readDate(params.get('to')),
    page: readPageNumber(params.get('page')),
  };
}

export function toAuditQuery(state: AuditState): AuditQuery {
  return {
    actor: state.actor || undefined,
    account: state.account || undefined,
    action: state.action || undefined,
    from: state.from || undefined,
    to: state.to || undefined,
    page: state.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}

export function toAuditUrlValues(state: AuditState): UrlQueryValues {
  return { ...state, page: state.page > 1 ? state.page : undefined };
}

function readDate(value: string | null): string {
  return value !== null && ISO_DATE.test(value) ? value : '';
}
