import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AddressRequestReceipt, AddressRequestSubmission, RequesterReplyPrompt } from '@dpec/contracts';
import { Observable } from 'rxjs';

/** Public calls of the "adresse introuvable" requests: filing one, and answering the support's question. */
@Injectable({ providedIn: 'root' })
export class AddressRequestService {
  private readonly http = inject(HttpClient);

  /** Files a request. The API returns the same kind of receipt whether or not an account matches. */
  submit(body: AddressRequestSubmission): Observable<AddressRequestReceipt> {
    return this.http.post<AddressRequestReceipt>('/api/address-requests', body);
  }

  /** Loads the support's question; fails with 410 when the link has expired or was used. */
  loadReplyPrompt(id: string, token: string): Observable<RequesterReplyPrompt> {
    return this.http.get<RequesterReplyPrompt>(this.replyUrl(id, token));
  }

  /** Sends the requester's reply, which the API accepts once per link. */
  reply(id: string, token: string, message: string): Observable<void> {
    return this.http.post<void>(this.replyUrl(id, token), { message });
  }

  private replyUrl(id: string, token: string): string {
    return `/api/address-requests/replies/${encodeURIComponent(id)}/${encodeURIComponent(token)}`;
  }
}
