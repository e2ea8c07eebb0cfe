import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { AdminAccountView } from '@dpec/contracts';

import { NoticeService } from '../../core/notice.service';
import { queryElement, submitForm, textOf, typeInto } from '../../../testing/dom';
import { adminAccount, apiErrorBody } from '../testing/admin-fixtures';
import { AccountDetailPage } from './account-detail-page';

const ACCOUNT_URL = '/api/admin/accounts/12';

describe('AccountDetailPage', () => {
  let fixture: ComponentFixture<AccountDetailPage>;
  let http: HttpTestingController;

  async function open(account: AdminAccountView = adminAccount()): Promise<void> {
    fixture = TestBed.createComponent(AccountDetailPage);
    fixture.componentRef.setInput('id', '12');
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: ACCOUNT_URL }).flush(account);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [AccountDetailPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    (fixture?.nativeElement as HTMLElement | undefined)?.remove();
  });

  function host(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function buttonNamed(name: string): HTMLButtonElement | undefined {
    return Array.from(host().querySelectorAll<HTMLButtonElement>('button')).find((button) => button.textContent?.trim() === name);
  }

  async function click(name: string): Promise<void> {
    const button = buttonNamed(name);
    if (!button) {
      throw new Error(`No button named "${name}".`);
    }
    button.click();
    await fixture.whenStable();
  }

  async function respond(request: TestRequest, body: object | null, status = 200): Promise<void> {
    request.flush(body, { status, statusText: status >= 400 ? 'Error' : 'OK' });
    await fixture.whenStable();
  }

  it('shows the account and names it in the title', async () => {
    await open(adminAccount({ roles: ['gestionnaire', 'support'], hasPassword: false }));

    expect(textOf(fixture, 'h1')).toBe('Camille Martin');
    expect(textOf(fixture, 'dl')).toContain('Gestionnaire SIEC, Support');
    expect(textOf(fixture, 'dl')).toContain('Pas encore choisi');
    expect(TestBed.inject(Title).getTitle()).toBe('Camille Martin - Comptes - Console de gestion - DPECothèque');
    expect(queryElement<HTMLAnchorElement>(fixture, 'a[href^="/admin/journal"]').getAttribute('href')).toBe(
      '/admin/journal?account=camille.martin@example.fr',
    );
  });

  it('shows the creation notice once', async () => {
    TestBed.inject(NoticeService).publish({ kind: 'success', text: 'Le compte a été créé. Un mail de bienvenue a été envoyé à camille.martin@example.fr.' });

    await open();

    expect(textOf(fixture, '.fr-alert--success')).toBe('Le compte a été créé. Un mail de bienvenue a été envoyé à camille.martin@example.fr.');
    expect(TestBed.inject(NoticeService).take()).toBeNull();
  });

  it('shows a 404 with a way back', async () => {
    fixture = TestBed.createComponent(AccountDetailPage);
    fixture.componentRef.setInput('id', '12');
    await fixture.whenStable();
    http.expectOne(ACCOUNT_URL).flush(apiErrorBody(404, 'NOT_FOUND', 'Ce compte n’existe pas.'), { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    expect(textOf(fixture, '[role="alert"] p')).toBe('Ce compte n’existe pas.');
    expect(textOf(fixture, 'a.fr-btn')).toBe('Retour à la liste des comptes');
  });

  it('disables after confirmation', async () => {
    await open();

    await click('Désactiver le compte');
    http.expectNone(`${ACCOUNT_URL}/disable`);
    expect(textOf(fixture, '#account-confirm-title')).toBe('Désactiver le compte de Camille Martin ?');
    expect(document.activeElement?.id).toBe('account-confirm-title');

    await click('Confirmer la désactivation');
    const request = http.expectOne({ method: 'POST', url: `${ACCOUNT_URL}/disable` });
    await respond(request, adminAccount({ disabled: true }));

    expect(textOf(fixture, '[aria-live="polite"] .fr-alert--success')).toBe('Le compte a été désactivé.');
    expect(buttonNamed('Réactiver le compte')).toBeDefined();
    expect(buttonNamed('Désactiver le compte')).toBeUndefined();
    expect(textOf(fixture, 'dl')).toContain('Désactivé');
  });

  it.each([
    ['Désactiver le compte', adminAccount({ firstName: 'Élodie-Anne', lastName: 'Lefèvre' }), 'Désactiver le compte d’Élodie-Anne Lefèvre ?'],
    ['Réactiver le compte', adminAccount({ firstName: 'Élodie-Anne', lastName: 'Lefèvre', disabled: true }), 'Réactiver le compte d’Élodie-Anne Lefèvre ?'],
  ])('elides de in the %s question', async (button, account, question) => {
    await open(account);

    await click(button);

    expect(textOf(fixture, '#account-confirm-title')).toBe(question);
  });

  it('cancels a confirmation', async () => {
    await open();

    await click('Désactiver le compte');
    await click('Annuler');

    http.expectNone(`${ACCOUNT_URL}/disable`);
    expect(host().querySelector('#account-confirm-title')).toBeNull();
    expect(document.activeElement?.id).toBe('account-action-disable');
  });

  it('shows the API refusal to disable oneself', async () => {
    await open();

    await click('Désactiver le compte');
    await click('Confirmer la désactivation');
    await respond(
      http.expectOne(`${ACCOUNT_URL}/disable`),
      apiErrorBody(400, 'VALIDATION_FAILED', 'Vous ne pouvez pas désactiver votre propre compte.'),
      400,
    );

    expect(textOf(fixture, '[role="alert"] p')).toBe('Vous ne pouvez pas désactiver votre propre compte.');
    expect(buttonNamed('Désactiver le compte')).toBeDefined();
  });

  it('offers unlock only when locked', async () => {
    await open(adminAccount({ locked: true, lockedUntil: '2026-12-04T20:30:00.000Z' }));

    expect(textOf(fixture, 'dl')).toContain('4 décembre 2026 à 21 h 30');
    await click('Déverrouiller');
    await click('Confirmer le déverrouillage');
    await respond(http.expectOne({ method: 'POST', url: `${ACCOUNT_URL}/unlock` }), adminAccount());

    expect(textOf(fixture, '[aria-live="polite"] .fr-alert--success')).toBe('Le compte a été déverrouillé.');
    expect(buttonNamed('Déverrouiller')).toBeUndefined();
  });

  it('re-enables a disabled account', async () => {
    await open(adminAccount({ disabled: true }));

    await click('Réactiver le compte');
    await click('Confirmer la réactivation');
    await respond(http.expectOne({ method: 'POST', url: `${ACCOUNT_URL}/enable` }), adminAccount());

    expect(textOf(fixture, '[aria-live="polite"] .fr-alert--success')).toBe('Le compte a été réactivé.');
  });

  it('sends a first-connection e-mail', async () => {
    await open();

    await click('Envoyer un nouveau mail de première connexion');
    expect(textOf(fixture, '#account-confirm-title')).toBe('Envoyer un nouveau mail de première connexion à camille.martin@example.fr ?');
    await click('Envoyer le mail');
    const request = http.expectOne({ method: 'POST', url: `${ACCOUNT_URL}/first-connection-email` });
    expect(request.request.body).toBeNull();
    await respond(request, null, 204);

    expect(textOf(fixture, '[aria-live="polite"] .fr-alert--success')).toBe(
      'Un mail de première connexion a été envoyé à camille.martin@example.fr.',
    );
  });

  it('patches only the changed fields', async () => {
    await open();

    await typeInto(fixture, '#edit-email', 'camille.roux@example.fr');
    queryElement<HTMLInputElement>(fixture, '#edit-role-support').click();
    await submitForm(fixture);

    const request = http.expectOne({ method: 'PATCH', url: ACCOUNT_URL });
    expect(request.request.body).toEqual({ email: 'camille.roux@example.fr', roles: ['intervenant', 'support'] });
    await respond(request, adminAccount({ email: 'camille.roux@example.fr', roles: ['intervenant', 'support'] }));

    expect(textOf(fixture, 'dpec-account-edit-section .fr-alert--success')).toBe(
      'Les modifications ont été enregistrées. Un mail a été envoyé à l’ancienne et à la nouvelle adresse.',
    );
    expect(textOf(fixture, 'dl')).toContain('camille.roux@example.fr');
  });

  it('sends nothing without changes', async () => {
    await open();

    await submitForm(fixture);

    http.expectNone({ method: 'PATCH', url: ACCOUNT_URL });
    expect(textOf(fixture, 'dpec-account-edit-section .fr-alert--success')).toBe('Aucune modification à enregistrer.');
  });

  it('shows the refusal to drop one’s own role', async () => {
    await open(adminAccount({ roles: ['gestionnaire'] }));

    queryElement<HTMLInputElement>(fixture, '#edit-role-gestionnaire').click();
    queryElement<HTMLInputElement>(fixture, '#edit-role-support').click();
    await submitForm(fixture);
    await respond(
      http.expectOne({ method: 'PATCH', url: ACCOUNT_URL }),
      apiErrorBody(400, 'VALIDATION_FAILED', 'Vous ne pouvez pas retirer votre propre rôle de gestionnaire.'),
      400,
    );

    expect(textOf(fixture, 'dpec-account-edit-section [role="alert"] p')).toBe(
      'Vous ne pouvez pas retirer votre propre rôle de gestionnaire.',
    );
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
  });
});
