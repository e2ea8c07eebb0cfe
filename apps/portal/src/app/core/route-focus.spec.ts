import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, RouterOutlet, provideRouter } from '@angular/router';

import { focusMainContentOnNavigation } from './route-focus';

@Component({ template: '<h1>Demandes</h1><input id="search" type="search" aria-label="Rechercher" />' })
class ListPage {}

@Component({ template: '<h1>Demande</h1><h2 id="historique">Historique</h2>' })
class DetailPage {}

@Component({
  imports: [RouterOutlet],
  template: '<main id="contenu" tabindex="-1"><router-outlet /></main>',
})
class Shell {
  constructor() {
    focusMainContentOnNavigation('contenu');
  }
}

describe('focusMainContentOnNavigation', () => {
  let fixture: ComponentFixture<Shell>;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'liste', component: ListPage },
          { path: 'detail', component: DetailPage },
        ]),
      ],
    });
    fixture = TestBed.createComponent(Shell);
    document.body.appendChild(fixture.nativeElement);
    router = TestBed.inject(Router);
    await navigate('/liste');
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  async function navigate(url: string): Promise<void> {
    await router.navigateByUrl(url);
    await fixture.whenStable();
  }

  function element(selector: string): HTMLElement {
    const found = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(selector);
    if (!found) {
      throw new Error(`No element matches "${selector}".`);
    }
    return found;
  }

  it('leaves focus alone on the first page', () => {
    expect(document.activeElement).toBe(document.body);
  });

  it('focuses the heading of a new page', async () => {
    await navigate('/detail');

    expect(document.activeElement).toBe(element('h1'));
    expect(element('h1').getAttribute('tabindex')).toBe('-1');
  });

  it('focuses the fragment target', async () => {
    await navigate('/detail#historique');

    expect(document.activeElement).toBe(element('#historique'));
  });

  it('keeps focus on a query change', async () => {
    element('#search').focus();

    await navigate('/liste?q=dubois');

    expect(router.url).toBe('/liste?q=dubois');
    expect(document.activeElement).toBe(element('#search'));
  });

  it('keeps focus on a fragment change', async () => {
    await navigate('/detail');
    expect(document.activeElement).toBe(element('h1'));

    await navigate('/detail#historique');

    expect(document.activeElement).toBe(element('h1'));
  });
});
