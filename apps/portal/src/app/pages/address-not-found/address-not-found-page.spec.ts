import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ErrorCode } from '@dpec/contracts';

import { flushCaptcha, queryElement, submitForm, textOf, typeInto } from '../../../testing/dom';
import { AddressNotFoundPage } from './address-not-found-page';

const SUBMIT_URL = '/api/address-requests';
const RECEIPT_MESSAGE = 'Votre demande a bien été enregistrée. Le support du SIEC vous répondra à cette adresse.';

describe('AddressNotFoundPage', () => {
  let fixture: ComponentFixture<AddressNotFoundPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AddressNotFoundPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    fixture = TestBed.createComponent(AddressNotFoundPage);
    document.body.appendChild(fixture.nativeElement);
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-1');
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    (fixture.nativeElement as HTMLElement).remove();
  });

  function host(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function buttonNamed(name: string): HTMLButtonElement {
    const button = Array.from(host().querySelectorAll('button')).find((candidate) => candidate.textContent?.trim().startsWith(name));
    if (!button) {
      throw new Error(`No button named "${name}".`);
    }
    return button;
  }

  async function fillRequiredFields(): Promise<void> {
    await typeInto(fixture, '#address-request-last-name', ' Dubois ');
    await typeInto(fixture, '#address-request-first-name', 'Maëlle');
    await typeInto(fixture, '#address-request-tried-email', 'm.dubois@example.fr');
    await typeInto(fixture, '#address-request-contact-email', ' maelle.dubois@example.fr ');
    await typeInto(fixture, '#address-request-captcha', 'wVgY');
  }

  async function failWith(status: number, body: object): Promise<void> {
    http.expectOne(SUBMIT_URL).flush(body, { status, statusText: 'Error' });
    await fixture.whenStable();
    flushCaptcha(http, 'challenge-2');
    await fixture.whenStable();
  }

  it('shows French messages for empty fields', async () => {
    await submitForm(fixture);

    expect(textOf(fixture, '#address-request-last-name-error')).toBe('Saisissez votre nom.');
    expect(textOf(fixture, '#address-request-first-name-error')).toBe('Saisissez votre prénom.');
    expect(textOf(fixture, '#address-request-tried-email-error')).toBe('Saisissez l’adresse mail que vous avez essayée.');
    expect(textOf(fixture, '#address-request-contact-email-error')).toBe(
      'Saisissez l’adresse mail à laquelle le support peut vous répondre.',
    );
    expect(document.activeElement?.id).toBe('address-request-last-name');
    http.expectNone(SUBMIT_URL);
  });

  it('rejects an address without a domain', async () => {
    await fillRequiredFields();
    await typeInto(fixture, '#address-request-tried-email', 'm.dubois@example');
    await submitForm(fixture);

    expect(textOf(fixture, '#address-request-tried-email-error')).toBe('Saisissez une adresse mail valide, au format nom@domaine.fr.');
    expect(queryElement(fixture, '#address-request-tried-email').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('address-request-tried-email');
    http.expectNone(SUBMIT_URL);
  });

  it('limits the message length', async () => {
    await fillRequiredFields();
    await typeInto(fixture, '#address-request-message', 'a'.repeat(2001));
    await submitForm(fixture);

    expect(queryElement(fixture, '#address-request-message-error').textContent).toBe('Le message ne peut pas dépasser 2\u00a0000 caractères.');
    http.expectNone(SUBMIT_URL);
  });

  it('adds and removes other addresses', async () => {
    buttonNamed('Ajouter une adresse').click();
    await fixture.whenStable();
    buttonNamed('Ajouter une adresse').click();
    await fixture.whenStable();

    expect(textOf(fixture, 'label[for="address-request-other-email-2"]')).toBe('Autre adresse 2');
    expect(document.activeElement?.id).toBe('address-request-other-email-2');

    buttonNamed('Retirer').click();
    await fixture.whenStable();

    expect(host().querySelectorAll('[id^="address-request-other-email-"]:not([id$="-error"])')).toHaveLength(1);
    expect(document.activeElement?.id).toBe('address-request-other-email-1');
  });

  it('allows five other addresses at most', async () => {
    for (let count = 0; count < 5; count++) {
      buttonNamed('Ajouter une adresse').click();
      await fixture.whenStable();
    }

    expect(host().querySelectorAll('input[id^="address-request-other-email-"]')).toHaveLength(5);
    expect(Array.from(host().querySelectorAll('button')).some((button) => button.textContent?.includes('Ajouter une adresse'))).toBe(false);
    expect(textOf(fixture, '#address-request-add-email')).toBe('Vous avez indiqué le nombre maximal d’autres adresses.');
  });

  it('posts the trimmed body', async () => {
    await fillRequiredFields();
    buttonNamed('Ajouter une adresse').click();
    await fixture.whenStable();
    await typeInto(fixture, '#address-request-other-email-1', ' maelle.dubois@ancien-rectorat.fr ');
    buttonNamed('Ajouter une adresse').click();
    await fixture.whenStable();
    await typeInto(fixture, '#address-request-role-or-exam', 'Correctrice du baccalauréat');
    await submitForm(fixture);

    const request = http.expectOne({ method: 'POST', url: SUBMIT_URL });
    expect(request.request.body).toEqual({
      lastName: 'Dubois',
      firstName: 'Maëlle',
      triedEmail: 'm.dubois@example.fr',
      contactEmail: 'maelle.dubois@example.fr',
      otherEmails: ['maelle.dubois@ancien-rectorat.fr'],
      roleOrExam: 'Correctrice du baccalauréat',
      captchaId: 'challenge-1',
      captchaCode: 'wVgY',
    });
  });

  it('shows the reference after success', async () => {
    await fillRequiredFields();
    await submitForm(fixture);

    http.expectOne(SUBMIT_URL).flush({ reference: 'AI-2026-000042', message: RECEIPT_MESSAGE }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(textOf(fixture, '.fr-alert--success strong')).toBe('AI-2026-000042');
    expect(textOf(fixture, '.fr-alert--success')).toContain(RECEIPT_MESSAGE);
    expect(host().querySelector('form')).toBeNull();
    expect(document.activeElement?.id).toBe('address-request-receipt');
    expect(queryElement(fixture, 'a.fr-link').getAttribute('href')).toBe('/connexion');
  });

  it('shows the 429 message and a new code', async () => {
    const limitMessage = 'Plusieurs demandes ont déjà été envoyées aujourd’hui avec cette adresse de contact.';
    await fillRequiredFields();
    await submitForm(fixture);

    await failWith(429, { statusCode: 429, code: ErrorCode.TooManyRequests, message: limitMessage, requestId: 'r1' });

    expect(textOf(fixture, '[role="alert"]')).toBe(limitMessage);
    expect(document.activeElement?.id).toBe('address-request-error');
    expect(queryElement<HTMLInputElement>(fixture, '#address-request-captcha').value).toBe('');
    expect(queryElement<HTMLInputElement>(fixture, '#address-request-last-name').value).toBe(' Dubois ');
  });

  it('shows server field messages under the fields', async () => {
    await fillRequiredFields();
    await submitForm(fixture);

    await failWith(400, {
      statusCode: 400,
      code: ErrorCode.ValidationFailed,
      message: 'Le formulaire contient des erreurs.',
      fields: { contactEmail: ['Cette adresse mail n’est pas valide.'] },
      requestId: 'r1',
    });

    expect(textOf(fixture, '#address-request-contact-email-error')).toBe('Cette adresse mail n’est pas valide.');
    // A browser's input event bubbles up to the field component, which is where the page listens.
    const input = queryElement<HTMLInputElement>(fixture, '#address-request-contact-email');
    input.value = 'maelle@example.fr';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await fixture.whenStable();
    expect(host().querySelector('#address-request-contact-email-error')).toBeNull();
  });
});
