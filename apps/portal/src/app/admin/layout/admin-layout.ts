import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { Role } from '@dpec/contracts';
import { filter, map } from 'rxjs';

import { AuthService } from '../../core/auth.service';

/** An entry of the console menu. */
interface MenuItem {
  label: string;
  path: string;
  /** Roles that see the entry. */
  roles: readonly Role[];
  /** Returns whether `path` (without query or fragment) belongs to this entry. */
  matches: (path: string) => boolean;
}

const GESTIONNAIRE: readonly Role[] = ['gestionnaire'];
const SUPPORT_DESK: readonly Role[] = ['gestionnaire', 'support'];

const MENU_ITEMS: readonly MenuItem[] = [
  {
    label: 'Comptes',
    path: '/admin/comptes',
    roles: GESTIONNAIRE,
    matches: (path) => path === '/admin/comptes' || (path.startsWith('/admin/comptes/') && path !== '/admin/comptes/import'),
  },
  { label: 'Importer', path: '/admin/comptes/import', roles: GESTIONNAIRE, matches: (path) => path === '/admin/comptes/import' },
  {
    label: 'Demandes',
    path: '/admin/demandes',
    roles: SUPPORT_DESK,
    matches: (path) => path === '/admin/demandes' || path.startsWith('/admin/demandes/'),
  },
  { label: 'Journal des actions', path: '/admin/journal', roles: GESTIONNAIRE, matches: (path) => path === '/admin/journal' },
  { label: 'Clés d’API', path: '/admin/cles-api', roles: GESTIONNAIRE, matches: (path) => path === '/admin/cles-api' },
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
  private readonly auth = inject(AuthService);

  private readonly path = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.currentPath()),
    ),
    { initialValue: this.currentPath() },
  );

  /**
   * Menu entries that the account's roles allow, with their `aria-current` value: "page" on the
   * page itself, "true" on its sub-pages, else null.
   */
  protected readonly items = computed(() => {
    const path = this.path();
    const roles = this.auth.account()?.roles ?? [];
    const allowed = MENU_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
    return allowed.map((item) => {
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
