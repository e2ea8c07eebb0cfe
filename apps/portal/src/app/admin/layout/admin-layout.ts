import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';

/** An entry of the console menu. */
interface MenuItem {
  label: string;
  path: string;
  /** Returns whether `path` (without query or fragment) belongs to this entry. */
  matches: (path: string) => boolean;
}

const MENU_ITEMS: readonly MenuItem[] = [
  {
    label: 'Comptes',
    path: '/admin/comptes',
    matches: (path) => path === '/admin/comptes' || (path.startsWith('/admin/comptes/') && path !== '/admin/comptes/import'),
  },
  { label: 'Importer', path: '/admin/comptes/import', matches: (path) => path === '/admin/comptes/import' },
  { label: 'Journal des actions', path: '/admin/journal', matches: (path) => path === '/admin/journal' },
];

/**
 * Frame of the console pages: a DSFR side menu and the routed page. The menu stays open on
 * small screens because the portal does not load the DSFR script that would fold it.
 */
@Component({
  selector: 'dpec-admin-layout',
  imports: [RouterLink, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-py-4w">
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-3">
          <nav class="fr-sidemenu" aria-labelledby="admin-menu-title">
            <div class="fr-sidemenu__inner">
              <p class="fr-sidemenu__title" id="admin-menu-title">Console de gestion</p>
              <ul class="fr-sidemenu__list">
                @for (item of items(); track item.path) {
                  <li class="fr-sidemenu__item" [class.fr-sidemenu__item--active]="item.current">
                    <a class="fr-sidemenu__link" [routerLink]="item.path" [attr.aria-current]="item.current">{{
                      item.label
                    }}</a>
                  </li>
                }
              </ul>
            </div>
          </nav>
        </div>
        <div class="fr-col-12 fr-col-md-9">
          <router-outlet />
        </div>
      </div>
    </div>
  `,
})
export class AdminLayout {
  private readonly router = inject(Router);

  private readonly path = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.currentPath()),
    ),
    { initialValue: this.currentPath() },
  );

  /** Menu entries with their `aria-current` value: "page" on the page itself, "true" on its sub-pages, else null. */
  protected readonly items = computed(() => {
    const path = this.path();
    return MENU_ITEMS.map((item) => {
      let current: 'page' | 'true' | null = null;
      if (item.path === path) {
        current = 'page';
      } else if (item.matches(path)) {
        current = 'true';
      }
      return { label: item.label, path: item.path, current };
    });
  });

  private currentPath(): string {
    const tree = this.router.parseUrl(this.router.url);
    const segments = tree.root.children['primary']?.segments ?? [];
    return '/' + segments.map((segment) => segment.path).join('/');
  }
}
