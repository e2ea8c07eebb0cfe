import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { AuthService } from './core/auth.service';
import { focusMainContentOnNavigation } from './core/route-focus';
import { SignOutService } from './core/sign-out';
import { SiteFooter } from './layout/site-footer';
import { SiteHeader } from './layout/site-header';
import { ErrorAlert } from './shared/error-alert/error-alert';

const MAIN_ID = 'contenu';

/** Page frame: skip link, DSFR header, the routed page in `main`, DSFR footer. */
@Component({
  selector: 'dpec-root',
  imports: [RouterOutlet, SiteHeader, SiteFooter, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
})
export class App {
  protected readonly mainId = MAIN_ID;
  protected readonly signOutError = inject(SignOutService).error;

  constructor() {
    focusMainContentOnNavigation(MAIN_ID);

    // Tells the header whether to show "Mon compte" on pages that have no guard, such as /connexion.
    inject(AuthService)
      .ensureAccount()
      .subscribe({ error: () => undefined });
  }

  /**
   * Focuses `main` without changing the URL: with `<base href="/">`, the browser would resolve
   * "#contenu" against the site root and leave the current page.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    document.getElementById(MAIN_ID)?.focus();
  }
}
