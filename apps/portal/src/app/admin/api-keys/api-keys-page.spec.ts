import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiKeyView } from '@dpec/contracts';

import { ApiKeysPage } from './api-keys-page';

const KEYS_URL = '/api/admin/api-keys';
const SECRET = 'dpk_3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c1e';

function apiKey(overrides: Partial<ApiKeyView> = {}): ApiKeyView {
  return {
    id: 1,
    name: 'Portail Intervenants - recette',
    prefix: 'dpk_77ab',
    createdAt: '2026-11-20T09:30:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

describe('ApiKeysPage', () => {
  let fixture: ComponentFixture<ApiKeysPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApiKeysPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ApiKeysPage);
    document.body.appendChild(fixture.nativeElement);
    http
      .expectOne({ method: 'GET', url: KEYS_URL })
      .flush([apiKey(), apiKey({ id: 2, name: 'Ancienne clé', prefix: 'dpk_0c1d', revokedAt: '2026-11-25T10:00:00.000Z' })]);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    (fixture.nativeElement as HTMLElement).remove();
  });

  function host(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function text(selector: string): string {
    return host().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  async function click(name: string): Promise<void> {
    const button = Array.from(host().querySelectorAll('button')).find((candidate) => candidate.textContent?.trim().startsWith(name));
    if (!button) {
      throw new Error(`No button named "${name}".`);
    }
    button.click();
    await fixture.whenStable();
  }

  async function createKey(name: string): Promise<void> {
    const input = host().querySelector<HTMLInputElement>('#api-key-name');
    if (!input) {
      throw new Error('No name field.');
    }
    input.value = name;
    input.dispatchEvent(new Event('input'));
    host().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('lists the keys', () => {
    const rows = Array.from(host().querySelectorAll('tbody tr'));

    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Portail Intervenants - recette');
    expect(rows[0].textContent).toContain('dpk_77ab…');
    expect(rows[0].textContent).toContain('Jamais');
    expect(rows[0].querySelector('.fr-badge')?.textContent?.trim()).toBe('Active');
    expect(rows[1].querySelector('.fr-badge')?.textContent?.trim()).toBe('Révoquée');
    expect(rows[1].querySelector('button')).toBeNull();
  });

  it('requires a name', async () => {
    await createKey('  ');

    expect(text('#api-key-name-error')).toBe('Saisissez le nom de la clé.');
    expect(document.activeElement?.id).toBe('api-key-name');
    http.expectNone({ method: 'POST', url: KEYS_URL });
  });

  it('shows a new key once', async () => {
    await createKey(' Portail Intervenants - production ');

    const request = http.expectOne({ method: 'POST', url: KEYS_URL });
    expect(request.request.body).toEqual({ name: 'Portail Intervenants - production' });
    request.flush({ ...apiKey({ id: 3, name: 'Portail Intervenants - production', prefix: 'dpk_3f9a' }), key: SECRET });
    await fixture.whenStable();

    expect(text('#api-key-value')).toBe(SECRET);
    expect(text('.dpec-new-key')).toContain('elle ne sera plus jamais affichée');
    expect(document.activeElement?.id).toBe('api-key-created-title');
    expect(host().querySelectorAll('tbody tr')).toHaveLength(3);
    expect(host().querySelector<HTMLInputElement>('#api-key-name')?.value).toBe('');

    await createKey('Autre serveur');
    expect(host().querySelector('#api-key-value')).toBeNull();
    http.expectOne({ method: 'POST', url: KEYS_URL }).flush({ ...apiKey({ id: 4, name: 'Autre serveur' }), key: 'dpk_other' });
    await fixture.whenStable();
    expect(text('#api-key-value')).toBe('dpk_other');
    expect(host().textContent).not.toContain(SECRET);
  });

  it('copies the key', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await createKey('Portail Intervenants - production');
    http.expectOne({ method: 'POST', url: KEYS_URL }).flush({ ...apiKey({ id: 3 }), key: SECRET });
    await fixture.whenStable();

    await click('Copier');
    await fixture.whenStable();

    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(text('.dpec-new-key [aria-live]')).toBe('La clé a été copiée dans le presse-papiers.');
  });

  it('revokes a key after confirmation', async () => {
    await click('Révoquer');
    expect(text('.fr-callout__title')).toBe('Révoquer la clé « Portail Intervenants - recette » ?');
    expect(document.activeElement?.id).toBe('api-key-confirm-title');
    http.expectNone({ method: 'DELETE' });

    await click('Confirmer la révocation');
    http.expectOne({ method: 'DELETE', url: `${KEYS_URL}/1` }).flush(apiKey({ revokedAt: '2026-12-04T10:00:00.000Z' }));
    await fixture.whenStable();

    expect(text('#api-key-revoke-outcome')).toBe('La clé « Portail Intervenants - recette » a été révoquée.');
    expect(host().querySelector('tbody tr')?.querySelector('.fr-badge')?.textContent?.trim()).toBe('Révoquée');
    expect(host().querySelectorAll('tbody button')).toHaveLength(0);
  });
});
