import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ChangePasswordRequest, SessionView } from '@dpec/contracts';
import { Observable } from 'rxjs';

/** Calls of the logged-in user on their own account: open sessions and password change. */
@Injectable({ providedIn: 'root' })
export class AccountService {
  private readonly http = inject(HttpClient);

  listSessions(): Observable<SessionView[]> {
    return this.http.get<SessionView[]>('/api/account/sessions');
  }

  /** Ends one session, which logs the user out if it is the current one. Fails with 404 when it no longer exists. */
  endSession(sessionId: string): Observable<void> {
    return this.http.delete<void>(`/api/account/sessions/${encodeURIComponent(sessionId)}`);
  }

  /** Ends every session of the account except the current one. */
  endOtherSessions(): Observable<void> {
    return this.http.delete<void>('/api/account/sessions');
  }

  /** Changes the password. The API then ends the other sessions and e-mails the account owner. */
  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/account/password', body);
  }
}
