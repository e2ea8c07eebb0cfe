import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { AuthService } from '../../core/auth.service';
import { ROLE_LABELS } from '../../core/roles';
import { SignOutService } from '../../core/sign-out';

/** The logged-in user's page; `authGuard` has loaded the account before it opens. */
@Component({
  selector: 'dpec-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-page.html',
})
export class AccountPage {
  protected readonly account = inject(AuthService).account;
  protected readonly signOutService = inject(SignOutService);

  protected readonly roleNames = computed(() =>
    (this.account()?.roles ?? []).map((role) => ROLE_LABELS[role] ?? role).join(', '),
  );
}
