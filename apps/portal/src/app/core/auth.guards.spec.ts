import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { Observable, firstValueFrom, isObservable } from 'rxjs';

import { authGuard, homeRedirectGuard } from './auth.guards';

type GuardResult = boolean | UrlTree;

describe('auth guards', () => {
  let http: HttpTestingController;
  let router: Router;

  const account = { id: 7, email: 'camille.martin@example.fr', firstName: 'Camille', lastName: 'Martin', roles: ['intervenant'] };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  function runAuthGuard(url: string): Promise<GuardResult> {
    const result = TestBed.runInInjectionContext(() =>
      authGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    );
    if (!isObservable(result)) {
      throw new Error('authGuard is expected to return an Observable.');
    }
    return firstValueFrom(result as Observable<GuardResult>);
  }

  function runHomeGuard(): Promise<GuardResult> {
    const result = TestBed.runInInjectionContext(() =>
      homeRedirectGuard({} as ActivatedRouteSnapshot, { url: '/' } as RouterStateSnapshot),
    );
    return firstValueFrom(result as Observable<GuardResult>);
  }

  it('authGuard admits a session', async () => {
    const result = runAuthGuard('/mon-compte');

    http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(account);

    await expect(result).resolves.toBe(true);
  });

  it('authGuard redirects on 401', async () => {
    const result = runAuthGuard('/mon-compte');

    http.expectOne('/api/auth/me').flush(
      { statusCode: 401, code: 'NOT_AUTHENTICATED', message: 'Vous devez vous connecter.', requestId: 'r1' },
      { status: 401, statusText: 'Unauthorized' },
    );

    const tree = await result;
    expect(tree).toBeInstanceOf(UrlTree);
    expect(router.serializeUrl(tree as UrlTree)).toBe('/connexion?returnUrl=%2Fmon-compte');
  });

  it('authGuard redirects on network failure', async () => {
    const result = runAuthGuard('/mon-compte');

    http.expectOne('/api/auth/me').error(new ProgressEvent('error'));

    const tree = await result;
    expect(router.serializeUrl(tree as UrlTree)).toBe('/connexion?returnUrl=%2Fmon-compte');
  });

  it('home sends a session to its account', async () => {
    const result = runHomeGuard();

    http.expectOne('/api/auth/me').flush(account);

    expect(router.serializeUrl((await result) as UrlTree)).toBe('/mon-compte');
  });

  it('home sends a visitor to login', async () => {
    const result = runHomeGuard();

    http.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(router.serializeUrl((await result) as UrlTree)).toBe('/connexion');
  });
});
