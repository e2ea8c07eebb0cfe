import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AccountListQuery,
  AdminAccountView,
  AuditEntryView,
  AuditQuery,
  CreateAccountRequest,
  ImportPreview,
  ImportResult,
  Page,
  UpdateAccountRequest,
} from '@dpec/contracts';
import { Observable } from 'rxjs';

const ACCOUNTS_URL = '/api/admin/accounts';
const AUDIT_URL = '/api/admin/audit';

/** Query values as they go into a URL; empty strings and undefined values are left out. */
type QueryValues = Readonly<Record<string, string | number | undefined>>;

/** Calls of the admin console to `/api/admin`, which only a gestionnaire may use. */
@Injectable({ providedIn: 'root' })
export class AdminApiService {
  private readonly http = inject(HttpClient);

  listAccounts(query: AccountListQuery): Observable<Page<AdminAccountView>> {
    return this.http.get<Page<AdminAccountView>>(ACCOUNTS_URL, { params: toHttpParams({ ...query }) });
  }

  getAccount(id: number): Observable<AdminAccountView> {
    return this.http.get<AdminAccountView>(accountUrl(id));
  }

  /** Creates the account; the API sends its owner a welcome e-mail. */
  createAccount(body: CreateAccountRequest): Observable<AdminAccountView> {
    return this.http.post<AdminAccountView>(ACCOUNTS_URL, body);
  }

  /** Changes the given fields. The API e-mails both addresses on an address change and cancels pending reset links. */
  updateAccount(id: number, body: UpdateAccountRequest): Observable<AdminAccountView> {
    return this.http.patch<AdminAccountView>(accountUrl(id), body);
  }

  disableAccount(id: number): Observable<AdminAccountView> {
    return this.http.post<AdminAccountView>(`${accountUrl(id)}/disable`, null);
  }

  enableAccount(id: number): Observable<AdminAccountView> {
    return this.http.post<AdminAccountView>(`${accountUrl(id)}/enable`, null);
  }

  unlockAccount(id: number): Observable<AdminAccountView> {
    return this.http.post<AdminAccountView>(`${accountUrl(id)}/unlock`, null);
  }

  sendFirstConnectionEmail(id: number): Observable<void> {
    return this.http.post<void>(`${accountUrl(id)}/first-connection-email`, null);
  }

  /** Reads the CSV file on the server and returns its lines with their problems; nothing is written. */
  previewImport(file: Blob): Observable<ImportPreview> {
    return this.http.post<ImportPreview>(`${ACCOUNTS_URL}/import/preview`, file, { headers: { 'Content-Type': 'text/csv' } });
  }

  /** Creates the accounts of the valid lines of the CSV file. */
  importAccounts(file: Blob): Observable<ImportResult> {
    return this.http.post<ImportResult>(`${ACCOUNTS_URL}/import`, file, { headers: { 'Content-Type': 'text/csv' } });
  }

  listAuditEntries(query: AuditQuery): Observable<Page<AuditEntryView>> {
    return this.http.get<Page<AuditEntryView>>(AUDIT_URL, { params: toHttpParams({ ...query }) });
  }
}

/**
 * Returns the URL of the CSV export of the accounts that match `query`, for a download link.
 * Paging is left out because the export contains every matching account.
 */
export function accountExportUrl(query: AccountListQuery): string {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  const params = toHttpParams(filters).toString();
  return params ? `${ACCOUNTS_URL}/export?${params}` : `${ACCOUNTS_URL}/export`;
}

function accountUrl(id: number): string {
  return `${ACCOUNTS_URL}/${encodeURIComponent(String(id))}`;
}

function toHttpParams(values: QueryValues): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') {
      params = params.set(name, String(value));
    }
  }
  return params;
}
