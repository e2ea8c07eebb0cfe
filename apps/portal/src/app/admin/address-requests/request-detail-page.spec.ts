import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AccountView, AddressRequestDetail, Role } from '@dpec/contracts';

import { AuthService } from '../../core/auth.service';
import { addressRequestDetail } from '../testing/admin-fixtures';
import { RequestDetailPage } from './request-detail-page';

const REQUEST_URL = '/api/admin/address-requests/7';
const OPEN_COUNT_URL = '/api/admin/address-requests/open-count';

describe('RequestDetailPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(roles: Role[], detail: AddressRequestDetail = addressRequestDetail()): Promise<void> {
    const agent: AccountView = { id: 4, email: 'ines.caron@example.fr', firstName: 'Inès', lastName: 'Caron', roles };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/demandes/:id', component: RequestDetailPage }], withComponentInputBinding()),
        { provide: AuthService, useValue: { account: () => agent } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    document.body.appendChild(harness.fixture.nativeElement);
    await harness.navigateByUrl('/admin/demandes/7');
    http.expectOne({ method: 'GET', url: REQUEST_URL }).flush(detail);
    await harness.fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    (harness.fixture.nativeElement as HTMLElement).remove();
  });

  function host(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function text(selector: string): string {
    return host().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function buttonTexts(): string[] {
    return Array.from(host().querySelectorAll('button'), (button) => button.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }

  async function click(name: string): Promise<void> {
    const button = Array.from(host().querySelectorAll('button')).find((candidate) => candidate.textContent?.trim().startsWith(name));
    if (!button) {
      throw new Error(`No button named "${name}" among: ${buttonTexts().join(', ')}.`);
    }
    button.click();
    await harness.fixture.whenStable();
  }

  async function type(selector: string, value: string): Promise<void> {
    const field = host().querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
    if (!field) {
      throw new Error(`No field matches "${selector}".`);
    }
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    await harness.fixture.whenStable();
  }

  function expectAction(name: string): TestRequest {
    return http.expectOne({ method: 'POST', url: `${REQUEST_URL}/${name}` });
  }

  /** Flushes an action with the updated request, then the header count that the page refreshes. */
  async function answer(request: TestRequest, detail: AddressRequestDetail): Promise<void> {
    request.flush(detail);
    await harness.fixture.whenStable();
    http.expectOne(OPEN_COUNT_URL).flush({ open: 2 });
    await harness.fixture.whenStable();
  }

  it('shows the request and its history', async () => {
    await open(['support'], addressRequestDetail({
      history: [
        { id: 1, kind: 'created', actor: null, body: null, internal: false, createdAt: '2026-12-01T08:00:00.000Z' },
        { id: 2, kind: 'assigned', actor: { id: 4, firstName: 'Inès', lastName: 'Caron' }, body: null, internal: false, createdAt: '2026-12-01T09:00:00.000Z' },
        { id: 3, kind: 'comment', actor: { id: 4, firstName: 'Inès', lastName: 'Caron' }, body: 'Homonyme possible.', internal: true, createdAt: '2026-12-01T09:05:00.000Z' },
        { id: 4, kind: 'handed_to_gestionnaire', actor: { id: 4, firstName: 'Inès', lastName: 'Caron' }, body: null, internal: false, createdAt: '2026-12-01T09:10:00.000Z' },
      ],
    }));

    expect(text('h1')).toBe('Demande AI-2026-000007');
    expect(TestBed.inject(Title).getTitle()).toBe('AI-2026-000007 - Demandes - Console de gestion - DPECothèque');
    expect(text('.dpec-account')).toContain('m.dubois@example.fr');
    expect(text('.dpec-account')).toContain('maelle.dubois@ancien-rectorat.fr');
    expect(text('.dpec-account')).toContain('Correctrice du baccalauréat');
    expect(text('.dpec-account')).toContain('Formulaire');
    const titles = Array.from(host().querySelectorAll('.dpec-history__item strong'), (title) => title.textContent?.trim());
    expect(titles).toEqual(['Demande déposée', 'Prise en charge par Inès Caron', 'Commentaire interne', 'Transmise à un gestionnaire']);
    expect(text('[data-event="3"] .fr-badge')).toBe('Interne : jamais montré au demandeur');
    expect(text('[data-event="1"] .fr-badge')).toBe('');
  });

  it('hides account creation from support', async () => {
    await open(['support']);

    expect(buttonTexts()).toEqual(
      expect.arrayContaining(['Prendre la demande', 'Transmettre à un gestionnaire', 'Demander des précisions', 'Rejeter']),
    );
    expect(buttonTexts()).not.toContain('Créer le compte');
  });

  it('takes the request', async () => {
    await open(['support']);

    await click('Prendre la demande');
    const request = expectAction('assign');
    expect(request.request.body).toBeNull();
    await answer(request, addressRequestDetail({ status: 'in_progress', assignee: { id: 4, firstName: 'Inès', lastName: 'Caron' } }));

    expect(text('.fr-alert--success')).toBe('Vous avez pris la demande.');
    expect(buttonTexts()).not.toContain('Prendre la demande');
    expect(text('.dpec-account')).toContain('Inès Caron');
  });

  it('hands the request over', async () => {
    await open(['support']);

    await click('Transmettre à un gestionnaire');
    const request = expectAction('hand-over');
    expect(request.request.body).toBeNull();
    await answer(request, addressRequestDetail({ awaitingAccountCreation: true, status: 'in_progress' }));

    expect(buttonTexts()).not.toContain('Transmettre à un gestionnaire');
    expect(text('.fr-badges-group')).toContain('À créer par un gestionnaire');
  });

  it('asks the requester for details', async () => {
    await open(['support']);

    await click('Demander des précisions');
    expect(document.activeElement?.id).toBe('request-panel-title');
    await type('#information-question', ' Quel examen corrigez-vous ? ');
    await click('Envoyer la question');

    const request = expectAction('request-information');
    expect(request.request.body).toEqual({ message: 'Quel examen corrigez-vous ?' });
    await answer(request, addressRequestDetail({ status: 'waiting_for_requester' }));
    expect(text('.fr-alert--success')).toContain('La question a été envoyée au demandeur');
  });

  it('rejects with a reason and details', async () => {
    await open(['support']);

    await click('Rejeter');
    await click('Confirmer le rejet');
    expect(text('#reject-reason-error')).toBe('Choisissez un motif de rejet.');
    http.expectNone(`${REQUEST_URL}/reject`);

    await type('#reject-reason', 'not_siec');
    await type('#reject-details', 'Adressez-vous à votre rectorat.');
    await click('Confirmer le rejet');

    const request = expectAction('reject');
    expect(request.request.body).toEqual({ reason: 'not_siec', details: 'Adressez-vous à votre rectorat.' });
    await answer(request, addressRequestDetail({ status: 'rejected', rejectionReason: 'not_siec', closedAt: '2026-12-02T08:00:00.000Z' }));

    expect(text('.dpec-account')).toContain('La demande ne relève pas du SIEC');
    expect(host().querySelector('dpec-request-actions-section')).toBeNull();
  });

  it('creates the account for a gestionnaire', async () => {
    await open(['gestionnaire']);

    await click('Créer le compte');
    const intervenant = host().querySelector<HTMLInputElement>('#create-role-intervenant');
    expect(intervenant?.checked).toBe(true);
    host().querySelector<HTMLInputElement>('#create-role-support')?.click();
    await harness.fixture.whenStable();
    await click('Confirmer la création');

    const request = expectAction('create-account');
    expect(request.request.body).toEqual({ roles: ['intervenant', 'support'] });
    await answer(request, addressRequestDetail({ status: 'resolved', closedAt: '2026-12-02T08:00:00.000Z' }));
    expect(text('.fr-alert--success')).toBe('Le compte a été créé. Un mail de bienvenue a été envoyé à maelle.dubois@example.fr.');
  });

  it('requires a role to create the account', async () => {
    await open(['gestionnaire']);

    await click('Créer le compte');
    host().querySelector<HTMLInputElement>('#create-role-intervenant')?.click();
    await harness.fixture.whenStable();
    await click('Confirmer la création');

    expect(text('#create-roles-messages')).toBe('Cochez au moins un rôle.');
    http.expectNone(`${REQUEST_URL}/create-account`);
  });

  it('adds an internal comment', async () => {
    await open(['support']);

    await type('#comment-body', 'Vérifié par téléphone.');
    await click('Ajouter le commentaire');

    const request = expectAction('comments');
    expect(request.request.body).toEqual({ body: 'Vérifié par téléphone.' });
    await answer(request, addressRequestDetail());
    expect(host().querySelector<HTMLTextAreaElement>('#comment-body')?.value).toBe('');
  });

  it('gives the contact address to a candidate after confirmation', async () => {
    await open(['support']);

    expect(Array.from(host().querySelectorAll('[data-candidate="31"] .fr-tag'), (tag) => tag.textContent?.trim())).toEqual([
      'même nom et prénom',
      'autre adresse indiquée',
    ]);
    await click('Attribuer l’adresse de contact');
    expect(text('.fr-callout__title')).toBe('Attribuer l’adresse de contact au compte de Maëlle Dubois ?');
    expect(text('.fr-callout__text')).toContain('un lien pour choisir un mot de passe');
    http.expectNone(`${REQUEST_URL}/resolve`);

    await click('Confirmer l’attribution');
    const request = expectAction('resolve');
    expect(request.request.body).toEqual({ accountId: 31 });
    await answer(request, addressRequestDetail({ status: 'resolved', closedAt: '2026-12-02T08:00:00.000Z' }));
    expect(text('.fr-alert--success')).toContain('L’adresse maelle.dubois@example.fr a été attribuée au compte.');
  });

  it('links candidates for a gestionnaire', async () => {
    await open(['gestionnaire']);

    const name = host().querySelector('[data-candidate="31"] h3');
    expect(name?.textContent?.trim()).toBe('Maëlle Dubois');
    expect(name?.querySelector('a')?.getAttribute('href')).toBe('/admin/comptes/31');
  });

  it('shows candidate names as text for support', async () => {
    await open(['support']);

    const name = host().querySelector('[data-candidate="31"] h3');
    expect(name?.textContent?.trim()).toBe('Maëlle Dubois');
    expect(name?.querySelector('a')).toBeNull();
  });

  it('shows no action on a closed request', async () => {
    await open(['gestionnaire'], addressRequestDetail({ status: 'resolved', closedAt: '2026-12-02T08:00:00.000Z' }));

    expect(buttonTexts()).toEqual([]);
    expect(host().textContent).toContain('Cette demande est close');
  });

  it('shows the API error of an action', async () => {
    await open(['support']);

    await click('Prendre la demande');
    expectAction('assign').flush(
      { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Cette demande est close.', requestId: 'r1' },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();

    expect(text('[role="alert"]')).toBe('Cette demande est close.');
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
  });
});
