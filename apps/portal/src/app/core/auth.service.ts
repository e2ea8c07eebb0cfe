import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { AccountView, LoginRequest, LoginResponse } from '@dpec/contracts';
import { Observable, catchError, finalize, map, of, shareReplay, tap, throwError } from 'rxjs';

/**
 * Stores the logged-in account as the API last returned it. The session itself is in an
 * HttpOnly cookie that the portal cannot read, so `GET /api/auth/me` is the only way to check it.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);

  /** Undefined until the first check, then the account or null when logged out. */
  private readonly currentAccount = signal<AccountView | null | undefined>(undefined);
  private inFlightCheck: Observable<AccountView | null> | null = null;

  readonly account = this.currentAccount.asReadonly();
  readonly loggedIn = computed(() => !!this.currentAccount());

  /**
   * Fetches the current session's account and returns null on 401.
   * Concurrent callers share one request. Other failures are passed on.
   */
  loadAccount(): Observable<AccountView | null> {
    if (this.inFlightCheck) {
      return this.inFlightCheck;
    }

    this.inFlightCheck = this.http.get<AccountView>('/api/auth/me').pipe(
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 401 ? of(null) : throwError(() => error),
      ),
      tap((account) => this.currentAccount.set(account)),
      finalize(() => (this.inFlightCheck = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );

    return this.inFlightCheck;
  }

  /** Returns the known account without a request when the portal has checked it already. */
  ensureAccount(): Observable<AccountView | null> {
    const known = this.currentAccount();
    return known === undefined ? this.loadAccount() : of(known);
  }

  login(body: LoginRequest): Observable<AccountView> {
    return this.http.post<LoginResponse>('/api/auth/login', body).pipe(
      map((response) => response.account),
      tap((account) => this.currentAccount.set(account)),
    );
  }

  /** Records that the session has ended without a request, after the API ended it or reported it gone. */
  forgetAccount(): void {
    this.currentAccount.set(null);
  }

  /** Ends the session on the server. A 401 means that it had already ended, which counts as success. */
  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null).pipe(
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 401 ? of(undefined) : throwError(() => error),
      ),
      map(() => undefined),
      tap(() => this.currentAccount.set(null)),
    );
  }
}
