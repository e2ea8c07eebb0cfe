import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { ROLES } from '@dpec/contracts';

import { ROLE_LABELS } from '../../core/roles';
import { AccountFieldName, AccountForm, EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, accountFieldIds } from './account-form';

/**
 * DSFR fields of an account: address, first name, last name and roles. Client-side errors show
 * once the user has tried to submit; the API's field errors show until the field is edited.
 */
@Component({
  selector: 'dpec-account-form-fields',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-form-fields.html',
})
export class AccountFormFields {
  readonly form = input.required<AccountForm>();
  /** Prefix of the element ids, distinct for each form on a page. */
  readonly idPrefix = input.required<string>();
  readonly showErrors = input(false);
  /** French messages of the API's last 400 response, keyed by body field. */
  readonly rejectedFields = input<Readonly<Record<string, string[]>> | null>(null);

  protected readonly roles = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
  protected readonly ids = computed(() => accountFieldIds(this.idPrefix()));
  /** Fields edited since the last rejection, whose API messages are out of date. */
  private readonly editedFields = linkedSignal<Readonly<Record<string, string[]>> | null, ReadonlySet<string>>({
    source: this.rejectedFields,
    computation: () => new Set<string>(),
  });

  protected roleId(role: string): string {
    return `${this.idPrefix()}-role-${role}`;
  }

  protected errorId(field: AccountFieldName): string {
    return `${this.idPrefix()}-${field}-error`;
  }

  protected markEdited(field: AccountFieldName): void {
    this.editedFields.update((edited) => new Set([...edited, field]));
  }

  protected errors(field: AccountFieldName): string[] {
    const form = this.form();
    const control: AbstractControl = form.controls[field];
    if (this.showErrors() && control.invalid) {
      return [clientMessage(field, control)];
    }
    if (this.editedFields().has(field)) {
      return [];
    }
    return [...(this.rejectedFields()?.[field] ?? [])];
  }
}

function clientMessage(field: AccountFieldName, control: AbstractControl): string {
  switch (field) {
    case 'email':
      if (control.hasError('required')) {
        return 'Saisissez l’adresse mail du titulaire du compte.';
      }
      if (control.hasError('maxlength')) {
        return `L’adresse mail ne peut pas dépasser ${EMAIL_MAX_LENGTH} caractères.`;
      }
      return 'Saisissez une adresse mail valide, au format nom@domaine.fr.';
    case 'firstName':
      return control.hasError('maxlength')
        ? `Le prénom ne peut pas dépasser ${NAME_MAX_LENGTH} caractères.`
        : 'Saisissez le prénom.';
    case 'lastName':
      return control.hasError('maxlength') ? `Le nom ne peut pas dépasser ${NAME_MAX_LENGTH} caractères.` : 'Saisissez le nom.';
    case 'roles':
      return 'Cochez au moins un rôle.';
  }
}
