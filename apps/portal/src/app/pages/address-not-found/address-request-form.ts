import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { AddressRequestSubmission, CAPTCHA_LENGTH } from '@dpec/contracts';

/** Limits that the API applies to the request body. */
export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
export const ROLE_OR_EXAM_MAX_LENGTH = 200;
export const MESSAGE_MAX_LENGTH = 2000;
export const OTHER_EMAILS_MAX = 5;

/** Same rule as the API: something, an @, a domain with at least one dot, and no space. */
const EMAIL_FORMAT = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Text fields of the form, named as in the request body so that the API's `fields` map onto them. */
export type RequestFieldName = 'lastName' | 'firstName' | 'triedEmail' | 'contactEmail' | 'roleOrExam' | 'message';

export type AddressRequestForm = FormGroup<{
  lastName: FormControl<string>;
  firstName: FormControl<string>;
  triedEmail: FormControl<string>;
  contactEmail: FormControl<string>;
  otherEmails: FormArray<FormControl<string>>;
  roleOrExam: FormControl<string>;
  message: FormControl<string>;
  captchaCode: FormControl<string>;
}>;

export function createAddressRequestForm(): AddressRequestForm {
  return new FormGroup({
    lastName: requiredText(NAME_MAX_LENGTH),
    firstName: requiredText(NAME_MAX_LENGTH),
    triedEmail: emailControl(true),
    contactEmail: emailControl(true),
    otherEmails: new FormArray<FormControl<string>>([]),
    roleOrExam: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(ROLE_OR_EXAM_MAX_LENGTH)] }),
    message: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(MESSAGE_MAX_LENGTH)] }),
    captchaCode: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(CAPTCHA_LENGTH), Validators.maxLength(CAPTCHA_LENGTH)],
    }),
  });
}

/** Creates an input of "Autres adresses utilisées". It may stay empty, and is then left out of the request. */
export function createOtherEmailControl(): FormControl<string> {
  return emailControl(false);
}

/** Returns the request body: trimmed values, empty optional fields and empty other addresses left out. */
export function readAddressRequestForm(form: AddressRequestForm, captchaId: string): AddressRequestSubmission {
  const value = form.getRawValue();
  const otherEmails = value.otherEmails.map((email) => email.trim()).filter((email) => email !== '');
  const roleOrExam = value.roleOrExam.trim();
  const message = value.message.trim();

  return {
    lastName: value.lastName.trim(),
    firstName: value.firstName.trim(),
    triedEmail: value.triedEmail.trim(),
    contactEmail: value.contactEmail.trim(),
    ...(otherEmails.length > 0 ? { otherEmails } : {}),
    ...(roleOrExam ? { roleOrExam } : {}),
    ...(message ? { message } : {}),
    captchaId,
    captchaCode: value.captchaCode,
  };
}

/** Returns the French message of an invalid text field, or null when the field is valid. */
export function fieldMessage(field: RequestFieldName, control: AbstractControl): string | null {
  if (control.valid) {
    return null;
  }

  switch (field) {
    case 'lastName':
      return control.hasError('maxlength') ? `Le nom ne peut pas dépasser ${NAME_MAX_LENGTH} caractères.` : 'Saisissez votre nom.';
    case 'firstName':
      return control.hasError('maxlength')
        ? `Le prénom ne peut pas dépasser ${NAME_MAX_LENGTH} caractères.`
        : 'Saisissez votre prénom.';
    case 'triedEmail':
      return emailMessage(control, 'Saisissez l’adresse mail que vous avez essayée.');
    case 'contactEmail':
      return emailMessage(control, 'Saisissez l’adresse mail à laquelle le support peut vous répondre.');
    case 'roleOrExam':
      return `Ce champ ne peut pas dépasser ${ROLE_OR_EXAM_MAX_LENGTH} caractères.`;
    case 'message':
      return `Le message ne peut pas dépasser ${formatCount(MESSAGE_MAX_LENGTH)} caractères.`;
  }
}

/** Returns the French message of an invalid "autre adresse", or null when it is valid. */
export function otherEmailMessage(control: AbstractControl): string | null {
  return control.valid ? null : emailMessage(control, '');
}

/** Writes a number the French way, with a no-break space between thousands: "2 000". */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('fr-FR').format(value).replace(/\s/g, '\u00a0');
}

function emailMessage(control: AbstractControl, requiredMessage: string): string {
  if (control.hasError('required')) {
    return requiredMessage;
  }
  if (control.hasError('maxlength')) {
    return `L’adresse mail ne peut pas dépasser ${EMAIL_MAX_LENGTH} caractères.`;
  }
  return 'Saisissez une adresse mail valide, au format nom@domaine.fr.';
}

function requiredText(maxLength: number): FormControl<string> {
  return new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(maxLength), notBlank] });
}

function emailControl(required: boolean): FormControl<string> {
  const validators = [Validators.maxLength(EMAIL_MAX_LENGTH), emailFormat];
  return new FormControl('', { nonNullable: true, validators: required ? [Validators.required, notBlank, ...validators] : validators });
}

/** Accepts an empty value, which `Validators.required` handles, and surrounding spaces, which the API trims. */
function emailFormat(control: AbstractControl): ValidationErrors | null {
  const value = typeof control.value === 'string' ? control.value.trim() : '';
  return value === '' || EMAIL_FORMAT.test(value) ? null : { email: true };
}

function notBlank(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value !== '' && control.value.trim() === '' ? { required: true } : null;
}
