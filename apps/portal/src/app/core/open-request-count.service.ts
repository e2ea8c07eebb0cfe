import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { Subscription } from 'rxjs';

/**
 * Number of open "adresse introuvable" requests, for the header link of the console. Fetched on
 * demand (after a navigation or a support action), never polled.
 */
@Injectable({ providedIn: 'root' })
export class OpenRequestCountService {
  private readonly http = inject(HttpClient);
  private pendingRequest: Subscription | null = null;

  /** Null until the first response, and after a failure, so that no stale or wrong number shows. */
  readonly count = signal<number | null>(null);

  /** Fetches the count again; a newer call cancels a pending one. */
  refresh(): void {
    this.pendingRequest?.unsubscribe();
    this.pendingRequest = this.http.get<{ open: number }>('/api/admin/address-requests/open-count').subscribe({
      next: (response) => this.count.set(response.open),
      error: () => this.count.set(null),
    });
  }

  /** Forgets the count, after a logout, so that the next account does not see it. */
  clear(): void {
    this.pendingRequest?.unsubscribe();
    this.count.set(null);
  }
}
