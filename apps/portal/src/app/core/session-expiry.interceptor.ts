import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { ErrorCode } from '@dpec/contracts';
import { tap } from 'rxjs';

import { readApiError } from './api-error';
import { AuthService } from './auth.service';
import { NoticeService } from './notice.service';

export const SESSION_ENDED_MESSAGE = 'Votre session a pris fin. Reconnectez-vous pour continuer.';

/**
 * Sends the user to the login page when the API reports that their session is gone, after an
 * idle period or because it was closed from another browser. The `/api/auth/*` calls are left
 * to their callers, because a 401 there means a visitor, wrong credentials or a session that
 * has already ended. The error still reaches the caller.
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const notices = inject(NoticeService);
  const router = inject(Router);

  return next(request).pipe(
    tap({
      error: (error: unknown) => {
        if (!isSessionGone(error) || request.url.startsWith('/api/auth/') || !auth.loggedIn()) {
          return;
        }

        auth.forgetAccount();
        notices.publish({ kind: 'info', text: SESSION_ENDED_MESSAGE });
        const returnUrl = router.url;
        void router.navigate(['/connexion'], { queryParams: { returnUrl } });
      },
    }),
  );
};

function isSessionGone(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 401 && readApiError(error)?.code === ErrorCode.NotAuthenticated;
}
