import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { addressRequestSummary, pageOf } from '../testing/admin-fixtures';
import { QUEUE_SEARCH_DEBOUNCE_MS, RequestQueuePage } from './request-queue-page';

const LIST_URL = '/api/admin/address-requests';
const DAY_MS = 24 * 60 * 60 * 1000;

describe('RequestQueuePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'admin/demandes', component: RequestQueuePage }])],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url, RequestQueuePage);
  }

  function expectListRequest(): TestRequest {
    return http.expectOne((request) => request.method === 'GET' && request.url === LIST_URL);
  }

  function params(request: TestRequest): Record<string, string | null> {
    const names = request.request.params.keys();
    return Object.fromEntries(names.map((name) => [name, request.request.params.get(name)]));
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

  async function flush(request: TestRequest, body = pageOf([addressRequestSummary()])): Promise<void> {
    request.flush(body);
    await harness.fixture.whenStable();
  }

  async function select(selector: string, value: string): Promise<void> {
    const field = element<HTMLSelectElement>(selector);
    field.value = value;
    field.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
  }

  it('lists open requests by default', async () => {
    await open('/admin/demandes');

    const request = expectListRequest();

    expect(params(request)).toEqual({ status: 'open', page: '1', pageSize: '20' });
    await flush(request);
  });

  it('reads the filters from the URL', async () => {
    await open('/admin/demandes?status=waiting_for_requester&assignee=me&awaiting=true&q=AI-2026-000007&page=2');

    const request = expectListRequest();

    expect(params(request)).toEqual({
      status: 'waiting_for_requester',
      assignee: 'me',
      awaitingAccountCreation: 'true',
      q: 'AI-2026-000007',
      page: '2',
      pageSize: '20',
    });
    expect(element<HTMLSelectElement>('#request-status').value).toBe('waiting_for_requester');
    expect(element<HTMLInputElement>('#request-awaiting').checked).toBe(true);
    await flush(request, pageOf([addressRequestSummary()], 25, 2));
  });

  it('leaves out the status for all', async () => {
    await open('/admin/demandes');
    await flush(expectListRequest());

    await select('#request-status', 'all');

    const request = expectListRequest();
    expect(request.request.params.has('status')).toBe(false);
    expect(TestBed.inject(Location).path()).toBe('/admin/demandes?status=all');
    await flush(request);
  });

  it('filters by assignee and hand-over', async () => {
    await open('/admin/demandes?page=3');
    await flush(expectListRequest(), pageOf([addressRequestSummary()], 60, 3));

    await select('#request-assignee', 'none');
    const byAssignee = expectListRequest();
    expect(params(byAssignee)).toEqual({ status: 'open', assignee: 'none', page: '1', pageSize: '20' });
    await flush(byAssignee);

    element<HTMLInputElement>('#request-awaiting').click();
    await harness.fixture.whenStable();
    const awaiting = expectListRequest();
    expect(awaiting.request.params.get('awaitingAccountCreation')).toBe('true');
    expect(awaiting.request.params.get('assignee')).toBe('none');
    expect(TestBed.inject(Location).path()).toBe('/admin/demandes?assignee=none&awaiting=true');
    await flush(awaiting);
  });

  it('debounces the search and keeps focus', async () => {
    await open('/admin/demandes');
    await flush(expectListRequest());

    const input = element<HTMLInputElement>('#request-search');
    input.focus();
    input.value = 'dub';
    input.dispatchEvent(new Event('input'));
    input.value = 'dubois ';
    input.dispatchEvent(new Event('input'));
    http.expectNone(() => true);
    await new Promise((resolve) => setTimeout(resolve, QUEUE_SEARCH_DEBOUNCE_MS + 50));
    await harness.fixture.whenStable();

    const request = expectListRequest();
    expect(request.request.params.get('q')).toBe('dubois');
    expect(TestBed.inject(Location).path()).toBe('/admin/demandes?q=dubois');
    await flush(request);
    expect(element<HTMLInputElement>('#request-search').value).toBe('dubois ');
  });

  it('shows the rows in French', async () => {
    const threeDaysAgo = new Date(Date.now() - 3 * DAY_MS - 60_000).toISOString();
    await open('/admin/demandes');
    await flush(
      expectListRequest(),
      pageOf([
        addressRequestSummary({ createdAt: threeDaysAgo }),
        addressRequestSummary({
          id: 8,
          reference: 'AI-2026-000008',
          status: 'in_progress',
          firstName: 'Noa',
          lastName: 'Petit',
          contactEmail: 'noa.petit@example.fr',
          source: 'Portail Intervenants - production',
          awaitingAccountCreation: true,
          assignee: { id: 4, firstName: 'Inès', lastName: 'Caron' },
          createdAt: threeDaysAgo,
        }),
      ]),
    );

    const rows = Array.from(host().querySelectorAll('tbody tr'));
    // Badges and the requester's name and address are separate elements, so their texts are joined with a space.
    const cellText = (cell: Element) => {
      const badges = cell.querySelectorAll('li');
      const parts = badges.length > 0 ? Array.from(badges) : Array.from(cell.childNodes);
      return parts.map((part) => part.textContent ?? '').join(' ');
    };
    const cells = (row: Element) => Array.from(row.querySelectorAll('td'), (cell) => cellText(cell).replace(/\s+/g, ' ').trim());
    expect(cells(rows[0])).toEqual(['AI-2026-000007', 'Maëlle Dubois maelle.dubois@example.fr', 'Nouvelle', 'il y a 3 jours', 'Personne', 'Formulaire']);
    expect(cells(rows[1])).toEqual([
      'AI-2026-000008',
      'Noa Petit noa.petit@example.fr',
      'En cours À créer par un gestionnaire',
      'il y a 3 jours',
      'Inès Caron',
      'Portail Intervenants - production',
    ]);
    expect(rows[1].querySelector('a')?.getAttribute('href')).toBe('/admin/demandes/8');
    expect(element('caption').textContent?.trim()).toBe('Demandes « adresse introuvable »');
    expect(element('[role="status"]').textContent?.trim()).toBe('2 demandes trouvées.');
  });

  it('changes page through the pagination', async () => {
    await open('/admin/demandes?assignee=me');
    await flush(expectListRequest(), pageOf([addressRequestSummary()], 45, 1));

    const next = Array.from(host().querySelectorAll<HTMLAnchorElement>('.fr-pagination a')).find(
      (link) => link.textContent?.trim() === 'Page suivante',
    );
    expect(next?.getAttribute('href')).toBe('/admin/demandes?assignee=me&page=2');
    next?.click();
    await harness.fixture.whenStable();

    const request = expectListRequest();
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('assignee')).toBe('me');
    await flush(request, pageOf([addressRequestSummary()], 45, 2));
    expect(element('[role="status"]').textContent?.trim()).toBe('45 demandes trouvées, page 2 sur 3.');
  });

  it('says when nothing matches', async () => {
    await open('/admin/demandes?q=personne');
    await flush(expectListRequest(), pageOf([], 0));

    expect(element('[role="status"]').textContent?.trim()).toBe('Aucune demande ne correspond à ces critères.');
    expect(host().querySelector('table')).toBeNull();
  });
});
