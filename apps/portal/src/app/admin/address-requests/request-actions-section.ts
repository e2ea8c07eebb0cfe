import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { AddressRequestDetail, REJECTION_REASON_LABELS, ROLES, RejectionReason, Role } from '@dpec/contracts';
import { Observable } from 'rxjs';

import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { ROLE_LABELS } from '../../core/roles';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { TextField } from '../../shared/text-field/text-field';
import { focusElement } from '../shared/focus';
import { SupportApiService } from './support-api.service';

/** An action that opens a form before it calls the API. */
export type RequestPanel = 'createAccount' | 'reject' | 'requestInformation';

/** Maximum length of a question, a rejection detail or a comment, as the API accepts it. */
export const TEXT_MAX_LENGTH = 2000;

const HEADING_ID = 'request-actions-title';
const PANEL_TITLE_ID = 'request-panel-title';

/**
 * "Actions" section of a request's page: take it, hand it over, create the account
 * (gestionnaires), reject it, ask the requester for details, and add internal comments.
 * The page shows it only while the request is open.
 */
@Component({
  selector: 'dpec-request-actions-section',
  imports: [ReactiveFormsModule, ErrorAlert, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-actions-section.html',
})
export class RequestActionsSection {
  private readonly api = inject(SupportApiService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  readonly request = input.required<AddressRequestDetail>();
  /** Id of the logged-in agent, to hide "Prendre la demande" once the request is theirs. */
  readonly agentId = input.required<number>();
  /** True for a gestionnaire, who alone may create the account. */
  readonly canCreateAccount = input(false);
  /** Emitted with the request as the API returns it after an action, and the French outcome to show. */
  readonly updated = output<{ request: AddressRequestDetail; outcome: string }>();

  protected readonly headingId = HEADING_ID;
  protected readonly panelTitleId = PANEL_TITLE_ID;
  protected readonly roles = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
  protected readonly reasons = (Object.entries(REJECTION_REASON_LABELS) as [RejectionReason, string][]).map(([value, label]) => ({
    value,
    label,
  }));

  protected readonly panel = signal<RequestPanel | null>(null);
  protected readonly pending = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<DisplayedError | null>(null);

  protected readonly takenByAgent = computed(() => this.request().assignee?.id === this.agentId());

  protected readonly createForm = new FormGroup(
    Object.fromEntries(ROLES.map((role) => [role, new FormControl(role === 'intervenant', { nonNullable: true })])) as Record<
      Role,
      FormControl<boolean>
    >,
  );
  protected readonly rejectForm = new FormGroup({
    reason: new FormControl<string>('', { nonNullable: true, validators: [Validators.required] }),
    details: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(TEXT_MAX_LENGTH)] }),
  });
  protected readonly question = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(TEXT_MAX_LENGTH)],
  });
  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(TEXT_MAX_LENGTH)],
  });
  protected readonly commentSubmitted = signal(false);

  protected take(): void {
    this.run(this.api.assign(this.request().id), 'Vous avez pris la demande.');
  }

  protected handOver(): void {
    this.run(this.api.handOver(this.request().id), 'La demande a été transmise aux gestionnaires, qui créeront le compte.');
  }

  protected open(panel: RequestPanel): void {
    this.panel.set(panel);
    this.submitted.set(false);
    this.error.set(null);
    this.focusAfterRender(`#${PANEL_TITLE_ID}`);
  }

  protected close(): void {
    const panel = this.panel();
    this.panel.set(null);
    if (panel) {
      this.focusAfterRender(`#${this.buttonId(panel)}`);
    }
  }

  protected buttonId(panel: RequestPanel): string {
    return `request-action-${panel}`;
  }

  protected selectedRoles(): Role[] {
    const value = this.createForm.getRawValue();
    return ROLES.filter((role) => value[role]);
  }

  protected createAccount(): void {
    this.submitted.set(true);
    const roles = this.selectedRoles();
    if (roles.length === 0) {
      this.focusAfterRender(`#create-role-${ROLES[0]}`);
      return;
    }
    const request = this.request();
    this.run(
      this.api.createAccount(request.id, roles),
      `Le compte a été créé. Un mail de bienvenue a été envoyé à ${request.contactEmail}.`,
    );
  }

  protected reject(): void {
    this.submitted.set(true);
    if (this.rejectForm.invalid) {
      this.focusAfterRender(this.rejectForm.controls.reason.invalid ? '#reject-reason' : '#reject-details');
      return;
    }
    const value = this.rejectForm.getRawValue();
    const details = value.details.trim();
    this.run(
      this.api.reject(this.request().id, { reason: value.reason as RejectionReason, ...(details ? { details } : {}) }),
      'La demande a été rejetée. Le demandeur a reçu le motif par mail.',
    );
  }

  protected requestInformation(): void {
    this.submitted.set(true);
    const message = this.question.value.trim();
    if (this.question.invalid || message === '') {
      this.focusAfterRender('#information-question');
      return;
    }
    this.run(
      this.api.requestInformation(this.request().id, message),
      'La question a été envoyée au demandeur, avec un lien pour y répondre.',
    );
  }

  protected addComment(): void {
    this.commentSubmitted.set(true);
    const body = this.comment.value.trim();
    if (this.comment.invalid || body === '') {
      this.focusAfterRender('#comment-body');
      return;
    }
    this.run(this.api.comment(this.request().id, body), 'Le commentaire interne a été ajouté.', () => {
      this.comment.reset('');
      this.commentSubmitted.set(false);
    });
  }

  /** Messages under a text field once its form has been submitted. */
  protected textErrors(control: FormControl<string>, submitted: boolean, requiredMessage: string | null): string[] {
    if (!submitted || control.valid) {
      return [];
    }
    if (control.hasError('maxlength')) {
      return [`Ce texte ne peut pas dépasser ${TEXT_MAX_LENGTH} caractères.`];
    }
    return requiredMessage ? [requiredMessage] : [];
  }

  private run(call: Observable<AddressRequestDetail>, outcome: string, onSuccess?: () => void): void {
    if (this.pending()) {
      return;
    }

    this.pending.set(true);
    this.error.set(null);
    call.subscribe({
      next: (request) => {
        this.pending.set(false);
        this.panel.set(null);
        this.submitted.set(false);
        onSuccess?.();
        this.updated.emit({ request, outcome });
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.error.set(toDisplayedError(failure));
        this.focusAfterRender(`#${HEADING_ID} ~ [role="alert"], [role="alert"]`);
      },
    });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => focusElement(this.host.querySelector<HTMLElement>(selector)), { injector: this.injector });
  }
}
