import { DestroyRef, Injector, afterNextRender, inject } from '@angular/core';
import { NavigationEnd, Router, UrlTree } from '@angular/router';
import { filter } from 'rxjs';

/**
 * Moves focus after each route change so that screen readers announce the new page: to the
 * element named by the URL fragment if there is one, else to the main heading, else to `main`.
 * The first navigation is skipped, so that a fresh page load starts at the skip link. A
 * navigation that changes only the query or the fragment, such as a list filter written into
 * the URL, keeps focus where it is, so that typing in a search field is not interrupted.
 * Call from a component constructor; `mainId` is the id of the `main` element.
 */
export function focusMainContentOnNavigation(mainId: string): void {
  const router = inject(Router);
  const injector = inject(Injector);
  let previousPath: string | null = null;

  const subscription = router.events
    .pipe(filter((event): event is NavigationEnd => event instanceof NavigationEnd))
    .subscribe((event) => {
      const tree = router.parseUrl(event.urlAfterRedirects);
      const path = pathOf(tree);
      const isFirstNavigation = previousPath === null;
      const samePage = path === previousPath;
      previousPath = path;
      if (isFirstNavigation || samePage) {
        return;
      }
      afterNextRender(() => focusTarget(mainId, tree.fragment), { injector });
    });

  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
}

/** Returns the URL without its query and fragment, including secondary outlets. */
function pathOf(tree: UrlTree): string {
  const bare = new UrlTree(tree.root, {}, null);
  return bare.toString();
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
