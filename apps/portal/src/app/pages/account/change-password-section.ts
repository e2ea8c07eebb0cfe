import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ChangePasswordRequest, ErrorCode } from '@dpec/contracts';
import { PasswordContext, normalizePassword } from '@dpec/password-policy';

import { AccountService } from '../../core/account.service';
import { DisplayedError, readApiError, toDisplayedError } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { PasswordField } from '../../shared/password-field/password-field';
import {
  MAX_BYTES_HINT,
  evaluatePassword,
  unlistedRuleMessages,
  unmetRuleMessage,
} from '../../shared/password-rules/password-rules';
import { PasswordRulesCallout } from '../../shared/password-rules/password-rules-callout';
import { estimateStrength } from '../../shared/password-strength/password-strength';
import { PasswordStrengthMeter } from '../../shared/password-strength/password-strength-meter';

type FieldName = keyof ChangePasswordRequest;

/** Field errors of a rejected submit, shown while each field still contains the value that was sent. */
interface Rejection {
  sent: ChangePasswordRequest;
  fields: Partial<Record<FieldName, string[]>>;
}

/** Ids of the inputs, in the order in which the first invalid one receives focus. */
const FIELD_IDS: Readonly<Record<FieldName, string>> = {
  currentPassword: 'change-current-password',
  password: 'change-password',
  confirmation: 'change-confirmation',
};

export const PASSWORD_CHANGED_MESSAGE =
  'Votre mot de passe a été modifié. Vos autres sessions ont été fermées. Un message de confirmation vous a été envoyé.';

/**
 * "Changer de mot de passe" section of the account page. The rules are checked against the
 * logged-in account's names and address as the user types; the API checks them again on submit.
 */
