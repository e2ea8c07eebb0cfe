import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { NoticeService } from '../../core/notice.service';
import { submitForm, textOf, typeInto } from '../../../testing/dom';
import { adminAccount, apiErrorBody } from '../testing/admin-fixtures';
import { AccountCreatePage } from './account-create-page';

const ACCOUNTS_URL = '/api/admin/accounts';

describe('AccountCreatePage', () => {
  let fixture: ComponentFixture<AccountCreatePage>;
  let http: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AccountCreatePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(AccountCreatePage);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    (fixture.nativeElement as HTMLElement).remove();
  });

  async function fillValidForm(): Promise<void> {
    await typeInto(fixture, '#create-email', '  noa.petit@example.fr ');
    await typeInto(fixture, '#create-first-name', 'Noa');
    await typeInto(fixture, '#create-last-name', ' Petit');
    await tick('#create-role-intervenant');
    await tick('#create-role-support');
  }

  async function tick(selector: string): Promise<void> {
    (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(selector)?.click();
    await fixture.whenStable();
  }

  function errorTexts(): string[] {
    const errors = (fixture.nativeElement as HTMLElement).querySelectorAll('.fr-error-text, .fr-message--error');
    return Array.from(errors).map((error) => error.textContent?.trim() ?? '');
  }

  it('shows French errors on an empty submit', async () => {
    await submitForm(fixture);

    expect(errorTexts()).toEqual([
      'Saisissez l’adresse mail du titulaire du compte.',
      'Saisissez le prénom.',
      'Saisissez le nom.',
      'Cochez au moins un rôle.',
    ]);
    expect(document.activeElement?.id).toBe('create-email');
    expect((fixture.nativeElement as HTMLElement).querySelector('#create-email')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone(ACCOUNTS_URL);
  });

  it('rejects an invalid address', async () => {
    await fillValidForm();
    await typeInto(fixture, '#create-email', 'noa.petit');

    await submitForm(fixture);

    expect(errorTexts()).toEqual(['Saisissez une adresse mail valide, au format nom@domaine.fr.']);
    http.expectNone(ACCOUNTS_URL);
  });

  it('requires a role', async () => {
    await typeInto(fixture, '#create-email', 'noa.petit@example.fr');
    await typeInto(fixture, '#create-first-name', 'Noa');
    await typeInto(fixture, '#create-last-name', 'Petit');

    await submitForm(fixture);

    expect(errorTexts()).toEqual(['Cochez au moins un rôle.']);
    expect(document.activeElement?.id).toBe('create-role-intervenant');
    http.expectNone(ACCOUNTS_URL);
  });

  it('posts trimmed values and opens the account', async () => {
    await fillValidForm();

    await submitForm(fixture);
    const request = http.expectOne({ method: 'POST', url: ACCOUNTS_URL });
    expect(request.request.body).toEqual({
      email: 'noa.petit@example.fr',
      firstName: 'Noa',
      lastName: 'Petit',
      roles: ['intervenant', 'support'],
    });
    request.flush(adminAccount({ id: 41, email: 'noa.petit@example.fr' }), { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith(['/admin/comptes', 41]);
    expect(TestBed.inject(NoticeService).take()).toEqual({
      kind: 'success',
      text: 'Le compte a été créé. Un mail de bienvenue a été envoyé à noa.petit@example.fr.',
    });
  });

  it('shows the 409 message for a used address', async () => {
    await fillValidForm();

    await submitForm(fixture);
    http
      .expectOne({ method: 'POST', url: ACCOUNTS_URL })
      .flush(apiErrorBody(409, 'CONFLICT', 'Un compte utilise déjà cette adresse mail.'), { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    expect(textOf(fixture, '[role="alert"] p')).toBe('Un compte utilise déjà cette adresse mail.');
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shows server field errors until edited', async () => {
    await fillValidForm();

    await submitForm(fixture);
    http.expectOne({ method: 'POST', url: ACCOUNTS_URL }).flush(
      apiErrorBody(400, 'VALIDATION_FAILED', 'Certains champs sont invalides.', { lastName: ['Le nom contient un caractère interdit.'] }),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(errorTexts()).toEqual(['Le nom contient un caractère interdit.']);
    await typeInto(fixture, '#create-last-name', 'Petit-Durand');
    expect(errorTexts()).toEqual([]);
  });
});
