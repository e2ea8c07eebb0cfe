import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';

import { routes } from './app.routes';
import { sessionExpiryInterceptor } from './core/session-expiry.interceptor';
import { ServiceTitleStrategy } from './core/title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ anchorScrolling: 'enabled', scrollPositionRestoration: 'top' }),
    ),
    { provide: TitleStrategy, useClass: ServiceTitleStrategy },
    // Angular's defaults match the API: it reads the XSRF-TOKEN cookie and sends X-XSRF-TOKEN
    // on every POST, PUT, PATCH and DELETE to a relative URL, so no option is changed here.
    provideHttpClient(withFetch(), withXsrfConfiguration({}), withInterceptors([sessionExpiryInterceptor])),
  ],
};
