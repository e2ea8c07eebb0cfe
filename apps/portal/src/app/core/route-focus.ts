import { DestroyRef, Injector, afterNextRender, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter, skip } from 'rxjs';

/**
 * Moves focus after each route change so that screen readers announce the new page: to the
 * element named by the URL fragment if there is one, else to the main heading, else to `main`.
 * The first navigation is skipped, so that a fresh page load starts at the skip link.
 * Call from a component constructor; `mainId` is the id of the `main` element.
 */
export function focusMainContentOnNavigation(mainId: string): void {
  const router = inject(Router);
  const injector = inject(Injector);
  const subscription = router.events
    .pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      skip(1),
    )
    .subscribe(() => {
      const fragment = router.parseUrl(router.url).fragment;
      afterNextRender(() => focusTarget(mainId, fragment), { injector });
    });

  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
}

function focusTarget(mainId: string, fragment: string | null): void {
  const main = document.getElementById(mainId);
  if (!main) {
    return;
  }

  const fragmentTarget = fragment ? document.getElementById(fragment) : null;
  const target = fragmentTarget ?? main.querySelector<HTMLElement>('h1') ?? main;

  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  target.focus();
}
