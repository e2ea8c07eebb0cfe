import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { AdminAccountView } from '@dpec/contracts';

import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { formatDateTime } from '../../core/date-format';
import { Notice, NoticeService } from '../../core/notice.service';
import { SERVICE_NAME } from '../../core/title-strategy';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { AdminApiService } from '../admin-api.service';
import { CONSOLE_TITLE, fullName, roleNames, statusBadges } from '../admin-labels';
import { AccountActionsSection } from './account-actions-section';
import { AccountEditSection } from './account-edit-section';

/** An account's page: its details, the edit form and the actions. */
@Component({
  selector: 'dpec-account-detail-page',
  imports: [RouterLink, AccountActionsSection, AccountEditSection, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-detail-page.html',
})
export class AccountDetailPage {
  private readonly api = inject(AdminApiService);
  private readonly title = inject(Title);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly notice: Notice | null = inject(NoticeService).take();
  protected readonly account = signal<AdminAccountView | null>(null);
  protected readonly error = signal<DisplayedError | null>(null);

  protected readonly name = computed(() => {
    const account = this.account();
    return account ? fullName(account) : '';
  });
  protected readonly details = computed(() => {
    const account = this.account();
    return account ? describe(account) : null;
  });
  protected readonly auditQuery = computed(() => ({ account: this.account()?.email ?? '' }));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
  }

  protected onUpdated(account: AdminAccountView): void {
    this.account.set(account);
    this.updateTitle(account);
  }

  protected load(id: string): void {
    this.error.set(null);
    this.api.getAccount(Number(id)).subscribe({
      next: (account) => this.onUpdated(account),
      error: (failure: unknown) => this.error.set(toDisplayedError(failure)),
    });
  }

  /** Names the account in the page title, which the route could only give as "Compte". */
  private updateTitle(account: AdminAccountView): void {
    this.title.setTitle(`${fullName(account)} - Comptes - ${CONSOLE_TITLE} - ${SERVICE_NAME}`);
  }
}

function describe(account: AdminAccountView) {
  return {
    roles: roleNames(account.roles),
    badges: statusBadges(account),
    lastLogin: account.lastLoginAt ? formatDateTime(account.lastLoginAt) : 'Jamais',
    created: formatDateTime(account.createdAt),
    lockedUntil: account.locked && account.lockedUntil ? formatDateTime(account.lockedUntil) : null,
    password: account.hasPassword ? 'Choisi' : 'Pas encore choisi',
  };
}
