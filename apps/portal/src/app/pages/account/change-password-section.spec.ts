import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AccountView, ErrorCode } from '@dpec/contracts';
import type { PasswordStrength } from '@dpec/password-strength';

import { AuthService } from '../../core/auth.service';
import { PasswordStrengthLoader, StrengthEstimator } from '../../shared/password-strength/password-strength.loader';
import { queryElement, submitForm, textOf, typeInto } from '../../../testing/dom';
import { ChangePasswordSection, PASSWORD_CHANGED_MESSAGE } from './change-password-section';

const PASSWORD_URL = '/api/account/password';
const GUESSABLE_LABEL = 'pas un mot de passe trop facile à deviner';

const ACCOUNT: AccountView = {
  id: 7,
  email: 'camille.martin@example.fr',
  firstName: 'Camille',
  lastName: 'Martin',
  roles: ['intervenant'],
};

/** Scores "Fenetre-Bleue1" as guessable and every other password as very strong. */
const fakeEstimator: StrengthEstimator = {
  estimate: (password): PasswordStrength =>
    password === 'Fenetre-Bleue1'
      ? { score: 1, label: 'Faible', guessable: true }
      : { score: 4, label: 'Très fort', guessable: false },
  guessableRuleLabel: GUESSABLE_LABEL,
};

