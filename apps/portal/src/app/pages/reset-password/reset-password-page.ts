import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ErrorCode, ResetLinkStatus } from '@dpec/contracts';
import { PasswordContext, normalizePassword } from '@dpec/password-policy';

import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { PasswordResetService } from '../../core/password-reset.service';
import { SERVICE_NAME } from '../../core/title-strategy';
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

/** Page states: checking the link, showing the form, done, or the link can no longer be used. */
type ResetState = 'checking' | 'ready' | 'done' | 'invalid' | 'unavailable';

/** Document title while the link is rejected, in place of the route's title, which names the form. */
const INVALID_LINK_TITLE = `Lien non valide - ${SERVICE_NAME}`;

@Component({
  selector: 'dpec-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorAlert, PasswordField, PasswordRulesCallout, PasswordStrengthMeter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reset-password-page.html',
})
export class ResetPasswordPage implements OnInit {
  private readonly passwordReset = inject(PasswordResetService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly title = inject(Title);

  /** Route parameters of `/security/reset-password/:accountId/:token`. */
  readonly accountId = input.required<string>();
  readonly token = input.required<string>();

  protected readonly state = signal<ResetState>('checking');
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<DisplayedError | null>(null);
  /** Names and address of the account that the link resets, returned by the link check. */
  private readonly linkAccount = signal<ResetLinkStatus['account'] | null>(null);
  protected readonly maxBytesHint = MAX_BYTES_HINT;

  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true }),
    confirmation: new FormControl('', { nonNullable: true }),
  });

  private readonly password = toSignal(this.form.controls.password.valueChanges, { initialValue: '' });
  private readonly confirmation = toSignal(this.form.controls.confirmation.valueChanges, { initialValue: '' });

  private readonly passwordContext = computed<PasswordContext>(() => {
    const account = this.linkAccount();
    return account ? { email: account.email, firstName: account.firstName, lastName: account.lastName } : {};
  });
  private readonly userInputs = computed(() => {
    const { email, firstName, lastName } = this.passwordContext();
    return [email ?? '', firstName ?? '', lastName ?? ''];
  });

  /** Checked against the link's account as the user types. The API checks the rules again on submit. */
  protected readonly ruleStatuses = computed(() => evaluatePassword(this.password(), this.passwordContext()));
  protected readonly passwordTyped = computed(() => this.password() !== '');
  protected readonly strength = estimateStrength(this.password, this.userInputs);
  /** Label of the guessable-password rule, in a list that stays empty unless the estimate finds the password too easy to guess. */
  protected readonly guessableRuleLabels = computed(() => {
    const strength = this.strength();
    return strength?.guessable ? [strength.guessableRuleLabel] : [];
  });

  /**
   * Errors under the new password: unlisted rules and a guessable password at once, listed
   * rules after a submit attempt.
   */
  protected readonly passwordErrors = computed(() => {
    const unmet = this.ruleStatuses().filter((status) => !status.met);
    const messages = [
      ...unlistedRuleMessages(this.ruleStatuses()),
      ...this.guessableRuleLabels().map(unmetRuleMessage),
    ];

    if (this.submitted() && this.password() === '') {
      return ['Saisissez un nouveau mot de passe.', ...messages];
    }
    if (this.submitted() && unmet.some((status) => status.rule.listed)) {
      return ['Le mot de passe ne respecte pas toutes les règles du cadre d’information.', ...messages];
    }

    return messages;
  });

  protected readonly confirmationErrors = computed(() => {
    if (!this.submitted()) {
      return [];
    }
    if (this.confirmation() === '') {
      return ['Saisissez à nouveau le mot de passe pour le confirmer.'];
    }
    if (normalizePassword(this.confirmation()) !== normalizePassword(this.password())) {
      return ['La confirmation ne correspond pas au nouveau mot de passe.'];
    }

    return [];
  });

  ngOnInit(): void {
    this.checkLink();
  }

  protected checkLink(): void {
    this.state.set('checking');
    this.passwordReset.checkLink(this.accountId(), this.token()).subscribe({
      next: (status) => {
        // An API older than the account field returns only the expiry, and then the API alone checks that rule.
        this.linkAccount.set(status.account ?? null);
        this.state.set('ready');
      },
      error: (failure: unknown) => {
        if (isLinkRejected(failure)) {
          this.showInvalidLink();
        } else {
          this.state.set('unavailable');
        }
      },
    });
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }

    this.submitted.set(true);
    if (this.passwordErrors().length > 0) {
      this.focusElement('reset-password');
      return;
    }
    if (this.confirmationErrors().length > 0) {
      this.focusElement('reset-confirmation');
      return;
    }

    this.pending.set(true);
    this.error.set(null);
    const body = { password: this.password(), confirmation: this.confirmation() };
    this.passwordReset.complete(this.accountId(), this.token(), body).subscribe({
      next: () => {
        this.pending.set(false);
        this.state.set('done');
        this.focusAfterRender('reset-done-title');
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        if (failure instanceof HttpErrorResponse && failure.status === 410) {
          this.showInvalidLink();
          this.focusAfterRender('reset-invalid-title');
          return;
        }
        this.error.set(toDisplayedError(failure));
        this.focusAfterRender('reset-error');
      },
    });
  }

  /** Replaces the form with the invalid link message, and the route's document title with one that matches it. */
  private showInvalidLink(): void {
    this.state.set('invalid');
    this.title.setTitle(INVALID_LINK_TITLE);
  }

  private focusElement(elementId: string): void {
    this.host.querySelector<HTMLElement>(`#${elementId}`)?.focus();
  }

  /** Moves focus to an element that the next render creates, such as a message that replaces the form. */
  private focusAfterRender(elementId: string): void {
    afterNextRender(() => this.focusElement(elementId), { injector: this.injector });
  }
}

/**
 * True when the API reports that the link cannot be used: 410 for an expired, used or replaced
 * link, and 400 or 404 for a malformed one. Other failures may be temporary.
 */
function isLinkRejected(failure: unknown): boolean {
  if (!(failure instanceof HttpErrorResponse)) {
    return false;
  }

  const code = (failure.error as { code?: unknown } | null)?.code;
  return failure.status === 410 || failure.status === 404 || failure.status === 400 || code === ErrorCode.ResetLinkInvalid;
}
