import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ErrorCode } from '@dpec/contracts';

import { SERVICE_UNAVAILABLE_MESSAGE } from '../../core/api-error';
import { NoticeService } from '../../core/notice.service';
import { flushCaptcha, queryElement, submitForm, textOf, typeInto } from '../../../testing/dom';
import { LoginPage } from './login-page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  async function createPage(): Promise<void> {
    fixture = TestBed.createComponent(LoginPage);
    http = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-1');
    await fixture.whenStable();
  }

  async function fillValidForm(): Promise<void> {
    await typeInto(fixture, '#login-email', 'camille.martin@example.fr');
    await typeInto(fixture, '#login-password', 'Secret-2024');
    await typeInto(fixture, '#login-captcha', 'wVgY');
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
  });

  afterEach(() => http.verify());

  it('shows the captcha image with a French alternative', async () => {
    await createPage();

    const image = queryElement<HTMLImageElement>(fixture, '.dpec-captcha__image');
    expect(image.alt).toBe('Code de sécurité à recopier');
    expect(image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  });

  it('names the captcha refresh button', async () => {
    await createPage();

    const button = queryElement<HTMLButtonElement>(fixture, 'button[type="button"].fr-icon-refresh-line');
    expect(button.textContent?.trim()).toBe('Générer un nouveau code à 4 caractères');
  });

  it('empty submit shows linked errors', async () => {
    await createPage();

    await submitForm(fixture);

    expect(textOf(fixture, '#login-email-error')).toBe('Saisissez votre adresse mail.');
    expect(textOf(fixture, '#login-password-error-0')).toBe('Saisissez votre mot de passe.');
    expect(textOf(fixture, '#login-captcha-error')).toBe('Saisissez les 4 caractères de l’image.');
    expect(queryElement(fixture, '#login-email').getAttribute('aria-describedby')).toBe('login-email-error');
    expect(queryElement(fixture, '#login-password').getAttribute('aria-describedby')).toBe('login-password-error-0');
    expect(queryElement(fixture, '#login-captcha').getAttribute('aria-describedby')).toBe('login-captcha-error');
    expect(queryElement(fixture, '#login-email').getAttribute('aria-invalid')).toBe('true');
  });

  it('submit before the code loads explains', async () => {
    fixture = TestBed.createComponent(LoginPage);
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    await fillValidForm();

    await submitForm(fixture);

    expect(textOf(fixture, '[role="alert"] p')).toBe(
      'Le code de sécurité n’est pas encore affiché. Patientez un instant, recopiez le code affiché puis réessayez.',
    );
    http.expectNone('/api/auth/login');
    flushCaptcha(http, 'challenge-late');
  });

  it('empty submit focuses the first invalid field', async () => {
    await createPage();
    await typeInto(fixture, '#login-email', 'camille.martin@example.fr');

    await submitForm(fixture);

    expect(document.activeElement?.id).toBe('login-password');
  });

  it('rejects a malformed address and a short code', async () => {
    await createPage();
    await typeInto(fixture, '#login-email', 'camille.martin');
    await typeInto(fixture, '#login-password', 'Secret-2024');
    await typeInto(fixture, '#login-captcha', 'wVg');

    await submitForm(fixture);

    expect(textOf(fixture, '#login-email-error')).toBe('Saisissez une adresse mail valide, au format nom@domaine.fr.');
    expect(textOf(fixture, '#login-captcha-error')).toBe('Le code doit comporter exactement 4 caractères.');
    http.expectNone('/api/auth/login');
  });

  it('posts the login body', async () => {
    await createPage();
    await fillValidForm();

    await submitForm(fixture);

    const request = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(request.request.body).toEqual({
      email: 'camille.martin@example.fr',
      password: 'Secret-2024',
      captchaId: 'challenge-1',
      captchaCode: 'wVgY',
    });
    request.flush({ account: { id: 1, email: 'camille.martin@example.fr', firstName: 'Camille', lastName: 'Martin', roles: ['intervenant'] } });
    await fixture.whenStable();
    expect(navigateByUrl).toHaveBeenCalledWith('/mon-compte');
  });

  it('refreshes the captcha after an error', async () => {
    await createPage();
    await fillValidForm();
    await submitForm(fixture);

    http.expectOne('/api/auth/login').flush(
      { statusCode: 401, code: ErrorCode.InvalidCredentials, message: 'Adresse mail ou mot de passe incorrect.', requestId: 'r1' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-2');
    await fixture.whenStable();

    expect(textOf(fixture, '[role="alert"]')).toBe('Adresse mail ou mot de passe incorrect.');
    expect(queryElement<HTMLInputElement>(fixture, '#login-captcha').value).toBe('');
    expect(queryElement<HTMLInputElement>(fixture, '#login-email').value).toBe('camille.martin@example.fr');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it.each([
    [401, ErrorCode.InvalidCredentials, 'Adresse mail ou mot de passe incorrect.'],
    [400, ErrorCode.CaptchaInvalid, 'Le code de sécurité est incorrect.'],
  ])('focuses the alert after a %s', async (status, code, message) => {
    await createPage();
    await fillValidForm();
    await submitForm(fixture);

    http.expectOne('/api/auth/login').flush({ statusCode: status, code, message, requestId: 'r1' }, { status, statusText: 'Error' });
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-2');
    await fixture.whenStable();

    const alert = queryElement(fixture, '[role="alert"]');
    expect(document.activeElement).toBe(alert);
    expect(alert.getAttribute('tabindex')).toBe('-1');
    expect(alert.textContent?.trim()).toBe(message);
  });

  it('clears the password after an error', async () => {
    await createPage();
    await fillValidForm();
    await submitForm(fixture);

    http.expectOne('/api/auth/login').flush(
      { statusCode: 401, code: ErrorCode.InvalidCredentials, message: 'Adresse mail ou mot de passe incorrect.', requestId: 'r1' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-2');
    await fixture.whenStable();

    expect(queryElement<HTMLInputElement>(fixture, '#login-password').value).toBe('');
    expect(queryElement<HTMLInputElement>(fixture, '#login-email').value).toBe('camille.martin@example.fr');
    expect((fixture.nativeElement as HTMLElement).querySelector('#login-password-error-0')).toBeNull();
  });

  it('sends the new challenge id on retry', async () => {
    await createPage();
    await fillValidForm();
    await submitForm(fixture);
    http.expectOne('/api/auth/login').flush(
      { statusCode: 400, code: ErrorCode.CaptchaInvalid, message: 'Le code de sécurité est incorrect.', requestId: 'r2' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-2');
    await fixture.whenStable();

    await typeInto(fixture, '#login-password', 'Secret-2025');
    await typeInto(fixture, '#login-captcha', 'AbCd');
    await submitForm(fixture);

    const retry = http.expectOne('/api/auth/login');
    expect(retry.request.body.captchaId).toBe('challenge-2');
    expect(retry.request.body.captchaCode).toBe('AbCd');
    expect(retry.request.body.password).toBe('Secret-2025');
  });

  it('shows the generic message on 503', async () => {
    await createPage();
    await fillValidForm();
    await submitForm(fixture);

    http.expectOne('/api/auth/login').flush('Service Unavailable', { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-2');
    await fixture.whenStable();

    expect(textOf(fixture, '[role="alert"]')).toBe(SERVICE_UNAVAILABLE_MESSAGE);
  });

  it('the refresh button draws a new code', async () => {
    await createPage();
    await typeInto(fixture, '#login-captcha', 'wVgY');

    queryElement<HTMLButtonElement>(fixture, '.fr-icon-refresh-line').click();
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-2');
    await fixture.whenStable();

    expect(queryElement<HTMLInputElement>(fixture, '#login-captcha').value).toBe('');
    expect(textOf(fixture, '.dpec-captcha__row + [aria-live="polite"]')).toBe('Un nouveau code a été généré.');
  });

  it('opens a same-site returnUrl', async () => {
    await createPage();
    fixture.componentRef.setInput('returnUrl', '/mon-compte?onglet=profil');
    await fillValidForm();
    await submitForm(fixture);

    http.expectOne('/api/auth/login').flush({ account: { id: 1, email: 'a@b.fr', firstName: 'A', lastName: 'B', roles: [] } });
    await fixture.whenStable();

    expect(navigateByUrl).toHaveBeenCalledWith('/mon-compte?onglet=profil');
  });

  it('ignores a protocol-relative returnUrl', async () => {
    await createPage();
    fixture.componentRef.setInput('returnUrl', '//evil.example/phish');
    await fillValidForm();
    await submitForm(fixture);

    http.expectOne('/api/auth/login').flush({ account: { id: 1, email: 'a@b.fr', firstName: 'A', lastName: 'B', roles: [] } });
    await fixture.whenStable();

    expect(navigateByUrl).toHaveBeenCalledWith('/mon-compte');
  });

  it('shows the logout notice once', async () => {
    TestBed.inject(NoticeService).publish({ kind: 'success', text: 'Vous êtes déconnecté.' });

    await createPage();

    expect(textOf(fixture, '[role="status"]')).toBe('Vous êtes déconnecté.');
    expect(TestBed.inject(NoticeService).take()).toBeNull();
  });
});
