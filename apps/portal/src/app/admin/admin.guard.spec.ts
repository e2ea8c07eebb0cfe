import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, CanActivateFn, RedirectCommand, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';

import { consoleGuard, consoleHomeGuard, gestionnaireGuard } from './admin.guard';
import { AuthService } from '../core/auth.service';

type GuardResult = boolean | UrlTree | RedirectCommand;

describe('console guards', () => {
  let http: HttpTestingController;
  let router: Router;

  const account = { id: 3, email: 'alix.garnier@example.fr', firstName: 'Alix', lastName: 'Garnier' };

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  function run(url: string, guard: CanActivateFn = gestionnaireGuard): Promise<GuardResult> {
    const result = TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot));
    return firstValueFrom(result as Observable<GuardResult>);
  }

  it('admits a gestionnaire', async () => {
    const result = run('/admin/comptes');

    http.expectOne('/api/auth/me').flush({ ...account, roles: ['intervenant', 'gestionnaire'] });

    await expect(result).resolves.toBe(true);
  });

  it('sends a visitor to login', async () => {
    const result = run('/admin/comptes?q=lou');

    http.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(router.serializeUrl((await result) as UrlTree)).toBe('/connexion?returnUrl=%2Fadmin%2Fcomptes%3Fq%3Dlou');
  });

  it('denies a support account', async () => {
    const result = run('/admin/journal');

    http.expectOne('/api/auth/me').flush({ ...account, roles: ['support'] });

    const command = await result;
    expect(command).toBeInstanceOf(RedirectCommand);
    expect(router.serializeUrl((command as RedirectCommand).redirectTo)).toBe('/admin/acces-refuse');
    expect((command as RedirectCommand).navigationBehaviorOptions?.browserUrl).toBe('/admin/journal');
  });

  it('admits support to the console', async () => {
    const result = run('/admin/demandes', consoleGuard);

    http.expectOne('/api/auth/me').flush({ ...account, roles: ['support'] });

    await expect(result).resolves.toBe(true);
  });

  it('keeps an intervenant out of the console', async () => {
    const result = run('/admin/demandes', consoleGuard);

    http.expectOne('/api/auth/me').flush({ ...account, roles: ['intervenant'] });

    const command = await result;
    expect(command).toBeInstanceOf(RedirectCommand);
    expect(router.serializeUrl((command as RedirectCommand).redirectTo)).toBe('/admin/acces-refuse');
  });

  it('opens Demandes for support', async () => {
    const auth = TestBed.inject(AuthService);
    auth.loadAccount().subscribe();
    http.expectOne('/api/auth/me').flush({ ...account, roles: ['support'] });

    const result = TestBed.runInInjectionContext(() => consoleHomeGuard({} as ActivatedRouteSnapshot, { url: '/admin' } as RouterStateSnapshot));

    expect(router.serializeUrl(result as UrlTree)).toBe('/admin/demandes');
  });

  it('opens Comptes for a gestionnaire', async () => {
    const auth = TestBed.inject(AuthService);
    auth.loadAccount().subscribe();
    http.expectOne('/api/auth/me').flush({ ...account, roles: ['gestionnaire', 'support'] });

    const result = TestBed.runInInjectionContext(() => consoleHomeGuard({} as ActivatedRouteSnapshot, { url: '/admin' } as RouterStateSnapshot));

    expect(router.serializeUrl(result as UrlTree)).toBe('/admin/comptes');
  });
});
