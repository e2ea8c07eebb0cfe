import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ErrorCode } from '@dpec/contracts';

import { AddressRequestReplyPage } from './address-request-reply-page';

const REPLY_URL = '/api/address-requests/replies/7/token-abc';
const QUESTION = 'Sous quel nom de jeune fille votre compte a-t-il pu être créé ?\nMerci de préciser.';
const GONE_BODY = {
  statusCode: 410,
  code: ErrorCode.ResetLinkInvalid,
  message: 'Ce lien de réponse n’est plus valide.',
  requestId: 'r1',
};

describe('AddressRequestReplyPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'adresse-introuvable/reponse/:id/:token', component: AddressRequestReplyPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    document.body.appendChild(harness.fixture.nativeElement);
    await harness.navigateByUrl('/adresse-introuvable/reponse/7/token-abc');
  });

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

  async function showPrompt(): Promise<void> {
    http.expectOne({ method: 'GET', url: REPLY_URL }).flush({ reference: 'AI-2026-000007', question: QUESTION });
    await harness.fixture.whenStable();
  }

  async function answer(value: string): Promise<void> {
    const textarea = host().querySelector<HTMLTextAreaElement>('#reply-answer');
    if (!textarea) {
      throw new Error('No answer field.');
    }
    textarea.value = value;
    textarea.dispatchEvent(new Event('input'));
    host().querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  }

  it('shows the question', async () => {
    await showPrompt();

    expect(text('h1')).toBe('Votre demande AI-2026-000007');
    expect(host().querySelector('blockquote')?.textContent?.trim()).toBe(QUESTION);
    expect(text('label[for="reply-answer"]')).toContain('Votre réponse');
    expect(text('button[type="submit"]')).toBe('Envoyer ma réponse');
  });

  it('requires an answer', async () => {
    await showPrompt();

    await answer('   ');

    expect(text('#reply-answer-error')).toBe('Saisissez votre réponse.');
    expect(document.activeElement?.id).toBe('reply-answer');
    http.expectNone({ method: 'POST', url: REPLY_URL });
  });

  it('posts the answer and confirms', async () => {
    await showPrompt();

    await answer(' Mon nom de naissance est Martin. ');
    const request = http.expectOne({ method: 'POST', url: REPLY_URL });
    expect(request.request.body).toEqual({ message: 'Mon nom de naissance est Martin.' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();

    expect(text('.fr-alert--success')).toContain('Le support a reçu votre réponse');
    expect(host().querySelector('form')).toBeNull();
    expect(document.activeElement?.id).toBe('reply-outcome');
  });

  it('explains a used or expired link', async () => {
    http.expectOne(REPLY_URL).flush(GONE_BODY, { status: 410, statusText: 'Gone' });
    await harness.fixture.whenStable();

    expect(text('h1')).toBe('Ce lien ne fonctionne plus');
    expect(text('.fr-text--lead')).toBe('Ce lien de réponse a expiré ou a déjà servi.');
    const newRequest = Array.from(host().querySelectorAll('a')).find((link) => link.textContent?.trim() === 'Faire une nouvelle demande');
    expect(newRequest?.getAttribute('href')).toBe('/adresse-introuvable');
  });

  it('explains a link used meanwhile', async () => {
    await showPrompt();

    await answer('Ma réponse');
    http.expectOne({ method: 'POST', url: REPLY_URL }).flush(GONE_BODY, { status: 410, statusText: 'Gone' });
    await harness.fixture.whenStable();

    expect(text('h1')).toBe('Ce lien ne fonctionne plus');
  });
});
