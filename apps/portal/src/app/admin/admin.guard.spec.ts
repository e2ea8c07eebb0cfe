import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, RedirectCommand, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';

import { gestionnaireGuard } from './admin.guard';

type GuardResult = boolean | UrlTree | RedirectCommand;

describe('gestionnaireGuard', () => {
  let http: HttpTestingController;
  let router: Router;

  const account = { id: 3, email: 'alix.garnier@example.fr', firstName: 'Alix', lastName: 'Garnier' };

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  function run(url: string): Promise<GuardResult> {
    const result = TestBed.runInInjectionContext(() => gestionnaireGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot));
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
});
