import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AUDIT_ACTIONS, AuditAction, AuditEntryView, Page } from '@dpec/contracts';
import { Observable, Subject, catchError, map, of, skip, switchMap } from 'rxjs';

import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { formatDateTime } from '../../core/date-format';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { AdminApiService } from '../admin-api.service';
import { auditActionLabel, fullName } from '../admin-labels';
import { Pagination } from '../shared/pagination';
import { buildUrl, replaceUrlQuery } from '../shared/url-query';
import { FieldChange, describeChanges } from './audit-changes';
import { AuditState, readAuditState, toAuditQuery, toAuditUrlValues } from './audit-query';

const AUDIT_PATH = '/admin/journal';
const RESULTS_HEADING_ID = 'audit-results-title';
const TO_INPUT_ID = 'audit-to';

/** An audit entry as a table row shows it. */
interface AuditRow {
  id: number;
  createdAt: string;
  createdText: string;
  actorName: string;
  actorEmail: string | null;
  /** Set when the account still exists, so that its address links to its page. */
  accountId: number | null;
  accountEmail: string;
  action: string;
  changes: FieldChange[];
}

type LoadOutcome = { page: Page<AuditEntryView> } | { error: DisplayedError };

/** "Journal des actions" page: the gestionnaires' actions on accounts, newest first, with filters kept in the URL. */
@Component({
  selector: 'dpec-audit-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorAlert, Pagination],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
})
export class AuditPage {
  private readonly api = inject(AdminApiService);
  private readonly location = inject(Location);
  private readonly route = inject(ActivatedRoute);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly requests = new Subject<AuditState>();

  protected readonly actions = AUDIT_ACTIONS.map((action) => ({ value: action, label: auditActionLabel(action) }));
  protected readonly resultsHeadingId = RESULTS_HEADING_ID;
  protected readonly toInputId = TO_INPUT_ID;

  protected readonly state = signal<AuditState>(readAuditState(this.route.snapshot.queryParamMap));
  protected readonly form = new FormGroup({
    actor: new FormControl('', { nonNullable: true }),
    account: new FormControl('', { nonNullable: true }),
    action: new FormControl<string>('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });
  /** Error under the "au" date, set on submit when the range is reversed. */
  protected readonly rangeError = signal<string | null>(null);

  protected readonly page = signal<Page<AuditEntryView> | null>(null);
  protected readonly error = signal<DisplayedError | null>(null);
  protected readonly loading = signal(false);

  protected readonly rows = computed(() => (this.page()?.items ?? []).map(toRow));
  protected readonly pageCount = computed(() => {
    const page = this.page();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });
  protected readonly resultText = computed(() => {
    const page = this.page();
    if (!page) {
      return '';
    }
    if (page.total === 0) {
      return 'Aucune action ne correspond à ces critères.';
    }
    const count = page.total === 1 ? '1 action trouvée' : `${page.total} actions trouvées`;
    return this.pageCount() > 1 ? `${count}, page ${page.page} sur ${this.pageCount()}.` : `${count}.`;
  });
  protected readonly hrefForPage = (pageNumber: number): string =>
    buildUrl(AUDIT_PATH, toAuditUrlValues({ ...this.state(), page: pageNumber }));

  constructor() {
    this.fillForm(this.state());
    this.requests
      .pipe(
        switchMap((state) => this.fetch(state)),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.show(outcome));

    // A router navigation to this page with another query, such as "Voir le journal" or the back button.
    this.route.queryParamMap.pipe(skip(1), takeUntilDestroyed()).subscribe((params) => {
      const state = readAuditState(params);
      this.fillForm(state);
      this.state.set(state);
      this.requests.next(state);
    });

    this.requests.next(this.state());
  }

  protected applyFilters(): void {
    const value = this.form.getRawValue();
    if (value.from && value.to && value.from > value.to) {
      this.rangeError.set('La date de fin doit être égale ou postérieure à la date de début.');
      this.host.querySelector<HTMLElement>(`#${TO_INPUT_ID}`)?.focus();
      return;
    }

    this.rangeError.set(null);
    this.update({
      actor: value.actor.trim(),
      account: value.account.trim(),
      action: value.action as AuditAction | '',
      from: value.from,
      to: value.to,
      page: 1,
    });
    this.focusResults();
  }

  protected clearFilters(): void {
    this.rangeError.set(null);
    this.form.reset();
    this.update({ actor: '', account: '', action: '', from: '', to: '', page: 1 });
    this.focusResults();
  }

  protected goToPage(pageNumber: number): void {
    this.update({ ...this.state(), page: pageNumber });
    this.focusResults();
  }

  protected retry(): void {
    this.requests.next(this.state());
  }

  private update(next: AuditState): void {
    this.state.set(next);
    replaceUrlQuery(this.location, AUDIT_PATH, toAuditUrlValues(next));
    this.requests.next(next);
  }

  private fillForm(state: AuditState): void {
    this.form.setValue({ actor: state.actor, account: state.account, action: state.action, from: state.from, to: state.to });
  }

  private fetch(state: AuditState): Observable<LoadOutcome> {
    this.loading.set(true);
    return this.api.listAuditEntries(toAuditQuery(state)).pipe(
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
    this.page.set(outcome.page);
  }

  private focusResults(): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(`#${RESULTS_HEADING_ID}`)?.focus(), { injector: this.injector });
  }
}

function toRow(entry: AuditEntryView): AuditRow {
  return {
    id: entry.id,
    createdAt: entry.createdAt,
    createdText: formatDateTime(entry.createdAt),
    actorName: entry.actor ? fullName(entry.actor) : 'Système',
    actorEmail: entry.actor?.email ?? null,
    accountId: entry.accountEmail === null ? null : entry.accountId,
    accountEmail: accountText(entry),
    action: auditActionLabel(entry.action),
    changes: describeChanges(entry),
  };
}

/**
 * Text of the "Compte" cell: the account's address, or why there is none. Actions such as
 * rejecting an address request concern no account. The API returns the id of a deleted account
 * without an address.
 */
function accountText(entry: AuditEntryView): string {
  if (entry.accountEmail !== null) {
    return entry.accountEmail;
  }
  return entry.accountId === null ? 'Aucun compte' : 'Compte supprimé';
}
