import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { DisplayedError, readApiError, toDisplayedError } from '../../core/api-error';
import { focusFirstInvalidField } from '../../core/form-focus';
import { NoticeService } from '../../core/notice.service';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { AdminApiService } from '../admin-api.service';
import { focusElement } from '../shared/focus';
import { createAccountForm, focusableFields, readAccountForm } from './account-form';
import { AccountFormFields } from './account-form-fields';

const ID_PREFIX = 'create';

/** Returns the notice shown on the new account's page. */
export function accountCreatedMessage(email: string): string {
  return `Le compte a été créé. Un mail de bienvenue a été envoyé à ${email}.`;
}

/** "Créer un compte" page. On success it opens the new account's page with a notice. */
@Component({
  selector: 'dpec-account-create-page',
  imports: [ReactiveFormsModule, RouterLink, AccountFormFields, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Créer un compte</h1>
    <p>
      Le titulaire du compte reçoit un mail de bienvenue. Il choisit ensuite son mot de passe depuis la page
      « Première connexion ou mot de passe oublié ».
    </p>
    <p class="fr-text--sm">Tous les champs sont obligatoires.</p>

    @if (error(); as shownError) {
      <dpec-error-alert [error]="shownError" />
    }

    <form novalidate (ngSubmit)="submit()" [formGroup]="form" class="fr-col-12 fr-col-lg-8">
      <dpec-account-form-fields
        [form]="form"
        [idPrefix]="idPrefix"
        [showErrors]="submitted()"
        [rejectedFields]="rejectedFields()"
      />
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button type="submit" class="fr-btn" [attr.aria-disabled]="pending() ? 'true' : null">Créer le compte</button>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary" routerLink="/admin/comptes">Annuler</a>
        </li>
      </ul>
    </form>
  `,
})
export class AccountCreatePage {
  private readonly api = inject(AdminApiService);
  private readonly notices = inject(NoticeService);
  private readonly router = inject(Router);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly idPrefix = ID_PREFIX;
  protected readonly form = createAccountForm();
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<DisplayedError | null>(null);
  protected readonly rejectedFields = signal<Readonly<Record<string, string[]>> | null>(null);

  protected submit(): void {
    if (this.pending()) {
      return;
    }

    this.submitted.set(true);
    if (focusFirstInvalidField(this.host, focusableFields(this.form, ID_PREFIX))) {
      return;
    }

    const body = readAccountForm(this.form);
    this.pending.set(true);
    this.error.set(null);
    this.rejectedFields.set(null);
    this.api.createAccount(body).subscribe({
      next: (account) => {
        this.pending.set(false);
        this.notices.publish({ kind: 'success', text: accountCreatedMessage(account.email) });
        void this.router.navigate(['/admin/comptes', account.id]);
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.error.set(toDisplayedError(failure));
        this.rejectedFields.set(readApiError(failure)?.fields ?? null);
        this.focusAlert();
      },
    });
  }

  /** Moves focus to the error alert, so that keyboard users continue from the message. */
  private focusAlert(): void {
    afterNextRender(() => focusElement(this.host.querySelector<HTMLElement>('[role="alert"]')), { injector: this.injector });
  }
}
