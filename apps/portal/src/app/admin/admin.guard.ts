import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { Role } from '@dpec/contracts';
import { catchError, map, of } from 'rxjs';

import { AuthService } from '../core/auth.service';

export const ACCESS_DENIED_PATH = '/admin/acces-refuse';

/** Roles that may open the console; each page may ask for fewer. */
export const CONSOLE_ROLES: readonly Role[] = ['gestionnaire', 'support'];

/**
 * Returns a guard that lets in an account with one of `roles`. A visitor goes to /connexion
 * with the requested URL in `returnUrl`, as with `authGuard`. Any other account gets the
 * "Accès refusé" page while the address bar keeps the requested URL.
 */
function requireRole(roles: readonly Role[]): CanActivateFn {
  return (_route, state) => {
    const router = inject(Router);
    const loginTree = router.createUrlTree(['/connexion'], { queryParams: { returnUrl: state.url } });

    return inject(AuthService)
      .loadAccount()
      .pipe(
        map((account) => {
          if (!account) {
            return loginTree;
          }
          if (account.roles.some((role) => roles.includes(role))) {
            return true;
          }
          return new RedirectCommand(router.parseUrl(ACCESS_DENIED_PATH), { browserUrl: state.url });
        }),
        catchError(() => of(loginTree)),
      );
  };
}

/** Lets a support agent or a gestionnaire into the console, whose "Demandes" pages they share. */
export const consoleGuard: CanActivateFn = requireRole(CONSOLE_ROLES);

/** Lets a gestionnaire into the pages that manage accounts and API keys. */
export const gestionnaireGuard: CanActivateFn = requireRole(['gestionnaire']);

/** Opens the first page of the console that the account may use: "Comptes" for a gestionnaire, else "Demandes". */
export const consoleHomeGuard: CanActivateFn = () => {
  const router = inject(Router);
  const roles = inject(AuthService).account()?.roles ?? [];
  return router.createUrlTree([roles.includes('gestionnaire') ? '/admin/comptes' : '/admin/demandes']);
};
