import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { AdminAccountView } from '@dpec/contracts';
import { Observable, map } from 'rxjs';

import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { withDe } from '../../core/french-elision';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { AdminApiService } from '../admin-api.service';
import { fullName } from '../admin-labels';
import { focusElement } from '../shared/focus';

export type AccountAction = 'disable' | 'enable' | 'unlock' | 'firstConnectionEmail';

/** Texts of an action: its button, the confirmation step and the outcome. */
interface ActionTexts {
  button: string;
  question: (account: AdminAccountView) => string;
  explanation: string;
  confirm: string;
  success: (account: AdminAccountView) => string;
}

const ACTION_TEXTS: Readonly<Record<AccountAction, ActionTexts>> = {
  disable: {
    button: 'Désactiver le compte',
    question: (account) => `Désactiver le compte ${withDe(fullName(account))} ?`,
    explanation: 'Son titulaire ne pourra plus se connecter. Vous pourrez réactiver le compte à tout moment.',
    confirm: 'Confirmer la désactivation',
    success: () => 'Le compte a été désactivé.',
  },
  enable: {
    button: 'Réactiver le compte',
    question: (account) => `Réactiver le compte ${withDe(fullName(account))} ?`,
    explanation: 'Son titulaire pourra de nouveau se connecter.',
    confirm: 'Confirmer la réactivation',
    success: () => 'Le compte a été réactivé.',
  },
  unlock: {
    button: 'Déverrouiller',
    question: (account) => `Déverrouiller le compte ${withDe(fullName(account))} ?`,
    explanation:
      'Le compte a été verrouillé après plusieurs échecs de connexion. Son titulaire pourra se connecter sans attendre la fin du verrouillage.',
    confirm: 'Confirmer le déverrouillage',
    success: () => 'Le compte a été déverrouillé.',
  },
  firstConnectionEmail: {
    button: 'Envoyer un nouveau mail de première connexion',
    question: (account) => `Envoyer un nouveau mail de première connexion à ${account.email} ?`,
    explanation: 'Ce mail invite le titulaire à choisir son mot de passe.',
    confirm: 'Envoyer le mail',
    success: (account) => `Un mail de première connexion a été envoyé à ${account.email}.`,
  },
};

const HEADING_ID = 'account-actions-title';
const CONFIRM_TITLE_ID = 'account-confirm-title';

/**
 * "Actions" section of an account's page. Each action shows an inline confirmation step
 * before it calls the API.
 */
@Component({
  selector: 'dpec-account-actions-section',
  imports: [ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-actions-section.html',
})
export class AccountActionsSection {
  private readonly api = inject(AdminApiService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  readonly account = input.required<AdminAccountView>();
  /** Emitted with the account as the API returns it after an action that changes it. */
  readonly updated = output<AdminAccountView>();

  protected readonly headingId = HEADING_ID;
  protected readonly confirmTitleId = CONFIRM_TITLE_ID;
  protected readonly texts = ACTION_TEXTS;
  /** Action waiting for confirmation, or null. */
  protected readonly confirming = signal<AccountAction | null>(null);
  protected readonly pending = signal(false);
  protected readonly error = signal<DisplayedError | null>(null);
  protected readonly outcome = signal('');

  /** Actions that apply to the account as it is now. */
  protected readonly available = computed<AccountAction[]>(() => {
    const account = this.account();
    const actions: AccountAction[] = [account.disabled ? 'enable' : 'disable'];
    if (account.locked) {
      actions.push('unlock');
    }
    actions.push('firstConnectionEmail');
    return actions;
  });

  protected buttonId(action: AccountAction): string {
    return `account-action-${action}`;
  }

  protected ask(action: AccountAction): void {
    this.confirming.set(action);
    this.error.set(null);
    this.outcome.set('');
    this.focusAfterRender(`#${CONFIRM_TITLE_ID}`);
  }

  protected cancel(): void {
    const action = this.confirming();
    this.confirming.set(null);
    if (action) {
      this.focusAfterRender(`#${this.buttonId(action)}`);
    }
  }

  protected confirm(): void {
    const action = this.confirming();
    if (!action || this.pending()) {
      return;
    }

    const account = this.account();
    this.pending.set(true);
    this.run(action, account.id).subscribe({
      next: (saved) => {
        this.pending.set(false);
        this.confirming.set(null);
        this.outcome.set(ACTION_TEXTS[action].success(saved ?? account));
        if (saved) {
          this.updated.emit(saved);
        }
        this.focusAfterRender(`#${HEADING_ID}`);
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.confirming.set(null);
        this.error.set(toDisplayedError(failure));
        this.focusAfterRender('[role="alert"]');
      },
    });
  }

  /** Calls the API; the e-mail action returns no account, hence null. */
  private run(action: AccountAction, id: number): Observable<AdminAccountView | null> {
    switch (action) {
      case 'disable':
        return this.api.disableAccount(id);
      case 'enable':
        return this.api.enableAccount(id);
      case 'unlock':
        return this.api.unlockAccount(id);
      case 'firstConnectionEmail':
        return this.api.sendFirstConnectionEmail(id).pipe(map(() => null));
    }
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => focusElement(this.host.querySelector<HTMLElement>(selector)), { injector: this.injector });
  }
}
