import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { AddressRequestDetail, REJECTION_REASON_LABELS } from '@dpec/contracts';

import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { formatDateTime } from '../../core/date-format';
import { OpenRequestCountService } from '../../core/open-request-count.service';
import { SERVICE_NAME } from '../../core/title-strategy';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { CONSOLE_TITLE } from '../admin-labels';
import { focusElement } from '../shared/focus';
import { RequestActionsSection } from './request-actions-section';
import { RequestCandidatesSection } from './request-candidates-section';
import { RequestHistory } from './request-history';
import { assigneeName, isOpen, requestBadges, sourceLabel } from './request-labels';
import { SupportApiService } from './support-api.service';

const OUTCOME_ID = 'request-outcome';

/** A request's page: its details, the candidate accounts, the actions and the history. */
@Component({
  selector: 'dpec-request-detail-page',
  imports: [RouterLink, ErrorAlert, RequestActionsSection, RequestCandidatesSection, RequestHistory],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-detail-page.html',
})
export class RequestDetailPage {
  private readonly api = inject(SupportApiService);
  private readonly title = inject(Title);
  private readonly openRequests = inject(OpenRequestCountService);
  private readonly auth = inject(AuthService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly outcomeId = OUTCOME_ID;
  protected readonly request = signal<AddressRequestDetail | null>(null);
  protected readonly error = signal<DisplayedError | null>(null);
  /** French outcome of the last action, shown in a success alert. */
  protected readonly outcome = signal('');

  protected readonly agentId = computed(() => this.auth.account()?.id ?? 0);
  protected readonly isGestionnaire = computed(() => this.auth.account()?.roles.includes('gestionnaire') ?? false);
  protected readonly open = computed(() => {
    const request = this.request();
    return request ? isOpen(request.status) : false;
  });
  protected readonly details = computed(() => {
    const request = this.request();
    return request ? describe(request) : null;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
  }

  protected load(id: string): void {
    this.error.set(null);
    this.outcome.set('');
    this.api.getRequest(Number(id)).subscribe({
      next: (request) => this.show(request),
      error: (failure: unknown) => this.error.set(toDisplayedError(failure)),
    });
  }

  protected onUpdated(request: AddressRequestDetail, outcome: string): void {
    this.show(request);
    this.outcome.set(outcome);
    this.openRequests.refresh();
    afterNextRender(() => focusElement(this.host.querySelector<HTMLElement>(`#${OUTCOME_ID}`)), { injector: this.injector });
  }

  protected onResolved(request: AddressRequestDetail): void {
    this.onUpdated(
      request,
      `L’adresse ${request.contactEmail} a été attribuée au compte. Un lien pour choisir un mot de passe y a été envoyé, et la demande est résolue.`,
    );
  }

  private show(request: AddressRequestDetail): void {
    this.request.set(request);
    this.title.setTitle(`${request.reference} - Demandes - ${CONSOLE_TITLE} - ${SERVICE_NAME}`);
  }
}

function describe(request: AddressRequestDetail) {
  return {
    badges: requestBadges(request),
    assignee: assigneeName(request),
    source: sourceLabel(request.source),
    created: formatDateTime(request.createdAt),
    updated: formatDateTime(request.updatedAt),
    closed: request.closedAt ? formatDateTime(request.closedAt) : null,
    rejectionReason: request.rejectionReason ? REJECTION_REASON_LABELS[request.rejectionReason] : null,
  };
}
