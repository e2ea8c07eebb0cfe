import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { Router } from '@angular/router';
import { SessionView } from '@dpec/contracts';
import { Observable } from 'rxjs';

import { AccountService } from '../../core/account.service';
import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { formatDateTime } from '../../core/date-format';
import { NoticeService } from '../../core/notice.service';
import { ErrorAlert } from '../../shared/error-alert/error-alert';

/** A session as the table shows it. */
interface SessionRow {
  id: string;
  browser: string;
  createdAt: string;
  createdAtText: string;
  lastSeenAt: string;
  lastSeenAtText: string;
  current: boolean;
  /** Visually hidden end of the close button's name, which distinguishes the rows for screen readers. */
  buttonContext: string;
}

const HEADING_ID = 'sessions-title';

/**
 * "Sessions ouvertes" section of the account page: the account's sessions in a table, with a
 * button to close each one and another to close all but the current one.
 */
@Component({
  selector: 'dpec-sessions-section',
  imports: [ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sessions-section.html',
})
export class SessionsSection implements OnInit {
  private readonly accountService = inject(AccountService);
  private readonly auth = inject(AuthService);
  private readonly notices = inject(NoticeService);
  private readonly router = inject(Router);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly headingId = HEADING_ID;
  /** Null until the first list arrives. */
  protected readonly rows = signal<readonly SessionRow[] | null>(null);
  protected readonly loadError = signal<DisplayedError | null>(null);
  protected readonly actionError = signal<DisplayedError | null>(null);
  /** Outcome of the last action, in a polite live region. */
  protected readonly outcome = signal('');
  protected readonly pending = signal(false);

  protected readonly hasOtherSessions = computed(() => (this.rows() ?? []).some((row) => !row.current));

  ngOnInit(): void {
    this.reload();
  }

  /** Fetches the list again, for example after a password change has ended the other sessions. */
  reload(afterLoad: () => void = () => undefined): void {
    this.accountService.listSessions().subscribe({
      next: (sessions) => {
        this.loadError.set(null);
        this.rows.set(toRows(sessions));
        afterLoad();
      },
      error: (failure: unknown) => {
        this.loadError.set(toDisplayedError(failure));
        afterLoad();
      },
    });
  }

  protected endSession(row: SessionRow): void {
    const request = this.accountService.endSession(row.id);
    if (row.current) {
      this.runAction(request, () => this.leaveAfterLogout());
      return;
    }
    this.runAction(request, () => this.reloadAndAnnounce('La session a été fermée.'));
  }

  protected endOtherSessions(): void {
    this.runAction(this.accountService.endOtherSessions(), () =>
      this.reloadAndAnnounce('Les autres sessions ont été fermées.'),
    );
  }

  private runAction(request: Observable<void>, onSuccess: () => void): void {
    if (this.pending()) {
      return;
    }

    this.pending.set(true);
    this.actionError.set(null);
    this.outcome.set('');
    request.subscribe({
      next: () => {
        this.pending.set(false);
        onSuccess();
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.actionError.set(toDisplayedError(failure));
        // After a 404 the session was already gone, so the list is out of date.
        this.reload();
      },
    });
  }

  private reloadAndAnnounce(message: string): void {
    this.reload(() => {
      this.outcome.set(message);
      // The clicked button has left the table, so focus goes back to the section heading.
      afterNextRender(() => this.host.querySelector<HTMLElement>(`#${HEADING_ID}`)?.focus(), {
        injector: this.injector,
      });
    });
  }

  private leaveAfterLogout(): void {
    this.auth.forgetAccount();
    this.notices.publish({ kind: 'success', text: 'Vous êtes déconnecté.' });
    void this.router.navigateByUrl('/connexion');
  }
}

/** Puts the current session first, then the others by latest activity. */
function toRows(sessions: readonly SessionView[]): SessionRow[] {
  const sorted = [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );

  return sorted.map((session) => {
    const browser = session.browser ?? 'Navigateur inconnu';
    const createdAtText = formatDateTime(session.createdAt);
    const currentSuffix = session.current ? ' (cette session)' : '';

    return {
      id: session.id,
      browser,
      createdAt: session.createdAt,
      createdAtText,
      lastSeenAt: session.lastSeenAt,
      lastSeenAtText: formatDateTime(session.lastSeenAt),
      current: session.current,
      buttonContext: ` ${browser}, ouverte le ${createdAtText}${currentSuffix}`,
    };
  });
}
