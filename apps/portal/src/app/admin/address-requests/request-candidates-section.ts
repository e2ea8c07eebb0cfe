import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AccountCandidate, AddressRequestDetail } from '@dpec/contracts';

import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { withDe } from '../../core/french-elision';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { fullName, roleNames, statusBadges } from '../admin-labels';
import { focusElement } from '../shared/focus';
import { SupportApiService } from './support-api.service';

const CONFIRM_TITLE_ID = 'candidate-confirm-title';

/**
 * "Comptes candidats": the accounts that may be the requester's, with the reasons from the API.
 * "Attribuer l'adresse de contact" shows a confirmation step, then resolves the request with that account.
 */
@Component({
  selector: 'dpec-request-candidates-section',
  imports: [RouterLink, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-candidates-section.html',
})
export class RequestCandidatesSection {
  private readonly api = inject(SupportApiService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  readonly request = input.required<AddressRequestDetail>();
  /** False on a closed request, which shows the candidates without the button. */
  readonly actionsAllowed = input(true);
  /** True for a gestionnaire, whose candidate names link to the account pages that support agents cannot open. */
  readonly accountLinks = input(false);
  /** Emitted with the request as the API returns it after the address is given to an account. */
  readonly resolved = output<AddressRequestDetail>();

  protected readonly confirmTitleId = CONFIRM_TITLE_ID;
  protected readonly fullName = fullName;
  protected readonly withDe = withDe;
  protected readonly roleNames = roleNames;
  protected readonly statusBadges = statusBadges;
  /** Candidate waiting for confirmation, or null. */
  protected readonly confirming = signal<AccountCandidate | null>(null);
  protected readonly pending = signal(false);
  protected readonly error = signal<DisplayedError | null>(null);

  protected buttonId(candidate: AccountCandidate): string {
    return `candidate-${candidate.account.id}-assign`;
  }

  protected ask(candidate: AccountCandidate): void {
    this.confirming.set(candidate);
    this.error.set(null);
    this.focusAfterRender(`#${CONFIRM_TITLE_ID}`);
  }

  protected cancel(): void {
    const candidate = this.confirming();
    this.confirming.set(null);
    if (candidate) {
      this.focusAfterRender(`#${this.buttonId(candidate)}`);
    }
  }

  protected confirm(): void {
    const candidate = this.confirming();
    if (!candidate || this.pending()) {
      return;
    }

    this.pending.set(true);
    this.api.resolve(this.request().id, candidate.account.id).subscribe({
      next: (detail) => {
        this.pending.set(false);
        this.confirming.set(null);
        this.resolved.emit(detail);
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.confirming.set(null);
        this.error.set(toDisplayedError(failure));
        this.focusAfterRender('[role="alert"]');
      },
    });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => focusElement(this.host.querySelector<HTMLElement>(selector)), { injector: this.injector });
  }
}
