import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { CAPTCHA_LENGTH } from '@dpec/contracts';

import { CAPTCHA_NOT_LOADED_ERROR, DisplayedError, toDisplayedError } from '../../core/api-error';
import { focusFirstInvalidField } from '../../core/form-focus';
import { PasswordResetService } from '../../core/password-reset.service';
import { CaptchaField } from '../../shared/captcha-field/captcha-field';
import { EmailField } from '../../shared/email-field/email-field';
import { ErrorAlert } from '../../shared/error-alert/error-alert';

/** "Première connexion ou mot de passe oublié": requests a reset link by e-mail. */
@Component({
  selector: 'dpec-reset-request-page',
  imports: [ReactiveFormsModule, RouterLink, CaptchaField, EmailField, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reset-request-page.html',
})
export class ResetRequestPage {
  private readonly passwordReset = inject(PasswordResetService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    captchaCode: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(CAPTCHA_LENGTH),
        Validators.maxLength(CAPTCHA_LENGTH),
      ],
    }),
  });

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<DisplayedError | null>(null);
  /** The API's confirmation, identical for every address so that it reveals no account. */
  protected readonly confirmation = signal<string | null>(null);

  private readonly captcha = viewChild(CaptchaField);

  protected submit(): void {
    const captcha = this.captcha();
    if (this.pending() || !captcha) {
      return;
    }

    this.submitted.set(true);
    this.form.markAllAsTouched();
    const { email, captchaCode } = this.form.controls;
    const invalidFieldFound = focusFirstInvalidField(this.host, [
      [email, 'reset-request-email'],
      [captchaCode, 'reset-request-captcha'],
    ]);
    const captchaId = captcha.challengeId();
    if (invalidFieldFound) {
      return;
    }
    if (captchaId === null) {
      this.error.set(CAPTCHA_NOT_LOADED_ERROR);
      return;
    }

    this.pending.set(true);
    this.error.set(null);
    this.passwordReset.request({ email: email.value.trim(), captchaId, captchaCode: captchaCode.value }).subscribe({
      next: (response) => {
        this.pending.set(false);
        this.confirmation.set(response.message);
        this.focusAfterRender('reset-request-confirmation');
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.error.set(toDisplayedError(failure));
        // The API has consumed this challenge, so the user needs a fresh code to try again.
        this.submitted.set(false);
        captcha.refresh();
        this.focusAfterRender('reset-request-error');
      },
    });
  }

  /** Moves focus to an element that the next render creates, such as the confirmation or the error alert. */
  private focusAfterRender(elementId: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(`#${elementId}`)?.focus(), {
      injector: this.injector,
    });
  }
}
