import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  PasswordResetCompletion,
  PasswordResetRequest,
  PasswordResetRequested,
  ResetLinkStatus,
} from '@dpec/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class PasswordResetService {
  private readonly http = inject(HttpClient);

  /** Requests a reset link by e-mail. The API returns the same response whether the address is known or not. */
  request(body: PasswordResetRequest): Observable<PasswordResetRequested> {
    return this.http.post<PasswordResetRequested>('/api/password-reset', body);
  }

  /** Checks that a reset link is still valid; fails with 410 when it has expired or was used. */
  checkLink(accountId: string, token: string): Observable<ResetLinkStatus> {
    return this.http.get<ResetLinkStatus>(this.linkUrl(accountId, token));
  }

  /** Sets the new password through a reset link, which the API then invalidates. */
  complete(accountId: string, token: string, body: PasswordResetCompletion): Observable<void> {
    return this.http.post<void>(this.linkUrl(accountId, token), body);
  }

  private linkUrl(accountId: string, token: string): string {
    return `/api/password-reset/${encodeURIComponent(accountId)}/${encodeURIComponent(token)}`;
  }
}
