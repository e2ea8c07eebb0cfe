import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { catchError, map, of } from 'rxjs';

import { AuthService } from './auth.service';

/**
 * Lets a logged-in user through and sends anyone else to /connexion, with the requested URL in
 * `returnUrl`. A failed session check (network, 5xx) also leads to the login page, whose
 * submit shows the error.
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const loginTree = router.createUrlTree(['/connexion'], { queryParams: { returnUrl: state.url } });

  return auth.loadAccount().pipe(
    map((account) => (account ? true : loginTree)),
    catchError(() => of(loginTree)),
  );
};

/** Redirects `/` to the account page when a session exists and to the login page otherwise. */
export const homeRedirectGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  const router = inject(Router);

  return auth.ensureAccount().pipe(
    map((account) => router.createUrlTree([account ? '/mon-compte' : '/connexion'])),
    catchError(() => of(router.createUrlTree(['/connexion']))),
  );
};
