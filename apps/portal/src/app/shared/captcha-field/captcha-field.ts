import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { CAPTCHA_LENGTH, CaptchaChallenge } from '@dpec/contracts';
import { Subscription } from 'rxjs';

import { CaptchaService } from '../../core/captcha.service';

/**
 * Image code that the user copies, with a button that draws a new one. The API consumes a
 * challenge on its first attempt, right or wrong, so the parent form calls `refresh()` after
 * every failed submit.
 */
@Component({
  selector: 'dpec-captcha-field',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './captcha-field.html',
})
export class CaptchaField implements OnInit {
  private readonly captchaService = inject(CaptchaService);
  private readonly destroyRef = inject(DestroyRef);

  readonly control = input.required<FormControl<string>>();
  readonly inputId = input.required<string>();
  /** True once the user has tried to submit the form; errors stay hidden before that. */
  readonly showErrors = input(false);

  protected readonly codeLength = CAPTCHA_LENGTH;
  protected readonly challenge = signal<CaptchaChallenge | null>(null);
  protected readonly loadFailed = signal(false);
  /** Text of the polite live region; set only when the user asks for a new code. */
  protected readonly announcement = signal('');

  private pendingRequest: Subscription | null = null;

  constructor() {
    this.destroyRef.onDestroy(() => this.pendingRequest?.unsubscribe());
  }

  ngOnInit(): void {
    this.refresh();
  }

  /** Id of the challenge on display, to send with the typed code; null while none is loaded. */
  challengeId(): string | null {
    return this.challenge()?.id ?? null;
  }

  /** Draws a new code and clears the typed one. A newer call cancels a pending one. */
  refresh(): void {
    this.loadChallenge(false);
  }

  protected requestNewCode(): void {
    this.loadChallenge(true);
  }

  private loadChallenge(announce: boolean): void {
    this.pendingRequest?.unsubscribe();
    this.challenge.set(null);
    this.loadFailed.set(false);
    this.control().reset('');

    this.pendingRequest = this.captchaService.create().subscribe({
      next: (challenge) => {
        this.challenge.set(challenge);
        if (announce) {
          this.announceNewCode();
        }
      },
      error: () => this.loadFailed.set(true),
    });
  }

  // Setting the same text again changes nothing in the DOM and so announces nothing, hence two wordings.
  private announceNewCode(): void {
    const first = 'Un nouveau code a été généré.';
    this.announcement.set(this.announcement() === first ? 'Un nouveau code à 4 caractères a été généré.' : first);
  }

  protected errorId(): string {
    return `${this.inputId()}-error`;
  }

  protected errorMessage(): string | null {
    const control = this.control();
    if (!this.showErrors() || control.valid) {
      return null;
    }

    if (control.hasError('required')) {
      return `Saisissez les ${this.codeLength} caractères de l’image.`;
    }

    return `Le code doit comporter exactement ${this.codeLength} caractères.`;
  }
}
