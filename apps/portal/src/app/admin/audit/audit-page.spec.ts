import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuditEntryView } from '@dpec/contracts';

import { pageOf } from '../testing/admin-fixtures';
import { describeChanges } from './audit-changes';
import { AuditPage } from './audit-page';

const AUDIT_URL = '/api/admin/audit';

const ACTOR = { id: 1, email: 'alix.garnier@example.fr', firstName: 'Alix', lastName: 'Garnier' };

const EMAIL_CHANGE: AuditEntryView = {
  id: 7,
  action: 'email_changed',
  actor: ACTOR,
  accountId: 12,
  accountEmail: 'camille.roux@example.fr',
  before: { email: 'camille.martin@example.fr', firstName: 'Camille', lastName: 'Martin', roles: ['intervenant'], disabled: false },
  after: { email: 'camille.roux@example.fr', firstName: 'Camille', lastName: 'Martin', roles: ['intervenant', 'support'], disabled: false },
  createdAt: '2026-12-04T19:15:00.000Z',
};

describe('AuditPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'admin/journal', component: AuditPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  function host(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function expectAuditRequest(): TestRequest {
    return http.expectOne((request) => request.method === 'GET' && request.url === AUDIT_URL);
  }

  function params(request: TestRequest): Record<string, string | null> {
    return Object.fromEntries(request.request.params.keys().map((name) => [name, request.request.params.get(name)]));
  }

  async function setInput(selector: string, value: string): Promise<void> {
    const input = host().querySelector<HTMLInputElement | HTMLSelectElement>(selector);
    if (!input) {
      throw new Error(`No element matches "${selector}".`);
    }
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await harness.fixture.whenStable();
  }

  async function submit(): Promise<void> {
    host().querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  }

  it('reads the account filter from the URL', async () => {
    await harness.navigateByUrl('/admin/journal?account=camille.martin@example.fr', AuditPage);

    const request = expectAuditRequest();

    expect(params(request)).toEqual({ account: 'camille.martin@example.fr', page: '1', pageSize: '20' });
    expect(host().querySelector<HTMLInputElement>('#audit-account')?.value).toBe('camille.martin@example.fr');
    request.flush(pageOf([]));
  });

  it('sends every filter on submit', async () => {
    await harness.navigateByUrl('/admin/journal', AuditPage);
    expectAuditRequest().flush(pageOf([]));
    await harness.fixture.whenStable();

    await setInput('#audit-actor', ' alix.garnier@example.fr ');
    await setInput('#audit-account', 'camille.roux@example.fr');
    await setInput('#audit-action', 'account_disabled');
    await setInput('#audit-from', '2026-12-01');
    await setInput('#audit-to', '2026-12-04');
    http.expectNone(AUDIT_URL);
    await submit();

    const request = expectAuditRequest();
    expect(params(request)).toEqual({
      actor: 'alix.garnier@example.fr',
      account: 'camille.roux@example.fr',
      action: 'account_disabled',
      from: '2026-12-01',
      to: '2026-12-04',
      page: '1',
      pageSize: '20',
    });
    expect(TestBed.inject(Location).path()).toBe(
      '/admin/journal?actor=alix.garnier@example.fr&account=camille.roux@example.fr&action=account_disabled&from=2026-12-01&to=2026-12-04',
    );
    request.flush(pageOf([]));
  });

  it('rejects a reversed date range', async () => {
    await harness.navigateByUrl('/admin/journal', AuditPage);
    expectAuditRequest().flush(pageOf([]));
    await harness.fixture.whenStable();

    await setInput('#audit-from', '2026-12-04');
    await setInput('#audit-to', '2026-12-01');
    await submit();

    http.expectNone(AUDIT_URL);
    expect(host().querySelector('.fr-error-text')?.textContent?.trim()).toBe(
      'La date de fin doit être égale ou postérieure à la date de début.',
    );
    expect(host().querySelector('#audit-to')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows entries with readable changes', async () => {
    await harness.navigateByUrl('/admin/journal', AuditPage);
    expectAuditRequest().flush(pageOf([EMAIL_CHANGE]));
    await harness.fixture.whenStable();

    const cells = Array.from(host().querySelectorAll('tbody tr td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells[0]).toBe('4 décembre 2026 à 20 h 15');
    expect(cells[1]).toBe('Alix Garnier alix.garnier@example.fr');
    expect(cells[2]).toBe('camille.roux@example.fr');
    expect(cells[3]).toBe('Changement d’adresse mail');
    expect(cells[4]).toBe(
      'Adresse mail camille.martin@example.fr →devient camille.roux@example.fr Rôles Intervenant →devient Intervenant, Support',
    );
    expect(host().querySelector('tbody a')?.getAttribute('href')).toBe('/admin/comptes/12');
    expect(host().querySelector('[role="status"]')?.textContent?.trim()).toBe('1 action trouvée.');
  });

  it.each([
    ['no account', null, 'Aucun compte'],
    ['a deleted account', 31, 'Compte supprimé'],
  ])('names the account cell for %s', async (_case, accountId, expected) => {
    await harness.navigateByUrl('/admin/journal', AuditPage);
    const entry: AuditEntryView = {
      ...EMAIL_CHANGE,
      action: 'address_request_rejected',
      accountId,
      accountEmail: null,
      before: null,
      after: { request: 'DA-2026-0042', reason: 'not_siec' },
    };
    expectAuditRequest().flush(pageOf([entry]));
    await harness.fixture.whenStable();

    const accountCell = host().querySelectorAll('tbody tr td')[2];
    expect(accountCell.textContent?.trim()).toBe(expected);
    expect(accountCell.querySelector('a')).toBeNull();
  });

  it('pages through the entries', async () => {
    await harness.navigateByUrl('/admin/journal?action=account_created', AuditPage);
    expectAuditRequest().flush(pageOf([EMAIL_CHANGE], 41, 1));
    await harness.fixture.whenStable();

    const last = Array.from(host().querySelectorAll<HTMLAnchorElement>('.fr-pagination a')).find(
      (link) => link.textContent?.trim() === 'Dernière page',
    );
    expect(last?.getAttribute('href')).toBe('/admin/journal?action=account_created&page=3');
    last?.click();

    const request = expectAuditRequest();
    expect(params(request)).toEqual({ action: 'account_created', page: '3', pageSize: '20' });
    request.flush(pageOf([EMAIL_CHANGE], 41, 3));
  });
});

describe('describeChanges', () => {
  it('lists initial values of a creation', () => {
    const changes = describeChanges({ before: null, after: { email: 'noa.petit@example.fr', roles: ['support'], disabled: false } });

    expect(changes).toEqual([
      { label: 'Adresse mail', before: null, after: 'noa.petit@example.fr' },
      { label: 'Rôles', before: null, after: 'Support' },
      { label: 'Désactivé', before: null, after: 'non' },
    ]);
  });

  it('keeps only changed fields', () => {
    const changes = describeChanges({ before: { disabled: false, lastName: 'Roy' }, after: { disabled: true, lastName: 'Roy' } });

    expect(changes).toEqual([{ label: 'Désactivé', before: 'non', after: 'oui' }]);
  });

  it('labels address request values', () => {
    const changes = describeChanges({
      before: null,
      after: { request: 'DA-2026-0042', outcome: 'address_changed', question: 'Quel est votre numéro ?', reason: 'not_siec' },
    });

    expect(changes).toEqual([
      { label: 'Demande', before: null, after: 'DA-2026-0042' },
      { label: 'Issue', before: null, after: 'Adresse du compte modifiée' },
      { label: 'Question posée', before: null, after: 'Quel est votre numéro ?' },
      { label: 'Motif', before: null, after: 'La demande ne relève pas du SIEC' },
    ]);
  });

  it('labels a created account outcome', () => {
    const changes = describeChanges({ before: null, after: { outcome: 'account_created' } });

    expect(changes).toEqual([{ label: 'Issue', before: null, after: 'Compte créé' }]);
  });

  it('labels API key values', () => {
    const changes = describeChanges({ before: null, after: { id: 4, name: 'Moteur de calcul', prefix: 'dpec_3fA9' } });

    expect(changes).toEqual([
      { label: 'Identifiant', before: null, after: '4' },
      { label: 'Nom de la clé', before: null, after: 'Moteur de calcul' },
      { label: 'Début de la clé', before: null, after: 'dpec_3fA9' },
    ]);
  });

  it.each([
    ['import', 'Import de fichier'],
    ['DA-2026-0042', 'DA-2026-0042'],
  ])('labels the source %s', (source, expected) => {
    expect(describeChanges({ before: null, after: { source } })).toEqual([{ label: 'Origine', before: null, after: expected }]);
  });

  it('shows an unknown key as recorded', () => {
    expect(describeChanges({ before: null, after: { channel: 'web' } })).toEqual([{ label: 'channel', before: null, after: 'web' }]);
  });

  it('returns nothing without values', () => {
    expect(describeChanges({ before: null, after: null })).toEqual([]);
  });
});
