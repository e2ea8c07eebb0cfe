import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ACCOUNT_STATUS_FILTERS, AccountSortField, AdminAccountView, Page, ROLES } from '@dpec/contracts';
import { Observable, Subject, catchError, debounceTime, distinctUntilChanged, map, of, skip, switchMap } from 'rxjs';

import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { formatDateTime } from '../../core/date-format';
import { ROLE_LABELS } from '../../core/roles';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { AdminApiService, accountExportUrl } from '../admin-api.service';
import { STATUS_FILTER_LABELS, StatusBadge, roleNames, statusBadges } from '../admin-labels';
import { Pagination } from '../shared/pagination';
import { buildUrl, replaceUrlQuery } from '../shared/url-query';
import { AccountListState, readListState, toAccountListQuery, toUrlValues } from './account-list-query';

const LIST_PATH = '/admin/comptes';
const RESULTS_HEADING_ID = 'account-results-title';
/** Wait after the last keystroke before the search runs, in milliseconds. */
export const SEARCH_DEBOUNCE_MS = 300;

/** A column of the table; `sortField` is null for a column that the API cannot sort. */
interface Column {
  label: string;
  sortField: AccountSortField | null;
}

const COLUMNS: readonly Column[] = [
  { label: 'Nom', sortField: 'lastName' },
  { label: 'Prénom', sortField: 'firstName' },
  { label: 'Adresse mail', sortField: 'email' },
  { label: 'Rôles', sortField: null },
  { label: 'Statut', sortField: null },
  { label: 'Dernière connexion', sortField: 'lastLoginAt' },
  { label: 'Créé le', sortField: 'createdAt' },
];

/** An account as a table row shows it. */
interface AccountRow {
  id: number;
  lastName: string;
  firstName: string;
  email: string;
  roles: string;
  badges: StatusBadge[];
  lastLoginAt: string | null;
  lastLoginText: string;
  createdAt: string;
  createdText: string;
}

/** Outcome of one list request. */
type LoadOutcome = { page: Page<AdminAccountView> } | { error: DisplayedError };

/**
 * "Comptes" page: the accounts found by the API's search, filters, sort and pagination. The
 * filters live in the URL query, so that a reload or a shared link shows the same list.
 */
@Component({
  selector: 'dpec-account-list-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorAlert, Pagination],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-list-page.html',
})
export class AccountListPage {
  private readonly api = inject(AdminApiService);
  private readonly location = inject(Location);
  private readonly route = inject(ActivatedRoute);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly requests = new Subject<AccountListState>();

  protected readonly columns = COLUMNS;
  protected readonly roles = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
  protected readonly statuses = ACCOUNT_STATUS_FILTERS.map((status) => ({ value: status, label: STATUS_FILTER_LABELS[status] }));
  protected readonly resultsHeadingId = RESULTS_HEADING_ID;

  protected readonly state = signal<AccountListState>(readListState(this.route.snapshot.queryParamMap));
  protected readonly searchControl = new FormControl(this.state().q, { nonNullable: true });
  protected readonly roleControl = new FormControl<string>(this.state().role, { nonNullable: true });
  protected readonly statusControl = new FormControl<string>(this.state().status, { nonNullable: true });

  protected readonly page = signal<Page<AdminAccountView> | null>(null);
  protected readonly error = signal<DisplayedError | null>(null);
  protected readonly loading = signal(false);

  protected readonly rows = computed(() => (this.page()?.items ?? []).map(toRow));
  protected readonly pageCount = computed(() => {
    const page = this.page();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });
  protected readonly exportUrl = computed(() => accountExportUrl(toAccountListQuery(this.state())));
  protected readonly resultText = computed(() => describeResult(this.page(), this.pageCount()));
  protected readonly hrefForPage = (pageNumber: number): string =>
    buildUrl(LIST_PATH, toUrlValues({ ...this.state(), page: pageNumber }));

