import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ErrorCode } from '@dpec/contracts';

import { flushCaptcha, queryElement, submitForm, textOf, typeInto } from '../../../testing/dom';
import { ResetRequestPage } from './reset-request-page';

const CONFIRMATION =
  'Si cette adresse correspond à un compte, un message contenant un lien de réinitialisation vient de lui être envoyé.';

describe('ResetRequestPage', () => {
  let fixture: ComponentFixture<ResetRequestPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ResetRequestPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    fixture = TestBed.createComponent(ResetRequestPage);
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-1');
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function submitValidForm(): Promise<void> {
    await typeInto(fixture, '#reset-request-email', ' camille.martin@example.fr ');
    await typeInto(fixture, '#reset-request-captcha', 'wVgY');
    await submitForm(fixture);
  }

  it('posts the request body', async () => {
    await submitValidForm();

    const request = http.expectOne({ method: 'POST', url: '/api/password-reset' });
    expect(request.request.body).toEqual({
      email: 'camille.martin@example.fr',
      captchaId: 'challenge-1',
      captchaCode: 'wVgY',
    });
  });

  it('shows the confirmation text', async () => {
    await submitValidForm();

    http.expectOne('/api/password-reset').flush({ message: CONFIRMATION }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();

    expect(textOf(fixture, '.fr-alert--success p')).toBe(CONFIRMATION);
    expect(textOf(fixture, '.fr-alert--success + p')).toContain(
      'Si vous ne recevez pas de message, votre compte est peut-être enregistré sous une autre adresse.',
    );
    expect(queryElement(fixture, '.fr-alert--success + p a').getAttribute('href')).toBe('/adresse-introuvable');
    expect(document.activeElement?.id).toBe('reset-request-confirmation');
  });

  it('hides the form after confirmation', async () => {
    await submitValidForm();

    http.expectOne('/api/password-reset').flush({ message: CONFIRMATION }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('form')).toBeNull();
  });

  it('refreshes the captcha after a 429', async () => {
    await submitValidForm();

    http.expectOne('/api/password-reset').flush(
      { statusCode: 429, code: ErrorCode.TooManyRequests, message: 'Trop de demandes. Réessayez plus tard.', requestId: 'r1' },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-2');
    await fixture.whenStable();

    expect(textOf(fixture, '[role="alert"]')).toBe('Trop de demandes. Réessayez plus tard.');
    expect(queryElement<HTMLInputElement>(fixture, '#reset-request-captcha').value).toBe('');
    expect(queryElement<HTMLInputElement>(fixture, '#reset-request-email').value).toBe('camille.martin@example.fr');
  });

  it('focuses the alert after an error', async () => {
    await submitValidForm();

    http.expectOne('/api/password-reset').flush(
      { statusCode: 400, code: ErrorCode.CaptchaInvalid, message: 'Le code de sécurité est incorrect.', requestId: 'r1' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-2');
    await fixture.whenStable();

    const alert = queryElement(fixture, '[role="alert"]');
    expect(document.activeElement).toBe(alert);
    expect(alert.getAttribute('tabindex')).toBe('-1');
  });

  it('lists the field messages of a 400', async () => {
    await submitValidForm();

    http.expectOne('/api/password-reset').flush(
      {
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        message: 'Le formulaire contient des erreurs.',
        fields: { email: ['L’adresse mail n’est pas valide.'] },
        requestId: 'r1',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-2');
    await fixture.whenStable();

    expect(textOf(fixture, '[role="alert"] li')).toBe('L’adresse mail n’est pas valide.');
  });
});