@Component({
  selector: 'dpec-change-password-section',
  imports: [ReactiveFormsModule, ErrorAlert, PasswordField, PasswordRulesCallout, PasswordStrengthMeter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password-section.html',
})
export class ChangePasswordSection {
  private readonly accountService = inject(AccountService);
  private readonly account = inject(AuthService).account;
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;

  /** Emitted after a successful change, which has ended the account's other sessions. */
  readonly passwordChanged = output<void>();

  protected readonly fieldIds = FIELD_IDS;
  protected readonly successMessage = PASSWORD_CHANGED_MESSAGE;
  protected readonly maxBytesHint = MAX_BYTES_HINT;
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
    confirmation: new FormControl('', { nonNullable: true }),
  });

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<DisplayedError | null>(null);
  protected readonly succeeded = signal(false);
  private readonly rejection = signal<Rejection | null>(null);

  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  private readonly currentPassword = computed(() => this.values().currentPassword ?? '');
  private readonly password = computed(() => this.values().password ?? '');
  private readonly confirmation = computed(() => this.values().confirmation ?? '');

  private readonly passwordContext = computed<PasswordContext>(() => {
    const account = this.account();
    return account ? { email: account.email, firstName: account.firstName, lastName: account.lastName } : {};
  });
  private readonly userInputs = computed(() => {
    const { email, firstName, lastName } = this.passwordContext();
    return [email ?? '', firstName ?? '', lastName ?? ''];
  });

  protected readonly ruleStatuses = computed(() => evaluatePassword(this.password(), this.passwordContext()));
  protected readonly passwordTyped = computed(() => this.password() !== '');
  protected readonly strength = estimateStrength(this.password, this.userInputs);
  /** Label of the guessable-password rule, in a list that stays empty unless the estimate finds the password too easy to guess. */
  protected readonly guessableRuleLabels = computed(() => {
    const strength = this.strength();
    return strength?.guessable ? [strength.guessableRuleLabel] : [];
  });

  protected readonly currentPasswordErrors = computed(() => {
    if (this.submitted() && this.currentPassword() === '') {
      return ['Saisissez votre mot de passe actuel.'];
    }
    return this.rejectedFieldErrors('currentPassword', this.currentPassword());
  });

  /**
   * Errors under the new password. Unlisted rules, such as the personal information one, and a
   * guessable password show at once. Listed rules show after a submit attempt, and the rules that
   * the API rejected show after a 400.
   */
  protected readonly passwordErrors = computed(() => {
    const messages = [
      ...unlistedRuleMessages(this.ruleStatuses()),
      ...this.guessableRuleLabels().map(unmetRuleMessage),
    ];
    const listedUnmet = this.ruleStatuses().some((status) => status.rule.listed && !status.met);

    if (this.submitted() && this.password() === '') {
      messages.unshift('Saisissez un nouveau mot de passe.');
    } else if (this.submitted() && listedUnmet) {
      messages.unshift('Le mot de passe ne respecte pas toutes les règles du cadre d’information.');
    }

    const fromApi = this.rejectedFieldErrors('password', this.password());
    return [...messages, ...fromApi.filter((message) => !messages.includes(message))];
  });

  protected readonly confirmationErrors = computed(() => {
    if (this.submitted() && this.confirmation() === '') {
      return ['Saisissez à nouveau le nouveau mot de passe pour le confirmer.'];
    }
    if (this.submitted() && normalizePassword(this.confirmation()) !== normalizePassword(this.password())) {
      return ['La confirmation ne correspond pas au nouveau mot de passe.'];
    }
    return this.rejectedFieldErrors('confirmation', this.confirmation());
  });

  protected submit(): void {
    if (this.pending()) {
      return;
    }

    this.submitted.set(true);
    this.succeeded.set(false);
    if (this.focusFirstFieldWithErrors()) {
      return;
    }

    const body: ChangePasswordRequest = {
      currentPassword: this.currentPassword(),
      password: this.password(),
      confirmation: this.confirmation(),
    };
    this.pending.set(true);
    this.error.set(null);
    this.rejection.set(null);
    this.accountService.changePassword(body).subscribe({
      next: () => this.onChanged(),
      error: (failure: unknown) => this.onRejected(body, failure),
    });
  }

  private onChanged(): void {
    this.pending.set(false);
    this.submitted.set(false);
    this.form.reset();
    this.succeeded.set(true);
    this.passwordChanged.emit();
  }

  private onRejected(sent: ChangePasswordRequest, failure: unknown): void {
    this.pending.set(false);
    const fields = fieldErrorsOf(failure);
    const displayed = toDisplayedError(failure);

    if (Object.keys(fields).length === 0) {
      this.error.set(displayed);
      return;
    }

    // The details are shown under the fields, linked to them, so the alert keeps only the message.
    this.error.set({ ...displayed, details: [] });
    this.rejection.set({ sent, fields });
    this.focusFirstFieldWithErrors();
  }

  private rejectedFieldErrors(field: FieldName, value: string): string[] {
    const rejection = this.rejection();
    return rejection !== null && rejection.sent[field] === value ? (rejection.fields[field] ?? []) : [];
  }

  private focusFirstFieldWithErrors(): boolean {
    const errorsByField: Record<FieldName, readonly string[]> = {
      currentPassword: this.currentPasswordErrors(),
      password: this.passwordErrors(),
      confirmation: this.confirmationErrors(),
    };
    const first = (Object.keys(FIELD_IDS) as FieldName[]).find((field) => errorsByField[field].length > 0);
    if (first === undefined) {
      return false;
    }

    this.host.querySelector<HTMLElement>(`#${FIELD_IDS[first]}`)?.focus();
    return true;
  }
}

/** Maps an API rejection to messages under the fields it concerns, or to no field for other failures. */
function fieldErrorsOf(failure: unknown): Partial<Record<FieldName, string[]>> {
  const apiError = readApiError(failure);
  switch (apiError?.code) {
    case ErrorCode.CurrentPasswordInvalid:
      return { currentPassword: [apiError.message] };
    case ErrorCode.PasswordPolicy:
      return { password: (apiError.unmetRules ?? []).map(unmetRuleMessage) };
    case ErrorCode.PasswordMismatch:
      return { confirmation: [apiError.message] };
    case ErrorCode.ValidationFailed:
      return pickFieldMessages(apiError.fields ?? {});
    default:
      return {};
  }
}

function pickFieldMessages(fields: Record<string, string[]>): Partial<Record<FieldName, string[]>> {
  const picked: Partial<Record<FieldName, string[]>> = {};
  for (const field of Object.keys(FIELD_IDS) as FieldName[]) {
    const messages = fields[field];
    if (messages && messages.length > 0) {
      picked[field] = messages;
    }
  }
  return picked;
}
