import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { adminAccount, pageOf } from '../testing/admin-fixtures';
import { AccountListPage, SEARCH_DEBOUNCE_MS } from './account-list-page';

const LIST_URL = '/api/admin/accounts';

describe('AccountListPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/comptes', component: AccountListPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url, AccountListPage);
  }

  function expectListRequest(): TestRequest {
    return http.expectOne((request) => request.method === 'GET' && request.url === LIST_URL);
  }

  function host(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function element<T extends Element>(selector: string): T {
    const found = host().querySelector<T>(selector);
    if (!found) {
      throw new Error(`No element matches "${selector}".`);
    }
    return found;
  }

  async function flush(request: TestRequest, body = pageOf([adminAccount()])): Promise<void> {
    request.flush(body);
    await harness.fixture.whenStable();
  }

  function params(request: TestRequest): Record<string, string | null> {
    const names = request.request.params.keys();
    return Object.fromEntries(names.map((name) => [name, request.request.params.get(name)]));
  }

  it('sends the default query', async () => {
    await open('/admin/comptes');

    const request = expectListRequest();

    expect(params(request)).toEqual({ sort: 'lastName', order: 'asc', page: '1', pageSize: '20' });
    await flush(request);
  });

  it('reads the filters from the URL', async () => {
    await open('/admin/comptes?q=martin&role=support&status=locked&sort=email&order=desc&page=3');

    const request = expectListRequest();

    expect(params(request)).toEqual({
      q: 'martin',
      role: 'support',
      status: 'locked',
      sort: 'email',
      order: 'desc',
      page: '3',
      pageSize: '20',
    });
    expect(element<HTMLInputElement>('#account-search').value).toBe('martin');
    expect(element<HTMLSelectElement>('#account-role').value).toBe('support');
    expect(element<HTMLSelectElement>('#account-status').value).toBe('locked');
    await flush(request, pageOf([adminAccount()], 60, 3));
  });

  it('ignores unknown URL values', async () => {
    await open('/admin/comptes?role=admin&status=gone&sort=password&page=-2');

    expect(params(expectListRequest())).toEqual({ sort: 'lastName', order: 'asc', page: '1', pageSize: '20' });
  });

  it('shows rows with status badges', async () => {
    await open('/admin/comptes');
    await flush(
      expectListRequest(),
      pageOf([
        adminAccount(),
        adminAccount({ id: 13, email: 'lou.bernard@example.fr', lastName: 'Bernard', firstName: 'Lou', disabled: true, locked: true, lastLoginAt: null, roles: ['gestionnaire', 'support'] }),
      ]),
    );

    const rows = Array.from(host().querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(2);
    const cells = Array.from(rows[1].querySelectorAll('td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual([
      'Bernard',
      'Lou',
      'lou.bernard@example.fr',
      'Gestionnaire SIEC, Support',
      'Désactivé Verrouillé Jamais connecté',
      'Jamais',
      '20 novembre 2026 à 10 h 30',
    ]);
    expect(rows[0].querySelector('.fr-badge--success')?.textContent?.trim()).toBe('Actif');
    expect(rows[1].querySelector('a')?.getAttribute('href')).toBe('/admin/comptes/13');
    expect(element('caption').textContent?.trim()).toBe('Comptes du service');
    expect(element('[role="status"]').textContent?.trim()).toBe('2 comptes trouvés.');
  });

  it('debounces the search and resets the page', async () => {
    await open('/admin/comptes?page=2');
    await flush(expectListRequest(), pageOf([adminAccount()], 30, 2));

    const input = element<HTMLInputElement>('#account-search');
    input.value = 'mar';
    input.dispatchEvent(new Event('input'));
    input.value = 'martin ';
    input.dispatchEvent(new Event('input'));
    http.expectNone(() => true);
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));

    const request = expectListRequest();
    expect(request.request.params.get('q')).toBe('martin');
    expect(request.request.params.get('page')).toBe('1');
    expect(TestBed.inject(Location).path()).toBe('/admin/comptes?q=martin');
    await flush(request);
  });

  it('filters by role and status', async () => {
    await open('/admin/comptes');
    await flush(expectListRequest());

    const role = element<HTMLSelectElement>('#account-role');
    role.value = 'gestionnaire';
    role.dispatchEvent(new Event('change'));
    const roleRequest = expectListRequest();
    expect(roleRequest.request.params.get('role')).toBe('gestionnaire');
    await flush(roleRequest);

    const status = element<HTMLSelectElement>('#account-status');
    status.value = 'never_logged_in';
    status.dispatchEvent(new Event('change'));
    const statusRequest = expectListRequest();
    expect(statusRequest.request.params.get('role')).toBe('gestionnaire');
    expect(statusRequest.request.params.get('status')).toBe('never_logged_in');
    expect(TestBed.inject(Location).path()).toBe('/admin/comptes?role=gestionnaire&status=never_logged_in');
    await flush(statusRequest);
  });

  it('sorts by a column and toggles the order', async () => {
    await open('/admin/comptes');
    await flush(expectListRequest());

    const lastNameHeader = element<HTMLTableCellElement>('th:has(button[data-sort="lastName"])');
    expect(lastNameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(element('button[data-sort="lastName"]').textContent?.trim()).toBe('Trier la colonne Nom par ordre décroissant');

    element<HTMLButtonElement>('button[data-sort="lastLoginAt"]').click();
    const byLogin = expectListRequest();
    expect(byLogin.request.params.get('sort')).toBe('lastLoginAt');
    expect(byLogin.request.params.get('order')).toBe('asc');
    await flush(byLogin);
    expect(element('th:has(button[data-sort="lastLoginAt"])').getAttribute('aria-sort')).toBe('ascending');
    expect(element('th:has(button[data-sort="lastName"])').hasAttribute('aria-sort')).toBe(false);

    element<HTMLButtonElement>('button[data-sort="lastLoginAt"]').click();
    const descending = expectListRequest();
    expect(descending.request.params.get('order')).toBe('desc');
    await flush(descending);
    expect(element('th:has(button[data-sort="lastLoginAt"])').getAttribute('aria-sort')).toBe('descending');
    expect(TestBed.inject(Location).path()).toBe('/admin/comptes?sort=lastLoginAt&order=desc');
  });

  it('changes page through the pagination', async () => {
    await open('/admin/comptes?role=intervenant');
    await flush(expectListRequest(), pageOf([adminAccount()], 45, 1));

    const next = Array.from(host().querySelectorAll<HTMLAnchorElement>('.fr-pagination a')).find(
      (link) => link.textContent?.trim() === 'Page suivante',
    );
    expect(next?.getAttribute('href')).toBe('/admin/comptes?role=intervenant&page=2');
    next?.click();

    const request = expectListRequest();
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('role')).toBe('intervenant');
    await flush(request, pageOf([adminAccount()], 45, 2));
    expect(element('.fr-pagination [aria-current="page"]').textContent?.trim()).toBe('2');
    expect(element('[role="status"]').textContent?.trim()).toBe('45 comptes trouvés, page 2 sur 3.');
    expect(document.activeElement?.id).toBe('account-results-title');
  });

  it('builds the export link from the filters', async () => {
    await open('/admin/comptes?q=lou&status=disabled&page=4');
    await flush(expectListRequest(), pageOf([adminAccount()], 80, 4));

    const link = Array.from(host().querySelectorAll<HTMLAnchorElement>('a')).find(
      (candidate) => candidate.textContent?.trim() === 'Exporter la liste (CSV)',
    );

    expect(link?.getAttribute('href')).toBe('/api/admin/accounts/export?q=lou&status=disabled&sort=lastName&order=asc');
    expect(link?.hasAttribute('download')).toBe(true);
  });

  it('says when nothing matches', async () => {
    await open('/admin/comptes?q=personne');
    await flush(expectListRequest(), pageOf([], 0));

    expect(element('[role="status"]').textContent?.trim()).toBe('Aucun compte ne correspond à ces critères.');
    expect(host().querySelector('table')).toBeNull();
  });

  it('shows an error and retries', async () => {
    await open('/admin/comptes');
    expectListRequest().error(new ProgressEvent('error'));
    await harness.fixture.whenStable();

    expect(element('[role="alert"]').textContent).toContain('momentanément indisponible');
    element<HTMLButtonElement>('.fr-btn--secondary.fr-mb-4w').click();
    await flush(expectListRequest());

    expect(host().querySelectorAll('tbody tr')).toHaveLength(1);
  });
});
