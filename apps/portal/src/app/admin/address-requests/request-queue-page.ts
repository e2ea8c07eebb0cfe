import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Params, Router, RouterLink } from '@angular/router';
import { ADDRESS_REQUEST_STATUS_LABELS, AddressRequestStatus, AddressRequestSummary, Page } from '@dpec/contracts';
import { Observable, catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';

import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { formatDateTime } from '../../core/date-format';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { Pagination } from '../shared/pagination';
import { UrlQueryValues, buildUrl } from '../shared/url-query';
import { AWAITING_ACCOUNT_CREATION_LABEL, RequestBadge, assigneeName, formatAge, requestBadges, sourceLabel } from './request-labels';
import { QueueState, StatusFilter, readQueueState, sameQueueState, toQueueQuery, toQueueUrlValues } from './request-queue-query';
import { SupportApiService } from './support-api.service';

const QUEUE_PATH = '/admin/demandes';
const RESULTS_HEADING_ID = 'request-results-title';
/** Wait after the last keystroke before the search runs, in milliseconds. */
export const QUEUE_SEARCH_DEBOUNCE_MS = 300;

/** A request as a table row shows it. */
interface RequestRow {
  id: number;
  reference: string;
  requester: string;
  contactEmail: string;
  badges: RequestBadge[];
  createdAt: string;
  age: string;
  createdText: string;
  assignee: string;
  source: string;
}

type LoadOutcome = { page: Page<AddressRequestSummary> } | { error: DisplayedError };

/**
 * "Demandes" page: the "adresse introuvable" requests, oldest first, with filters kept in the
 * URL query. The query is the single source of the filters: each change navigates, and each
 * navigation loads the list.
 */
@Component({
  selector: 'dpec-request-queue-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorAlert, Pagination],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-queue-page.html',
})
export class RequestQueuePage {
  private readonly api = inject(SupportApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly statuses: readonly { value: StatusFilter; label: string }[] = [
    { value: 'open', label: 'Ouvertes' },
    { value: 'all', label: 'Tous les statuts' },
    ...(Object.entries(ADDRESS_REQUEST_STATUS_LABELS) as [AddressRequestStatus, string][]).map(([value, label]) => ({ value, label })),
  ];
  protected readonly awaitingLabel = AWAITING_ACCOUNT_CREATION_LABEL;
  protected readonly resultsHeadingId = RESULTS_HEADING_ID;

  protected readonly state = signal<QueueState>(readQueueState(this.route.snapshot.queryParamMap));
  protected readonly searchControl = new FormControl(this.state().q, { nonNullable: true });
  protected readonly statusControl = new FormControl<string>(this.state().status, { nonNullable: true });
  protected readonly assigneeControl = new FormControl<string>(this.state().assignee, { nonNullable: true });
  protected readonly awaitingControl = new FormControl(this.state().awaiting, { nonNullable: true });

  protected readonly page = signal<Page<AddressRequestSummary> | null>(null);
  protected readonly error = signal<DisplayedError | null>(null);
  protected readonly loading = signal(false);

  protected readonly rows = computed(() => (this.page()?.items ?? []).map(toRow));
  protected readonly pageCount = computed(() => {
    const page = this.page();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });
  protected readonly resultText = computed(() => describeResult(this.page(), this.pageCount()));
  protected readonly hrefForPage = (pageNumber: number): string =>
    buildUrl(QUEUE_PATH, toQueueUrlValues({ ...this.state(), page: pageNumber }));

  constructor() {
    this.route.queryParamMap
      .pipe(
        map((params) => readQueueState(params)),
        tap((state) => this.showFilters(state)),
        switchMap((state) => this.fetch(state)),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.show(outcome));

    this.searchControl.valueChanges
      .pipe(
        debounceTime(QUEUE_SEARCH_DEBOUNCE_MS),
        map((value) => value.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.update({ q, page: 1 }));
    this.statusControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((status) => this.update({ status: status as StatusFilter, page: 1 }));
    this.assigneeControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((assignee) => this.update({ assignee: assignee as QueueState['assignee'], page: 1 }));
    this.awaitingControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((awaiting) => this.update({ awaiting, page: 1 }));
  }

  /** Runs the search at once when the user presses Enter, without waiting for the debounce. */
  protected submitSearch(event: Event): void {
    event.preventDefault();
    this.update({ q: this.searchControl.value.trim(), page: 1 });
  }

  protected goToPage(pageNumber: number): void {
    this.update({ page: pageNumber });
    afterNextRender(() => this.host.querySelector<HTMLElement>(`#${RESULTS_HEADING_ID}`)?.focus(), { injector: this.injector });
  }

  protected retry(): void {
    this.fetch(this.state()).subscribe((outcome) => this.show(outcome));
  }

  /** Writes the new filters into the URL, replacing the history entry; the navigation then loads the list. */
  private update(changes: Partial<QueueState>): void {
    const current = this.state();
    const next = { ...current, ...changes };
    if (sameQueueState(current, next)) {
      return;
    }
    this.state.set(next);
    void this.router.navigate([], { relativeTo: this.route, queryParams: toParams(toQueueUrlValues(next)), replaceUrl: true });
  }

  /** Puts the URL's filters into the form, for a navigation that did not come from the form (back button, menu link). */
  private showFilters(state: QueueState): void {
    this.state.set(state);
    if (this.searchControl.value.trim() !== state.q) {
      this.searchControl.setValue(state.q, { emitEvent: false });
    }
    this.statusControl.setValue(state.status, { emitEvent: false });
    this.assigneeControl.setValue(state.assignee, { emitEvent: false });
    this.awaitingControl.setValue(state.awaiting, { emitEvent: false });
  }

  private fetch(state: QueueState): Observable<LoadOutcome> {
    this.loading.set(true);
    return this.api.listRequests(toQueueQuery(state)).pipe(
      map((page): LoadOutcome => ({ page })),
      catchError((failure: unknown) => of<LoadOutcome>({ error: toDisplayedError(failure) })),
    );
  }

  private show(outcome: LoadOutcome): void {
    this.loading.set(false);
    if ('error' in outcome) {
      this.error.set(outcome.error);
      return;
    }

    this.error.set(null);
    const { page } = outcome;
    const lastPage = Math.max(1, Math.ceil(page.total / page.pageSize));
    // A page number past the end, from an old link or after requests were closed, moves to the last page.
    if (page.items.length === 0 && page.total > 0 && this.state().page > lastPage) {
      this.update({ page: lastPage });
      return;
    }
    this.page.set(page);
  }
}

/** Router query parameters without the empty values, which would otherwise stay in the URL as `name=`. */
function toParams(values: UrlQueryValues): Params {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== ''));
}

function toRow(request: AddressRequestSummary): RequestRow {
  return {
    id: request.id,
    reference: request.reference,
    requester: `${request.firstName} ${request.lastName}`,
    contactEmail: request.contactEmail,
    badges: requestBadges(request),
    createdAt: request.createdAt,
    age: formatAge(request.createdAt),
    createdText: formatDateTime(request.createdAt),
    assignee: assigneeName(request),
    source: sourceLabel(request.source),
  };
}

function describeResult(page: Page<AddressRequestSummary> | null, pageCount: number): string {
  if (!page) {
    return '';
  }
  if (page.total === 0) {
    return 'Aucune demande ne correspond à ces critères.';
  }
  const count = page.total === 1 ? '1 demande trouvée' : `${page.total} demandes trouvées`;
  return pageCount > 1 ? `${count}, page ${page.page} sur ${pageCount}.` : `${count}.`;
}
