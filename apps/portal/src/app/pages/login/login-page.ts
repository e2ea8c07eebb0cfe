import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { CAPTCHA_LENGTH } from '@dpec/contracts';

import { CAPTCHA_NOT_LOADED_ERROR, DisplayedError, toDisplayedError } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { focusFirstInvalidField } from '../../core/form-focus';
import { Notice, NoticeService } from '../../core/notice.service';
import { toSameSiteReturnUrl } from '../../core/return-url';
import { CaptchaField } from '../../shared/captcha-field/captcha-field';
import { EmailField } from '../../shared/email-field/email-field';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { PasswordField } from '../../shared/password-field/password-field';

const DEFAULT_LANDING_URL = '/mon-compte';

@Component({
  selector: 'dpec-login-page',
  imports: [ReactiveFormsModule, RouterLink, CaptchaField, EmailField, ErrorAlert, PasswordField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** Page to open after login, from the `returnUrl` query parameter; ignored unless it is a path on this site. */
  readonly returnUrl = input<string | undefined>(undefined);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
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
  protected readonly notice: Notice | null = inject(NoticeService).take();

  private readonly captcha = viewChild.required(CaptchaField);

  protected passwordErrors(): string[] {
    const control = this.form.controls.password;
    return this.submitted() && control.hasError('required') ? ['Saisissez votre mot de passe.'] : [];
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }

    this.submitted.set(true);
    this.form.markAllAsTouched();
    const { email, password, captchaCode } = this.form.controls;
    const invalidFieldFound = focusFirstInvalidField(this.host, [
      [email, 'login-email'],
      [password, 'login-password'],
      [captchaCode, 'login-captcha'],
    ]);
    const captchaId = this.captcha().challengeId();
    if (invalidFieldFound) {
      return;
    }
    if (captchaId === null) {
      this.error.set(CAPTCHA_NOT_LOADED_ERROR);
      return;
    }

    this.pending.set(true);
    this.error.set(null);
    this.auth
      .login({ email: email.value.trim(), password: password.value, captchaId, captchaCode: captchaCode.value })
      .subscribe({
        next: () => {
          this.pending.set(false);
          void this.router.navigateByUrl(toSameSiteReturnUrl(this.returnUrl()) ?? DEFAULT_LANDING_URL);
        },
        error: (failure: unknown) => {
          this.pending.set(false);
          this.error.set(toDisplayedError(failure));
          // The API has consumed this challenge, so the user needs a fresh code to try again.
          // The password is cleared too, so that the user retypes it on purpose, but the address is kept.
          this.submitted.set(false);
          password.reset();
          this.captcha().refresh();
          this.focusErrorAfterRender();
        },
      });
  }

  /** Moves focus to the error alert once rendered, so that keyboard and screen reader users land on it. */
  private focusErrorAfterRender(): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>('#login-error')?.focus(), { injector: this.injector });
  }
}