describe('ChangePasswordSection', () => {
  let fixture: ComponentFixture<ChangePasswordSection>;
  let http: HttpTestingController;
  let changed: number;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ChangePasswordSection],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: { account: signal(ACCOUNT) } },
        { provide: PasswordStrengthLoader, useValue: { load: () => Promise.resolve(fakeEstimator) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChangePasswordSection);
    changed = 0;
    fixture.componentInstance.passwordChanged.subscribe(() => changed++);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function fillForm(currentPassword: string, password: string, confirmation = password): Promise<void> {
    await typeInto(fixture, '#change-current-password', currentPassword);
    await typeInto(fixture, '#change-password', password);
    await typeInto(fixture, '#change-confirmation', confirmation);
  }

  async function rejectWith(status: number, body: object): Promise<void> {
    http
      .expectOne({ method: 'POST', url: PASSWORD_URL })
      .flush({ statusCode: status, requestId: 'r1', ...body }, { status, statusText: 'Error' });
    await fixture.whenStable();
  }

  function describedBy(selector: string): string[] {
    return (queryElement(fixture, selector).getAttribute('aria-describedby') ?? '').split(' ');
  }

  it('labels the three fields', () => {
    const labels = ['change-current-password', 'change-password', 'change-confirmation'].map((id) =>
      textOf(fixture, `label[for="${id}"]`),
    );
    expect(labels).toEqual(['Mot de passe actuel', 'Nouveau mot de passe', 'Confirmation du mot de passe']);
    expect(queryElement(fixture, '#change-current-password').getAttribute('autocomplete')).toBe('current-password');
    expect(queryElement(fixture, '#change-password').getAttribute('autocomplete')).toBe('new-password');
    expect(queryElement(fixture, '#change-confirmation').getAttribute('autocomplete')).toBe('new-password');
    expect(describedBy('#change-password')).toEqual(['change-rules-intro', 'change-rules-list', 'change-password-hint']);
    expect(textOf(fixture, '#change-password-hint')).toBe('Au plus 72 octets : chaque lettre accentuée en compte 2.');
  });

  it('sends the body and shows success', async () => {
    await fillForm('Ancien-Secret9', 'Lanterne-Bleue7');

    await submitForm(fixture);
    const request = http.expectOne({ method: 'POST', url: PASSWORD_URL });
    expect(request.request.body).toEqual({
      currentPassword: 'Ancien-Secret9',
      password: 'Lanterne-Bleue7',
      confirmation: 'Lanterne-Bleue7',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(textOf(fixture, '[aria-live="polite"] .fr-alert--success')).toBe(PASSWORD_CHANGED_MESSAGE);
    expect(queryElement<HTMLInputElement>(fixture, '#change-current-password').value).toBe('');
    expect(queryElement<HTMLInputElement>(fixture, '#change-password').value).toBe('');
    expect(queryElement<HTMLInputElement>(fixture, '#change-confirmation').value).toBe('');
    expect(changed).toBe(1);
    expect(fixture.nativeElement.querySelector('.fr-error-text')).toBeNull();
  });

  it('blocks an empty form and focuses it', async () => {
    await submitForm(fixture);

    expect(textOf(fixture, '#change-current-password-error-0')).toBe('Saisissez votre mot de passe actuel.');
    expect(textOf(fixture, '#change-password-error-0')).toBe('Saisissez un nouveau mot de passe.');
    expect(document.activeElement?.id).toBe('change-current-password');
    http.expectNone({ method: 'POST', url: PASSWORD_URL });
  });

  it('blocks a different confirmation', async () => {
    await fillForm('Ancien-Secret9', 'Lanterne-Bleue7', 'Lanterne-Bleue8');

    await submitForm(fixture);

    expect(textOf(fixture, '#change-confirmation-error-0')).toBe('La confirmation ne correspond pas au nouveau mot de passe.');
    expect(document.activeElement?.id).toBe('change-confirmation');
    http.expectNone({ method: 'POST', url: PASSWORD_URL });
  });

  it('shows the personal information rule live', async () => {
    await typeInto(fixture, '#change-password', 'Martin-Lanterne7');

    expect(textOf(fixture, '#change-password-error-0')).toBe(
      'Le mot de passe ne respecte pas cette règle : ni votre nom, ni votre prénom, ni votre adresse mail.',
    );
    expect(describedBy('#change-password')).toContain('change-password-error-0');
    expect(queryElement(fixture, '#change-password').getAttribute('aria-invalid')).toBe('true');
  });

  it('ticks listed rules against the input', async () => {
    await typeInto(fixture, '#change-password', 'abc');

    const met = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('#change-rules-list li')).map(
      (item) => [item.dataset['rule'], item.dataset['met']],
    );
    expect(met).toEqual([
      ['minLength', 'false'],
      ['uppercase', 'false'],
      ['lowercase', 'true'],
      ['digit', 'false'],
      ['special', 'false'],
    ]);
    expect(textOf(fixture, '.fr-callout h3')).toBe('INFORMATION');
  });

  it('blocks a guessable password', async () => {
    await fillForm('Ancien-Secret9', 'Fenetre-Bleue1');
    await fixture.whenStable();

    await submitForm(fixture);

    expect(textOf(fixture, '#change-password-error-0')).toBe(`Le mot de passe ne respecte pas cette règle : ${GUESSABLE_LABEL}.`);
    expect(document.activeElement?.id).toBe('change-password');
    http.expectNone({ method: 'POST', url: PASSWORD_URL });
  });

  it('announces a guessable password', async () => {
    await typeInto(fixture, '#change-password', 'Fenetre-Bleue1');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await fixture.whenStable();

    expect(textOf(fixture, 'dpec-password-rules-callout > [aria-live="polite"]')).toBe(
      `Les 5 règles du cadre d’information sont respectées. Le mot de passe ne respecte pas cette règle : ${GUESSABLE_LABEL}.`,
    );
  });

  it('announces personal information', async () => {
    await typeInto(fixture, '#change-password', 'Martin-Bleue7');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await fixture.whenStable();

    expect(textOf(fixture, 'dpec-password-rules-callout > [aria-live="polite"]')).toBe(
      'Les 5 règles du cadre d’information sont respectées. Le mot de passe ne respecte pas cette règle : ni votre nom, ni votre prénom, ni votre adresse mail.',
    );
  });

  it('puts a wrong current password on its field', async () => {
    await fillForm('Ancien-Secret9', 'Lanterne-Bleue7');
    await submitForm(fixture);

    await rejectWith(400, { code: ErrorCode.CurrentPasswordInvalid, message: 'Le mot de passe actuel est incorrect.' });

    expect(textOf(fixture, '[role="alert"] p')).toBe('Le mot de passe actuel est incorrect.');
    expect(textOf(fixture, '#change-current-password-error-0')).toBe('Le mot de passe actuel est incorrect.');
    expect(describedBy('#change-current-password')).toEqual(['change-current-password-error-0']);
    expect(document.activeElement?.id).toBe('change-current-password');

    await typeInto(fixture, '#change-current-password', 'Ancien-Secret8');
    expect(fixture.nativeElement.querySelector('#change-current-password-error-0')).toBeNull();
  });

  it('puts unmet API rules on the new password', async () => {
    await fillForm('Ancien-Secret9', 'Lanterne-Bleue7');
    await submitForm(fixture);

    await rejectWith(400, {
      code: ErrorCode.PasswordPolicy,
      message: 'Le mot de passe ne respecte pas les règles indiquées.',
      unmetRules: ['pas un mot de passe courant (azerty, soleil, motdepasse…)'],
    });

    expect(textOf(fixture, '[role="alert"] p')).toBe('Le mot de passe ne respecte pas les règles indiquées.');
    expect(fixture.nativeElement.querySelector('[role="alert"] li')).toBeNull();
    expect(textOf(fixture, '#change-password-error-0')).toBe(
      'Le mot de passe ne respecte pas cette règle : pas un mot de passe courant (azerty, soleil, motdepasse…).',
    );
    expect(document.activeElement?.id).toBe('change-password');
  });

  it('puts a mismatch on the confirmation', async () => {
    await fillForm('Ancien-Secret9', 'Lanterne-Bleue7');
    await submitForm(fixture);

    await rejectWith(400, { code: ErrorCode.PasswordMismatch, message: 'La confirmation ne correspond pas au mot de passe saisi.' });

    expect(textOf(fixture, '#change-confirmation-error-0')).toBe('La confirmation ne correspond pas au mot de passe saisi.');
    expect(document.activeElement?.id).toBe('change-confirmation');
  });

  it('shows a 429 in the alert only', async () => {
    await fillForm('Ancien-Secret9', 'Lanterne-Bleue7');
    await submitForm(fixture);

    await rejectWith(429, {
      code: ErrorCode.TooManyRequests,
      message: 'Trop de tentatives. Veuillez patienter une minute avant de réessayer.',
    });

    expect(textOf(fixture, '[role="alert"] p')).toBe('Trop de tentatives. Veuillez patienter une minute avant de réessayer.');
    expect(fixture.nativeElement.querySelector('.fr-error-text')).toBeNull();
    expect(changed).toBe(0);
  });

  it('shows the strength under the new password', async () => {
    await typeInto(fixture, '#change-password', 'Lanterne-Bleue7');
    await fixture.whenStable();

    expect(textOf(fixture, '.dpec-strength__text')).toBe('Robustesse du mot de passe : Très fort');
  });
});
