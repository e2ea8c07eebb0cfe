import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { AdminAccountView, CreateAccountRequest, ROLES, Role } from '@dpec/contracts';

import { FocusableField } from '../../core/form-focus';

/** Maximum lengths that the API accepts. */
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 100;

export type RoleControls = Record<Role, FormControl<boolean>>;

export type AccountForm = FormGroup<{
  email: FormControl<string>;
  firstName: FormControl<string>;
  lastName: FormControl<string>;
  roles: FormGroup<RoleControls>;
}>;

/** Fields of the form, named as in the request body so that the API's `fields` map onto them. */
export type AccountFieldName = keyof CreateAccountRequest;

/** Fails when no role box is ticked. */
function atLeastOneRole(group: AbstractControl): ValidationErrors | null {
  const values = Object.values((group as FormGroup<RoleControls>).getRawValue());
  return values.some(Boolean) ? null : { noRole: true };
}

/** Creates the form of an account, empty or filled with `account`. */
export function createAccountForm(account?: AdminAccountView): AccountForm {
  const roles = Object.fromEntries(
    ROLES.map((role) => [role, new FormControl(account?.roles.includes(role) ?? false, { nonNullable: true })]),
  ) as RoleControls;

  return new FormGroup({
    email: new FormControl(account?.email ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)],
    }),
    firstName: new FormControl(account?.firstName ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(NAME_MAX_LENGTH), notBlank],
    }),
    lastName: new FormControl(account?.lastName ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(NAME_MAX_LENGTH), notBlank],
    }),
    roles: new FormGroup(roles, { validators: atLeastOneRole }),
  });
}

/** Returns the form's values as the API expects them: trimmed, with the ticked roles in the order of ROLES. */
export function readAccountForm(form: AccountForm): CreateAccountRequest {
  const value = form.getRawValue();
  return {
    email: value.email.trim(),
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    roles: ROLES.filter((role) => value.roles[role]),
  };
}

/** Returns the ids of the inputs, in the order in which the first invalid one receives focus. */
export function accountFieldIds(prefix: string): Record<AccountFieldName, string> {
  return {
    email: `${prefix}-email`,
    firstName: `${prefix}-first-name`,
    lastName: `${prefix}-last-name`,
    roles: `${prefix}-role-${ROLES[0]}`,
  };
}

export function focusableFields(form: AccountForm, prefix: string): FocusableField[] {
  const ids = accountFieldIds(prefix);
  return [
    [form.controls.email, ids.email],
    [form.controls.firstName, ids.firstName],
    [form.controls.lastName, ids.lastName],
    [form.controls.roles, ids.roles],
  ];
}

function notBlank(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value !== '' && control.value.trim() === '' ? { required: true } : null;
}
