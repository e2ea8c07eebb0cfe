import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { Role } from '@dpec/contracts';

import { AuthService } from '../core/auth.service';
import { SiteHeader } from './site-header';

const OPEN_COUNT_URL = '/api/admin/address-requests/open-count';

@Component({ template: '<h1>Page</h1>' })
class BlankPage {}

describe('SiteHeader', () => {
  let fixture: ComponentFixture<SiteHeader>;
  let http: HttpTestingController;

  async function setUp(roles: Role[]): Promise<void> {
    TestBed.configureTestingModule({
      imports: [SiteHeader],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', component: BlankPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).loadAccount().subscribe();
    http.expectOne('/api/auth/me').flush({ id: 4, email: 'ines.caron@example.fr', firstName: 'Inès', lastName: 'Caron', roles });
    fixture = TestBed.createComponent(SiteHeader);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  function consoleLinkName(): string {
    const link = (fixture.nativeElement as HTMLElement).querySelector('.fr-header__tools-links a[href="/admin"]');
    return link?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('shows the open count on the console link', async () => {
    await setUp(['support']);

    http.expectOne(OPEN_COUNT_URL).flush({ open: 3 });
    await fixture.whenStable();

    expect(consoleLinkName()).toBe('Console de gestion (3 demandes ouvertes) 3 ouvertes');
    const badge = (fixture.nativeElement as HTMLElement).querySelector('.fr-header__tools-links .fr-badge');
    expect(badge?.getAttribute('aria-hidden')).toBe('true');
  });

  it('fetches the count again after a navigation', async () => {
    await setUp(['gestionnaire']);
    http.expectOne(OPEN_COUNT_URL).flush({ open: 1 });
    await fixture.whenStable();
    expect(consoleLinkName()).toContain('(1 demande ouverte)');

    await TestBed.inject(Router).navigateByUrl('/admin/demandes');
    http.expectOne(OPEN_COUNT_URL).flush({ open: 0 });
    await fixture.whenStable();

    expect(consoleLinkName()).toBe('Console de gestion');
  });

  it('asks nothing for an intervenant', async () => {
    await setUp(['intervenant']);

    await TestBed.inject(Router).navigateByUrl('/mon-compte');
    await fixture.whenStable();

    http.expectNone(OPEN_COUNT_URL);
    expect(consoleLinkName()).toBe('');
  });
});
