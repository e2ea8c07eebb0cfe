import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';

import { AuthService } from '../../core/auth.service';
import { ROLE_LABELS } from '../../core/roles';
import { SignOutService } from '../../core/sign-out';
import { ChangePasswordSection } from './change-password-section';
import { SessionsSection } from './sessions-section';

/** The logged-in user's page; `authGuard` has loaded the account before it opens. */
@Component({
  selector: 'dpec-account-page',
  imports: [ChangePasswordSection, SessionsSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-page.html',
})
export class AccountPage {
  protected readonly account = inject(AuthService).account;
  protected readonly signOutService = inject(SignOutService);

  private readonly sessionsSection = viewChild.required(SessionsSection);

  protected readonly roleNames = computed(() =>
    (this.account()?.roles ?? []).map((role) => ROLE_LABELS[role] ?? role).join(', '),
  );

  /** Fetches the session list again, because a password change ends the other sessions. */
  protected onPasswordChanged(): void {
    this.sessionsSection().reload();
  }
}
