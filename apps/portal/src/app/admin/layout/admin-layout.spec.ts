import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { AdminLayout } from './admin-layout';

@Component({ template: '<h1>Page</h1>' })
class BlankPage {}

describe('AdminLayout', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
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
              { path: 'journal', component: BlankPage },
            ],
          },
        ]),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  function currentItems(): Record<string, string | null> {
    const links = Array.from((harness.fixture.nativeElement as HTMLElement).querySelectorAll('.fr-sidemenu__link'));
    return Object.fromEntries(links.map((link) => [link.textContent?.trim() ?? '', link.getAttribute('aria-current')]));
  }

  it('marks the current page', async () => {
    await harness.navigateByUrl('/admin/comptes/import');

    expect(currentItems()).toEqual({ Comptes: null, Importer: 'page', 'Journal des actions': null });
  });

  it('marks Comptes on an account page', async () => {
    await harness.navigateByUrl('/admin/comptes/12');

    expect(currentItems()).toEqual({ Comptes: 'true', Importer: null, 'Journal des actions': null });
  });

  it('ignores the query', async () => {
    await harness.navigateByUrl('/admin/journal?action=account_created');

    expect(currentItems()).toEqual({ Comptes: null, Importer: null, 'Journal des actions': 'page' });
  });
});
