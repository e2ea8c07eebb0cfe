import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, effect, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { AdminAccountView, UpdateAccountRequest } from '@dpec/contracts';

import { DisplayedError, readApiError, toDisplayedError } from '../../core/api-error';
import { focusFirstInvalidField } from '../../core/form-focus';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { AdminApiService } from '../admin-api.service';
import { focusElement } from '../shared/focus';
import { createAccountForm, focusableFields, readAccountForm } from './account-form';
import { AccountFormFields } from './account-form-fields';

const ID_PREFIX = 'edit';
const HEADING_ID = 'account-edit-title';

/** Returns the fields whose values differ from the account's, or null when nothing has changed. */
export function changedFields(account: AdminAccountView, values: Required<UpdateAccountRequest>): UpdateAccountRequest | null {
  const changes: UpdateAccountRequest = {};
  if (values.email.toLowerCase() !== account.email.toLowerCase()) {
    changes.email = values.email;
  }
  if (values.firstName !== account.firstName) {
    changes.firstName = values.firstName;
  }
  if (values.lastName !== account.lastName) {
    changes.lastName = values.lastName;
  }
  const sameRoles = values.roles.length === account.roles.length && values.roles.every((role) => account.roles.includes(role));
  if (!sameRoles) {
    changes.roles = values.roles;
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

/** "Modifier le compte" section of an account's page; sends only the fields that have changed. */
@Component({
  selector: 'dpec-account-edit-section',
  imports: [ReactiveFormsModule, AccountFormFields, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-labelledby]="headingId">
      <h2 [id]="headingId" tabindex="-1">Modifier le compte</h2>
      <p class="fr-text--sm">
        Un changement d’adresse mail est signalé à l’ancienne et à la nouvelle adresse, et annule les liens de
        réinitialisation de mot de passe en cours.
      </p>

      <div aria-live="polite">
        @if (outcome(); as text) {
          <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-4w">
            <p>{{ text }}</p>
          </div>
        }
      </div>
      @if (error(); as shownError) {
        <dpec-error-alert [error]="shownError" />
      }

      <form novalidate [formGroup]="form" (ngSubmit)="submit()">
        <dpec-account-form-fields
          [form]="form"
          [idPrefix]="idPrefix"
          [showErrors]="submitted()"
          [rejectedFields]="rejectedFields()"
        />
        <button type="submit" class="fr-btn" [attr.aria-disabled]="pending() ? 'true' : null">
          Enregistrer les modifications
        </button>
      </form>
    </section>
  `,
})
export class AccountEditSection {
  private readonly api = inject(AdminApiService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  readonly account = input.required<AdminAccountView>();
  /** Emitted with the account as the API returns it after a change. */
  readonly updated = output<AdminAccountView>();

  protected readonly idPrefix = ID_PREFIX;
  protected readonly headingId = HEADING_ID;
  protected readonly form = createAccountForm();
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<DisplayedError | null>(null);
  protected readonly outcome = signal('');
  protected readonly rejectedFields = signal<Readonly<Record<string, string[]>> | null>(null);

  constructor() {
    // Fills the form whenever another version of the account arrives, after an action for example.
    effect(() => {
      const account = this.account();
      this.form.reset(createAccountForm(account).getRawValue());
    });
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }

    this.submitted.set(true);
    this.outcome.set('');
    if (focusFirstInvalidField(this.host, focusableFields(this.form, ID_PREFIX))) {
      return;
    }

    const account = this.account();
    const changes = changedFields(account, readAccountForm(this.form));
    if (!changes) {
      this.outcome.set('Aucune modification à enregistrer.');
      return;
    }

    this.pending.set(true);
    this.error.set(null);
    this.rejectedFields.set(null);
    this.api.updateAccount(account.id, changes).subscribe({
      next: (saved) => {
        this.pending.set(false);
        this.submitted.set(false);
        this.outcome.set(
          changes.email
            ? 'Les modifications ont été enregistrées. Un mail a été envoyé à l’ancienne et à la nouvelle adresse.'
            : 'Les modifications ont été enregistrées.',
        );
        this.updated.emit(saved);
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.error.set(toDisplayedError(failure));
        this.rejectedFields.set(readApiError(failure)?.fields ?? null);
        afterNextRender(() => focusElement(this.host.querySelector<HTMLElement>('[role="alert"]')), {
          injector: this.injector,
        });
      },
    });
  }
}
