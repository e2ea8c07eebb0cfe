import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { catchError, map, of } from 'rxjs';

import { AuthService } from '../core/auth.service';

export const ACCESS_DENIED_PATH = '/admin/acces-refuse';

/**
 * Lets a gestionnaire into the console. A visitor goes to /connexion with the requested URL in
 * `returnUrl`, as with `authGuard`. Any other account gets the "Accès refusé" page while the
 * address bar keeps the requested URL.
 */
export const gestionnaireGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  const loginTree = router.createUrlTree(['/connexion'], { queryParams: { returnUrl: state.url } });

  return inject(AuthService)
    .loadAccount()
    .pipe(
      map((account) => {
        if (!account) {
          return loginTree;
        }
        if (account.roles.includes('gestionnaire')) {
          return true;
        }
        return new RedirectCommand(router.parseUrl(ACCESS_DENIED_PATH), { browserUrl: state.url });
      }),
      catchError(() => of(loginTree)),
    );
};
