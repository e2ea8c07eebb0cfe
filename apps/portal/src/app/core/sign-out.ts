import { Injectable, inject, signal } from '@angular/core';
import { Router } from '@angular/router';

import { DisplayedError, toDisplayedError } from './api-error';
import { AuthService } from './auth.service';
import { NoticeService } from './notice.service';

/** Logs out and opens the login page with "Vous êtes déconnecté.", from the header or the account page. */
@Injectable({ providedIn: 'root' })
export class SignOutService {
  private readonly auth = inject(AuthService);
  private readonly notices = inject(NoticeService);
  private readonly router = inject(Router);

  /** Error of the last failed attempt, for the layout to show; cleared by the next attempt. */
  readonly error = signal<DisplayedError | null>(null);
  readonly pending = signal(false);

  signOut(): void {
    if (this.pending()) {
      return;
    }

    this.pending.set(true);
    this.error.set(null);
    this.auth.logout().subscribe({
      next: () => {
        this.pending.set(false);
        this.notices.publish({ kind: 'success', text: 'Vous êtes déconnecté.' });
        void this.router.navigateByUrl('/connexion');
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.error.set(toDisplayedError(failure));
      },
    });
  }
}