  constructor() {
    this.requests
      .pipe(
        switchMap((state) => this.fetch(state)),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.show(outcome));

    this.searchControl.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((value) => value.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.update({ q, page: 1 }));
    this.roleControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((role) => this.update({ role: role as AccountListState['role'], page: 1 }));
    this.statusControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((status) => this.update({ status: status as AccountListState['status'], page: 1 }));

    // A router navigation to this page with another query, such as the menu link or the back button.
    this.route.queryParamMap.pipe(skip(1), takeUntilDestroyed()).subscribe((params) => this.reset(readListState(params)));

    this.requests.next(this.state());
  }

  /** Runs the search at once when the user presses Enter, without waiting for the debounce. */
  protected submitSearch(event: Event): void {
    event.preventDefault();
    this.update({ q: this.searchControl.value.trim(), page: 1 });
  }

  protected sortBy(field: AccountSortField): void {
    const current = this.state();
    const order = current.sort === field && current.order === 'asc' ? 'desc' : 'asc';
    this.update({ sort: field, order, page: 1 });
  }

  protected ariaSort(field: AccountSortField | null): 'ascending' | 'descending' | null {
    const current = this.state();
    if (field === null || current.sort !== field) {
      return null;
    }
    return current.order === 'asc' ? 'ascending' : 'descending';
  }

  /** Returns the accessible name of a sort button, which describes the order that a click applies. */
  protected sortButtonLabel(column: Column): string {
    const nextOrder = this.ariaSort(column.sortField) === 'ascending' ? 'décroissant' : 'croissant';
    return `Trier la colonne ${column.label} par ordre ${nextOrder}`;
  }

  protected goToPage(pageNumber: number): void {
    this.update({ page: pageNumber });
    afterNextRender(() => this.host.querySelector<HTMLElement>(`#${RESULTS_HEADING_ID}`)?.focus(), { injector: this.injector });
  }

  protected retry(): void {
    this.requests.next(this.state());
  }

  private update(changes: Partial<AccountListState>): void {
    const current = this.state();
    const next = { ...current, ...changes };
    if (sameState(current, next)) {
      return;
    }
    this.state.set(next);
    replaceUrlQuery(this.location, LIST_PATH, toUrlValues(next));
    this.requests.next(next);
  }

  private reset(state: AccountListState): void {
    this.searchControl.setValue(state.q, { emitEvent: false });
    this.roleControl.setValue(state.role, { emitEvent: false });
    this.statusControl.setValue(state.status, { emitEvent: false });
    this.state.set(state);
    this.requests.next(state);
  }

  private fetch(state: AccountListState): Observable<LoadOutcome> {
    this.loading.set(true);
    return this.api.listAccounts(toAccountListQuery(state)).pipe(
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
    // A page number past the end, from an old link or after a filter change elsewhere, moves to the last page.
    if (page.items.length === 0 && page.total > 0 && this.state().page > lastPage) {
      this.update({ page: lastPage });
      return;
    }
    this.page.set(page);
  }
}

function sameState(a: AccountListState, b: AccountListState): boolean {
  return (Object.keys(a) as (keyof AccountListState)[]).every((key) => a[key] === b[key]);
}

function toRow(account: AdminAccountView): AccountRow {
  return {
    id: account.id,
    lastName: account.lastName,
    firstName: account.firstName,
    email: account.email,
    roles: roleNames(account.roles),
    badges: statusBadges(account),
    lastLoginAt: account.lastLoginAt,
    lastLoginText: account.lastLoginAt ? formatDateTime(account.lastLoginAt) : 'Jamais',
    createdAt: account.createdAt,
    createdText: formatDateTime(account.createdAt),
  };
}

function describeResult(page: Page<AdminAccountView> | null, pageCount: number): string {
  if (!page) {
    return '';
  }
  if (page.total === 0) {
    return 'Aucun compte ne correspond à ces critères.';
  }
  const count = page.total === 1 ? '1 compte trouvé' : `${page.total} comptes trouvés`;
  return pageCount > 1 ? `${count}, page ${page.page} sur ${pageCount}.` : `${count}.`;
}
