import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NavigationEnd, NavigationStart, Router, RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { filter } from 'rxjs';

import { AuthService } from '../core/auth.service';
import { OpenRequestCountService } from '../core/open-request-count.service';
import { SignOutService } from '../core/sign-out';

/**
 * DSFR header. On small screens the tool links move into a menu dialog, which this component
 * opens and closes itself because the portal does not load the DSFR script.
 */
@Component({
  selector: 'dpec-site-header',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-header.html',
  host: { '(document:keydown.escape)': 'closeMenu()' },
})
export class SiteHeader {
  private readonly injector = inject(Injector);
  private readonly openRequests = inject(OpenRequestCountService);

  protected readonly auth = inject(AuthService);
  protected readonly signOutService = inject(SignOutService);
  protected readonly menuOpen = signal(false);
  /** The console link is for the roles that manage accounts; the console itself checks the role again. */
  protected readonly showConsoleLink = computed(() =>
    (this.auth.account()?.roles ?? []).some((role) => role === 'gestionnaire' || role === 'support'),
  );
  /** Open requests shown in a badge on the console link; null hides the badge. */
  protected readonly openCount = computed(() => (this.showConsoleLink() ? this.openRequests.count() : null));

  private readonly menuButton = viewChild<ElementRef<HTMLButtonElement>>('menuButton');
  private readonly closeButton = viewChild<ElementRef<HTMLButtonElement>>('closeButton');

  constructor() {
    const router = inject(Router);
    router.events
      .pipe(
        filter((event) => event instanceof NavigationStart),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));

    // The count is fetched again after each navigation, and when a console account logs in.
    router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.refreshOpenCount());
    effect(() => {
      if (this.showConsoleLink()) {
        untracked(() => this.openRequests.refresh());
      } else {
        untracked(() => this.openRequests.clear());
      }
    });
  }

  protected openMenu(): void {
    this.menuOpen.set(true);
    afterNextRender(() => this.closeButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected closeMenu(): void {
    if (!this.menuOpen()) {
      return;
    }

    this.menuOpen.set(false);
    this.menuButton()?.nativeElement.focus();
  }

  private refreshOpenCount(): void {
    if (this.showConsoleLink()) {
      this.openRequests.refresh();
    }
  }

  protected signOut(): void {
    this.menuOpen.set(false);
    this.signOutService.signOut();
  }
}
