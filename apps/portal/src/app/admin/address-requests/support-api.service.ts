import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AddressRequestDetail,
  AddressRequestQuery,
  AddressRequestSummary,
  Page,
  RejectAddressRequest,
  Role,
} from '@dpec/contracts';
import { Observable } from 'rxjs';

const REQUESTS_URL = '/api/admin/address-requests';

/**
 * Calls of the support desk to `/api/admin/address-requests`, open to support agents and
 * gestionnaires. Each action returns the request as it is afterwards.
 */
@Injectable({ providedIn: 'root' })
export class SupportApiService {
  private readonly http = inject(HttpClient);

  listRequests(query: AddressRequestQuery): Observable<Page<AddressRequestSummary>> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') {
        params = params.set(name, String(value));
      }
    }
    return this.http.get<Page<AddressRequestSummary>>(REQUESTS_URL, { params });
  }

  getRequest(id: number): Observable<AddressRequestDetail> {
    return this.http.get<AddressRequestDetail>(requestUrl(id));
  }

  /** "Prendre la demande": the agent becomes its assignee. */
  assign(id: number): Observable<AddressRequestDetail> {
    return this.action(id, 'assign', null);
  }

  /** Adds an internal comment, which the API never sends or shows to the requester. */
  comment(id: number, body: string): Observable<AddressRequestDetail> {
    return this.action(id, 'comments', { body });
  }

  /** E-mails the question to the requester with a link to answer it. */
  requestInformation(id: number, message: string): Observable<AddressRequestDetail> {
    return this.action(id, 'request-information', { message });
  }

  /** Gives the account the contact address. The API e-mails both addresses and sends a link to set a password. */
  resolve(id: number, accountId: number): Observable<AddressRequestDetail> {
    return this.action(id, 'resolve', { accountId });
  }

  /** No account exists: the request waits for a gestionnaire to create one. */
  handOver(id: number): Observable<AddressRequestDetail> {
    return this.action(id, 'hand-over', null);
  }

  /** Creates the account from the request. The API returns 403 to a support agent without the gestionnaire role. */
  createAccount(id: number, roles: Role[]): Observable<AddressRequestDetail> {
    return this.action(id, 'create-account', { roles });
  }

  reject(id: number, body: RejectAddressRequest): Observable<AddressRequestDetail> {
    return this.action(id, 'reject', body);
  }

  private action(id: number, name: string, body: object | null): Observable<AddressRequestDetail> {
    return this.http.post<AddressRequestDetail>(`${requestUrl(id)}/${name}`, body);
  }
}

function requestUrl(id: number): string {
  return `${REQUESTS_URL}/${encodeURIComponent(String(id))}`;
}
