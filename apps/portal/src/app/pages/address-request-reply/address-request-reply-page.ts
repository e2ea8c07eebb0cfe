import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { RequesterReplyPrompt } from '@dpec/contracts';

import { AddressRequestService } from '../../core/address-request.service';
import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { TextField } from '../../shared/text-field/text-field';
import { MESSAGE_MAX_LENGTH, formatCount } from '../address-not-found/address-request-form';

/** State of the page: loading, the question with the reply form, the outcome, or an unusable link. */
type ReplyState =
  | { kind: 'loading' }
  | { kind: 'prompt'; prompt: RequesterReplyPrompt }
  | { kind: 'sent'; prompt: RequesterReplyPrompt }
  | { kind: 'gone' }
  | { kind: 'error'; error: DisplayedError };

const ANSWER_ID = 'reply-answer';
const ERROR_ID = 'reply-error';
const OUTCOME_ID = 'reply-outcome';

/**
 * Page of the link that the support sends with a question about an "adresse introuvable"
 * request. The link works once and for a limited time, and the API returns 410 after that.
 */
@Component({
  selector: 'dpec-address-request-reply-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorAlert, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './address-request-reply-page.html',
})
export class AddressRequestReplyPage {
  private readonly requests = inject(AddressRequestService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** The `:id` and `:token` route parameters. */
  readonly id = input.required<string>();
  readonly token = input.required<string>();

  protected readonly answerId = ANSWER_ID;
  protected readonly errorId = ERROR_ID;
  protected readonly outcomeId = OUTCOME_ID;
  protected readonly answerHint = `${formatCount(MESSAGE_MAX_LENGTH)} caractères au maximum.`;
  protected readonly answer = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(MESSAGE_MAX_LENGTH)],
  });

  protected readonly state = signal<ReplyState>({ kind: 'loading' });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  /** Error of a failed answer, shown above the form while the question stays on screen. */
  protected readonly sendError = signal<DisplayedError | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      const token = this.token();
      untracked(() => this.load(id, token));
    });
  }

  protected answerErrors(): string[] {
    if (!this.submitted() || this.answer.valid) {
      return [];
    }
    if (this.answer.hasError('maxlength')) {
      return [`Votre réponse ne peut pas dépasser ${formatCount(MESSAGE_MAX_LENGTH)} caractères.`];
    }
    return ['Saisissez votre réponse.'];
  }

  protected send(prompt: RequesterReplyPrompt): void {
    if (this.pending()) {
      return;
    }

    this.submitted.set(true);
    const message = this.answer.value.trim();
    if (this.answer.invalid || message === '') {
      this.answer.setErrors({ required: true });
      this.focusAfterRender(`#${ANSWER_ID}`);
      return;
    }

    this.pending.set(true);
    this.sendError.set(null);
    this.requests.reply(this.id(), this.token(), message).subscribe({
      next: () => {
        this.pending.set(false);
        this.state.set({ kind: 'sent', prompt });
        this.focusAfterRender(`#${OUTCOME_ID}`);
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        if (isGone(failure)) {
          this.state.set({ kind: 'gone' });
          this.focusAfterRender('h1');
          return;
        }
        this.sendError.set(toDisplayedError(failure));
        this.focusAfterRender(`#${ERROR_ID}`);
      },
    });
  }

  protected load(id: string, token: string): void {
    this.state.set({ kind: 'loading' });
    this.requests.loadReplyPrompt(id, token).subscribe({
      next: (prompt) => this.state.set({ kind: 'prompt', prompt }),
      error: (failure: unknown) => this.state.set(isGone(failure) ? { kind: 'gone' } : { kind: 'error', error: toDisplayedError(failure) }),
    });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(
      () => {
        const element = this.host.querySelector<HTMLElement>(selector);
        if (element && !element.hasAttribute('tabindex') && !element.matches('textarea, input')) {
          element.setAttribute('tabindex', '-1');
        }
        element?.focus();
      },
      { injector: this.injector },
    );
  }
}

/** Returns whether the API rejected the link as used, expired or unknown (status 410). */
function isGone(failure: unknown): boolean {
  return failure instanceof HttpErrorResponse && failure.status === 410;
}
