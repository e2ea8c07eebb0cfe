import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AccountView, Role } from '@dpec/contracts';

import { AuthService } from '../../core/auth.service';
import { AdminLayout } from './admin-layout';

@Component({ template: '<h1>Page</h1>' })
class BlankPage {}

describe('AdminLayout', () => {
  let harness: RouterTestingHarness;

  async function setUp(roles: Role[]): Promise<void> {
    const account: AccountView = { id: 3, email: 'alix.garnier@example.fr', firstName: 'Alix', lastName: 'Garnier', roles };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'admin',
            component: AdminLayout,
            children: [
              { path: 'comptes', component: BlankPage },
              { path: 'comptes/import', component: BlankPage },
              { path: 'comptes/:id', component: BlankPage },
              { path: 'demandes', component: BlankPage },
              { path: 'demandes/:id', component: BlankPage },
              { path: 'journal', component: BlankPage },
              { path: 'cles-api', component: BlankPage },
            ],
          },
        ]),
        { provide: AuthService, useValue: { account: () => account } },
      ],
    });
    harness = await RouterTestingHarness.create();
  }

  function currentItems(): Record<string, string | null> {
    const links = Array.from((harness.fixture.nativeElement as HTMLElement).querySelectorAll('.fr-sidemenu__link'));
    return Object.fromEntries(links.map((link) => [link.textContent?.trim() ?? '', link.getAttribute('aria-current')]));
  }

  it('marks the current page', async () => {
    await setUp(['gestionnaire']);
    await harness.navigateByUrl('/admin/comptes/import');

    expect(currentItems()).toEqual({
      Comptes: null,
      Importer: 'page',
      Demandes: null,
      'Journal des actions': null,
      'Clés d’API': null,
    });
  });

  it('marks Comptes on an account page', async () => {
    await setUp(['gestionnaire']);
    await harness.navigateByUrl('/admin/comptes/12');

    expect(currentItems()['Comptes']).toBe('true');
    expect(currentItems()['Importer']).toBeNull();
  });

  it('marks Demandes on a request page', async () => {
    await setUp(['gestionnaire']);
    await harness.navigateByUrl('/admin/demandes/7');

    expect(currentItems()['Demandes']).toBe('true');
    expect(currentItems()['Comptes']).toBeNull();
  });

  it('ignores the query', async () => {
    await setUp(['gestionnaire']);
    await harness.navigateByUrl('/admin/journal?action=account_created');

    expect(currentItems()['Journal des actions']).toBe('page');
  });

  it('shows only Demandes to support', async () => {
    await setUp(['support']);
    await harness.navigateByUrl('/admin/demandes');

    expect(currentItems()).toEqual({ Demandes: 'page' });
  });
});
