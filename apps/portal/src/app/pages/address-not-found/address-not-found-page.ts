import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, linkedSignal, signal, viewChild } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AddressRequestReceipt } from '@dpec/contracts';

import { AddressRequestService } from '../../core/address-request.service';
import { CAPTCHA_NOT_LOADED_ERROR, DisplayedError, readApiError, toDisplayedError } from '../../core/api-error';
import { FocusableField, focusFirstInvalidField } from '../../core/form-focus';
import { CaptchaField } from '../../shared/captcha-field/captcha-field';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { TextField } from '../../shared/text-field/text-field';
import {
  MESSAGE_MAX_LENGTH,
  OTHER_EMAILS_MAX,
  RequestFieldName,
  createAddressRequestForm,
  createOtherEmailControl,
  fieldMessage,
  formatCount,
  otherEmailMessage,
  readAddressRequestForm,
} from './address-request-form';

const ID_PREFIX = 'address-request';
const ERROR_ID = `${ID_PREFIX}-error`;
const RECEIPT_ID = `${ID_PREFIX}-receipt`;

/**
 * "Adresse introuvable": a person who cannot find their account files a request for the SIEC
 * support to look for it. The page never shows whether an address matched, because only the
 * support may see that.
 */
@Component({
  selector: 'dpec-address-not-found-page',
  imports: [ReactiveFormsModule, RouterLink, CaptchaField, ErrorAlert, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './address-not-found-page.html',
})
export class AddressNotFoundPage {
  private readonly requests = inject(AddressRequestService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly captcha = viewChild(CaptchaField);

  protected readonly form = createAddressRequestForm();
  protected readonly otherEmailsMax = OTHER_EMAILS_MAX;
  protected readonly messageHint = `${formatCount(MESSAGE_MAX_LENGTH)} caractères au maximum.`;
  protected readonly errorId = ERROR_ID;
  protected readonly receiptId = RECEIPT_ID;

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<DisplayedError | null>(null);
  protected readonly receipt = signal<AddressRequestReceipt | null>(null);
  /** French messages of the API's last 400 response, keyed by body field. */
  private readonly rejectedFields = signal<Readonly<Record<string, string[]>>>({});
  /** Fields edited since the last rejection, whose API messages are out of date. */
  private readonly editedFields = linkedSignal<Readonly<Record<string, string[]>>, ReadonlySet<string>>({
    source: this.rejectedFields,
    computation: () => new Set<string>(),
  });

  protected id(field: string): string {
    return `${ID_PREFIX}-${field}`;
  }

  protected otherEmailId(index: number): string {
    return `${ID_PREFIX}-other-email-${index + 1}`;
  }

  /** Messages under a text field: the client check once the user has submitted, else the API's until the field is edited. */
  protected errors(field: RequestFieldName): string[] {
    const clientMessage = this.submitted() ? fieldMessage(field, this.form.controls[field]) : null;
    if (clientMessage) {
      return [clientMessage];
    }
    return this.editedFields().has(field) ? [] : [...(this.rejectedFields()[field] ?? [])];
  }

  protected otherEmailErrors(index: number): string[] {
    const control = this.form.controls.otherEmails.at(index);
    const clientMessage = this.submitted() && control ? otherEmailMessage(control) : null;
    if (clientMessage) {
      return [clientMessage];
    }
    // The API reports every other address under one key, so its message goes under the first one.
    return index === 0 && !this.editedFields().has('otherEmails') ? [...(this.rejectedFields()['otherEmails'] ?? [])] : [];
  }

  protected markEdited(field: string): void {
    this.editedFields.update((edited) => new Set([...edited, field]));
  }

  protected addOtherEmail(): void {
    const emails = this.form.controls.otherEmails;
    if (emails.length >= OTHER_EMAILS_MAX) {
      return;
    }
    emails.push(createOtherEmailControl());
    this.focusAfterRender(`#${this.otherEmailId(emails.length - 1)}`);
  }

  protected removeOtherEmail(index: number): void {
    const emails = this.form.controls.otherEmails;
    emails.removeAt(index);
    this.markEdited('otherEmails');
    // Focus goes to the input that takes the removed one's place, else to the add button.
    const next = Math.min(index, emails.length - 1);
    this.focusAfterRender(next >= 0 ? `#${this.otherEmailId(next)}` : `#${ID_PREFIX}-add-email`);
  }

  protected submit(): void {
    const captcha = this.captcha();
    if (this.pending() || !captcha) {
      return;
    }

    this.submitted.set(true);
    if (focusFirstInvalidField(this.host, this.focusableFields())) {
      return;
    }
    const captchaId = captcha.challengeId();
    if (captchaId === null) {
      this.error.set(CAPTCHA_NOT_LOADED_ERROR);
      return;
    }

    this.pending.set(true);
    this.error.set(null);
    this.requests.submit(readAddressRequestForm(this.form, captchaId)).subscribe({
      next: (receipt) => {
        this.pending.set(false);
        this.receipt.set(receipt);
        this.focusAfterRender(`#${RECEIPT_ID}`);
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.error.set(toDisplayedError(failure));
        this.rejectedFields.set(readApiError(failure)?.fields ?? {});
        // The API has consumed this challenge, so the user needs a fresh code to try again.
        this.submitted.set(false);
        captcha.refresh();
        this.focusAfterRender(`#${ERROR_ID}`);
      },
    });
  }

  private focusableFields(): FocusableField[] {
    const controls = this.form.controls;
    return [
      [controls.lastName, this.id('last-name')],
      [controls.firstName, this.id('first-name')],
      [controls.triedEmail, this.id('tried-email')],
      [controls.contactEmail, this.id('contact-email')],
      ...controls.otherEmails.controls.map((control, index): FocusableField => [control, this.otherEmailId(index)]),
      [controls.roleOrExam, this.id('role-or-exam')],
      [controls.message, this.id('message')],
      [controls.captchaCode, this.id('captcha')],
    ];
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
