import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { ErrorCode } from '@dpec/contracts';
import { PASSWORD_RULES, checkPassword } from '@dpec/password-policy';

import { queryElement, submitForm, textOf, typeInto } from '../../../testing/dom';
import { PasswordStrengthLoader } from '../../shared/password-strength/password-strength.loader';
import { ResetPasswordPage } from './reset-password-page';

const LINK_URL = '/api/password-reset/320059/j5URkw289E3oe-cwW58rEPrA_BbLR2iGNrWNZjEX';
const LINK_STATUS = {
  expiresAt: '2030-01-01T00:00:00.000Z',
  account: { email: 'lea.moreau@example.fr', firstName: 'Léa', lastName: 'Moreau' },
};
const PERSONAL_INFORMATION_MESSAGE =
  'Le mot de passe ne respecte pas cette règle : ni votre nom, ni votre prénom, ni votre adresse mail.';

function wait(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('ResetPasswordPage', () => {
  let fixture: ComponentFixture<ResetPasswordPage>;
  let http: HttpTestingController;

  async function createPage(): Promise<void> {
    fixture = TestBed.createComponent(ResetPasswordPage);
    fixture.componentRef.setInput('accountId', '320059');
    fixture.componentRef.setInput('token', 'j5URkw289E3oe-cwW58rEPrA_BbLR2iGNrWNZjEX');
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
  }

  async function openValidLink(): Promise<void> {
    await createPage();
    http.expectOne({ method: 'GET', url: LINK_URL }).flush(LINK_STATUS);
    await fixture.whenStable();
  }

  function ruleItems(): HTMLLIElement[] {
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLLIElement>('#reset-rules-list li'));
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ResetPasswordPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
  });

  afterEach(() => http.verify());

  it('shows a status while checking the link', async () => {
    await createPage();

    expect(textOf(fixture, '[role="status"]')).toBe('Vérification du lien en cours…');
    http.expectOne(LINK_URL);
  });

  it('lists only the listed rules', async () => {
    await openValidLink();

    const listed = PASSWORD_RULES.filter((rule) => rule.listed);
    expect(ruleItems().map((item) => item.dataset['rule'])).toEqual(listed.map((rule) => rule.id));
    expect(textOf(fixture, '.fr-callout__title')).toBe('INFORMATION');
    expect(textOf(fixture, '#reset-rules-intro')).toBe('Le mot de passe doit avoir :');
  });

  it('links the rules to the new password field', async () => {
    await openValidLink();

    const describedBy = queryElement(fixture, '#reset-password').getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ')).toEqual(['reset-rules-intro', 'reset-rules-list', 'reset-password-hint']);
  });

  it('shows the byte limit before it is exceeded', async () => {
    await openValidLink();

    expect(textOf(fixture, '#reset-password-hint')).toBe('Au plus 72 octets : chaque lettre accentuée en compte 2.');
    expect(textOf(fixture, '#reset-rules-list')).not.toContain('octets');
  });

  it('announces the exceeded byte limit', async () => {
    await openValidLink();

    await typeInto(fixture, '#reset-password', `Aa1$${'é'.repeat(35)}`);
    await wait(1100);
    await fixture.whenStable();

    const maxBytes = PASSWORD_RULES.find((rule) => rule.id === 'maxBytes');
    expect(ruleItems().every((item) => item.dataset['met'] === 'true')).toBe(true);
    expect(textOf(fixture, 'dpec-password-rules-callout > [aria-live="polite"]')).toBe(
      `Les 5 règles du cadre d’information sont respectées. Le mot de passe ne respecte pas cette règle : ${maxBytes?.label}.`,
    );
  });

  it.each(['', 'abc', 'abcdefgh', 'Abcdefgh', 'Abcdefg1', 'Abcdef1!', 'ÉCOLE-2024', 'Secret-2024'])(
    'ticks follow the shared policy for "%s"',
    async (password) => {
      await openValidLink();

      await typeInto(fixture, '#reset-password', password);

      const unmetIds = checkPassword(password).unmet.map((rule) => rule.id);
      expect(ruleItems()).toHaveLength(PASSWORD_RULES.filter((rule) => rule.listed).length);
      for (const item of ruleItems()) {
        const met = !unmetIds.includes(item.dataset['rule'] as (typeof unmetIds)[number]);
        expect(item.dataset['met']).toBe(String(met));
        expect(item.querySelector('.fr-sr-only')?.textContent?.trim()).toBe(met ? ': respecté' : ': non respecté');
      }
    },
  );

  it('shows the byte limit as an error', async () => {
    await openValidLink();

    await typeInto(fixture, '#reset-password', `Aa1!${'é'.repeat(40)}`);

    const maxBytes = PASSWORD_RULES.find((rule) => rule.id === 'maxBytes');
    expect(textOf(fixture, '#reset-password-error-0')).toBe(`Le mot de passe ne respecte pas cette règle : ${maxBytes?.label}.`);
    expect(queryElement(fixture, '#reset-password').getAttribute('aria-describedby')).toContain('reset-password-error-0');
  });

  it('blocks submit while rules are unmet', async () => {
    await openValidLink();
    await typeInto(fixture, '#reset-password', 'abc');
    await typeInto(fixture, '#reset-confirmation', 'abc');

    await submitForm(fixture);

    expect(textOf(fixture, '#reset-password-error-0')).toBe(
      'Le mot de passe ne respecte pas toutes les règles du cadre d’information.',
    );
    expect(document.activeElement?.id).toBe('reset-password');
    http.expectNone({ method: 'POST', url: LINK_URL });
  });

  it('blocks submit on a different confirmation', async () => {
    await openValidLink();
    await typeInto(fixture, '#reset-password', 'Lanterne-Bleue7');
    await typeInto(fixture, '#reset-confirmation', 'Lanterne-Bleue8');

    await submitForm(fixture);

    expect(textOf(fixture, '#reset-confirmation-error-0')).toBe('La confirmation ne correspond pas au nouveau mot de passe.');
    expect(document.activeElement?.id).toBe('reset-confirmation');
    http.expectNone({ method: 'POST', url: LINK_URL });
  });

  it('posts the password and shows success', async () => {
    await openValidLink();
    await typeInto(fixture, '#reset-password', 'Lanterne-Bleue7');
    await typeInto(fixture, '#reset-confirmation', 'Lanterne-Bleue7');

    await submitForm(fixture);
    const request = http.expectOne({ method: 'POST', url: LINK_URL });
    expect(request.request.body).toEqual({ password: 'Lanterne-Bleue7', confirmation: 'Lanterne-Bleue7' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(textOf(fixture, '.fr-alert--success p')).toBe(
      'Votre mot de passe a été enregistré. Vous pouvez maintenant vous connecter.',
    );
    expect(queryElement<HTMLAnchorElement>(fixture, 'a.fr-btn').getAttribute('href')).toBe('/connexion');
  });

  it('shows the unmet rules of a 400', async () => {
    await openValidLink();
    await typeInto(fixture, '#reset-password', 'Lanterne-Bleue7');
    await typeInto(fixture, '#reset-confirmation', 'Lanterne-Bleue7');
    await submitForm(fixture);

    http.expectOne({ method: 'POST', url: LINK_URL }).flush(
      {
        statusCode: 400,
        code: ErrorCode.PasswordPolicy,
        message: 'Le mot de passe ne respecte pas les règles.',
        unmetRules: ['au moins 1 chiffre'],
        requestId: 'r1',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(textOf(fixture, '[role="alert"] p')).toBe('Le mot de passe ne respecte pas les règles.');
    expect(textOf(fixture, '[role="alert"] li')).toBe('au moins 1 chiffre');
    expect(document.activeElement?.id).toBe('reset-error');
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
  });

  it('lists the rules only the API checks', async () => {
    await openValidLink();
    await typeInto(fixture, '#reset-password', 'Lanterne-Bleue7');
    await typeInto(fixture, '#reset-confirmation', 'Lanterne-Bleue7');
    await submitForm(fixture);
    const labels = [
      'ni votre nom, ni votre prénom, ni votre adresse mail',
      'pas un mot de passe courant (azerty, soleil, motdepasse…)',
      'pas un mot de passe trop facile à deviner',
    ];

    http.expectOne({ method: 'POST', url: LINK_URL }).flush(
      { statusCode: 400, code: ErrorCode.PasswordPolicy, message: 'Le mot de passe ne respecte pas les règles indiquées.', unmetRules: labels, requestId: 'r1' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const items = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[role="alert"] li'));
    expect(items.map((item) => item.textContent?.trim())).toEqual(labels);
  });

  it('shows the common word rule at once', async () => {
    await openValidLink();

    await typeInto(fixture, '#reset-password', 'Soleil-2024');

    expect(textOf(fixture, '#reset-password-error-0')).toBe(
      'Le mot de passe ne respecte pas cette règle : pas un mot de passe courant (azerty, soleil, motdepasse…).',
    );
  });

  it('shows the account name rule at once', async () => {
    await openValidLink();

    await typeInto(fixture, '#reset-password', 'Moreau-2024!x');

    expect(textOf(fixture, '#reset-password-error-0')).toBe(PERSONAL_INFORMATION_MESSAGE);
    http.expectNone({ method: 'POST', url: LINK_URL });
  });

  it('announces the account name rule', async () => {
    await openValidLink();

    await typeInto(fixture, '#reset-password', 'Moreau-2024!x');
    await wait(1100);
    await fixture.whenStable();

    expect(textOf(fixture, 'dpec-password-rules-callout > [aria-live="polite"]')).toBe(
      `Les 5 règles du cadre d’information sont respectées. ${PERSONAL_INFORMATION_MESSAGE}`,
    );
  });

  it('accepts a password without the names', async () => {
    await openValidLink();

    await typeInto(fixture, '#reset-password', 'Lanterne-Bleue7');

    expect((fixture.nativeElement as HTMLElement).querySelector('#reset-password-error-0')).toBeNull();
  });

  it('gives the account to the strength estimate', async () => {
    const estimate = jest.fn(() => ({ score: 4 as const, label: 'Très fort', guessable: false }));
    TestBed.overrideProvider(PasswordStrengthLoader, {
      useValue: { load: () => Promise.resolve({ estimate, guessableRuleLabel: 'pas un mot de passe trop facile à deviner' }) },
    });
    await openValidLink();

    await typeInto(fixture, '#reset-password', 'Lanterne-Bleue7');
    await TestBed.inject(PasswordStrengthLoader).load();
    await fixture.whenStable();

    expect(estimate).toHaveBeenLastCalledWith('Lanterne-Bleue7', ['lea.moreau@example.fr', 'Léa', 'Moreau']);
  });

  it('shows the strength under the new password', async () => {
    await openValidLink();

    await typeInto(fixture, '#reset-password', 'Lanterne-Bleue7');
    await TestBed.inject(PasswordStrengthLoader).load();
    await fixture.whenStable();

    expect(textOf(fixture, '.dpec-strength__text')).toBe('Robustesse du mot de passe : Très fort');
  });

  it('shows the invalid page on GET 410', async () => {
    await createPage();

    http.expectOne(LINK_URL).flush(
      { statusCode: 410, code: ErrorCode.ResetLinkInvalid, message: 'Ce lien n’est plus valide.', requestId: 'r1' },
      { status: 410, statusText: 'Gone' },
    );
    await fixture.whenStable();

    expect(textOf(fixture, 'h1')).toBe('Ce lien n’est plus valide');
    expect(queryElement<HTMLAnchorElement>(fixture, 'a.fr-btn').getAttribute('href')).toBe('/mot-de-passe-oublie');
    expect(TestBed.inject(Title).getTitle()).toBe('Lien non valide - DPECothèque');
  });

  it('shows the invalid page on POST 410', async () => {
    await openValidLink();
    await typeInto(fixture, '#reset-password', 'Lanterne-Bleue7');
    await typeInto(fixture, '#reset-confirmation', 'Lanterne-Bleue7');
    await submitForm(fixture);

    http.expectOne({ method: 'POST', url: LINK_URL }).flush(
      { statusCode: 410, code: ErrorCode.ResetLinkInvalid, message: 'Ce lien n’est plus valide.', requestId: 'r1' },
      { status: 410, statusText: 'Gone' },
    );
    await fixture.whenStable();

    expect(textOf(fixture, 'h1')).toBe('Ce lien n’est plus valide');
    expect(TestBed.inject(Title).getTitle()).toBe('Lien non valide - DPECothèque');
    expect(document.activeElement?.id).toBe('reset-invalid-title');
  });

  it('offers a retry when the check fails', async () => {
    await createPage();
    http.expectOne(LINK_URL).error(new ProgressEvent('error'));
    await fixture.whenStable();

    queryElement<HTMLButtonElement>(fixture, 'button.fr-btn--secondary').click();
    await fixture.whenStable();

    http.expectOne(LINK_URL).flush(LINK_STATUS);
    await fixture.whenStable();
    expect(queryElement(fixture, '#reset-password')).toBeTruthy();
  });

  it('keeps the title while the service is unavailable', async () => {
    const title = TestBed.inject(Title);
    title.setTitle('Réinitialisation de mot de passe - DPECothèque');
    await createPage();

    http.expectOne(LINK_URL).error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(title.getTitle()).toBe('Réinitialisation de mot de passe - DPECothèque');
  });
});
