import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ErrorCode, SessionView } from '@dpec/contracts';

import { AuthService } from '../../core/auth.service';
import { NoticeService } from '../../core/notice.service';
import { queryElement, textOf } from '../../../testing/dom';
import { SessionsSection } from './sessions-section';

const SESSIONS_URL = '/api/account/sessions';

const CURRENT: SessionView = {
  id: 'sess-current',
  browser: 'Firefox sur Windows',
  createdAt: '2026-12-04T19:15:00.000Z',
  lastSeenAt: '2026-12-04T20:02:00.000Z',
  current: true,
};
const PHONE: SessionView = {
  id: 'sess-phone',
  browser: null,
  createdAt: '2026-12-01T07:05:00.000Z',
  lastSeenAt: '2026-12-03T16:40:00.000Z',
  current: false,
};

describe('SessionsSection', () => {
  let fixture: ComponentFixture<SessionsSection>;
  let http: HttpTestingController;
  let forgetAccount: jest.Mock;

  beforeEach(async () => {
    forgetAccount = jest.fn();
    TestBed.configureTestingModule({
      imports: [SessionsSection],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AuthService, useValue: { forgetAccount } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SessionsSection);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function flushList(sessions: SessionView[]): Promise<void> {
    http.expectOne({ method: 'GET', url: SESSIONS_URL }).flush(sessions);
    await fixture.whenStable();
  }

  function rows(): HTMLTableRowElement[] {
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLTableRowElement>('tbody tr'));
  }

  function closeButton(sessionId: string): HTMLButtonElement {
    return queryElement<HTMLButtonElement>(fixture, `tr[data-session="${sessionId}"] button`);
  }

  function buttonNamed(name: string): HTMLButtonElement | undefined {
    const buttons = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('button'));
    return buttons.find((button) => button.textContent?.trim() === name);
  }

  it('shows a status while loading', () => {
    expect(textOf(fixture, '[role="status"]')).toBe('Chargement des sessions…');
    http.expectOne(SESSIONS_URL);
  });

  it('lists sessions with French dates', async () => {
    await flushList([PHONE, CURRENT]);

    expect(textOf(fixture, 'h2')).toBe('Sessions ouvertes');
    expect(textOf(fixture, 'caption')).toBe('Sessions ouvertes sur votre compte');
    expect(rows().map((row) => row.dataset['session'])).toEqual(['sess-current', 'sess-phone']);

    const [first, second] = rows();
    expect(first.querySelector('th')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Firefox sur Windows Cette session');
    expect(first.querySelectorAll('td')[0].textContent?.replace(/\s+/g, ' ').trim()).toBe('4 décembre 2026 à 20 h 15');
    expect(first.querySelectorAll('td')[1].textContent?.replace(/\s+/g, ' ').trim()).toBe('4 décembre 2026 à 21 h 02');
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe(CURRENT.createdAt);

    expect(second.querySelector('th')?.textContent?.trim()).toBe('Navigateur inconnu');
    expect(second.querySelector('.fr-badge')).toBeNull();
    expect(second.querySelectorAll('td')[0].textContent?.replace(/\s+/g, ' ').trim()).toBe('1er décembre 2026 à 8 h 05');
  });

  it('names each close button after its row', async () => {
    await flushList([CURRENT, PHONE]);

    const names = [closeButton('sess-current'), closeButton('sess-phone')].map((button) =>
      button.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(names).toEqual([
      'Fermer la session Firefox sur Windows, ouverte le 4 décembre 2026 à 20 h 15 (cette session)',
      'Fermer la session Navigateur inconnu, ouverte le 1er décembre 2026 à 8 h 05',
    ]);
    expect(closeButton('sess-phone').querySelector('.fr-sr-only')).not.toBeNull();
  });

  it('offers to close others only when there are some', async () => {
    await flushList([CURRENT]);

    expect(buttonNamed('Fermer toutes les autres sessions')).toBeUndefined();
  });

  it('closes one session and announces it', async () => {
    await flushList([CURRENT, PHONE]);

    closeButton('sess-phone').click();
    http.expectOne({ method: 'DELETE', url: `${SESSIONS_URL}/sess-phone` }).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    await flushList([CURRENT]);

    expect(rows()).toHaveLength(1);
    expect(textOf(fixture, '[aria-live="polite"] .fr-alert--success')).toBe('La session a été fermée.');
    expect(document.activeElement?.id).toBe('sessions-title');
    expect(forgetAccount).not.toHaveBeenCalled();
  });

  it('closes every other session', async () => {
    await flushList([CURRENT, PHONE]);

    buttonNamed('Fermer toutes les autres sessions')?.click();
    http.expectOne({ method: 'DELETE', url: SESSIONS_URL }).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    await flushList([CURRENT]);

    expect(rows().map((row) => row.dataset['session'])).toEqual(['sess-current']);
    expect(textOf(fixture, '[aria-live="polite"] .fr-alert--success')).toBe('Les autres sessions ont été fermées.');
  });

  it('logs out after closing the current session', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await flushList([CURRENT, PHONE]);

    closeButton('sess-current').click();
    http.expectOne({ method: 'DELETE', url: `${SESSIONS_URL}/sess-current` }).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(forgetAccount).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith('/connexion');
    expect(TestBed.inject(NoticeService).take()).toEqual({ kind: 'success', text: 'Vous êtes déconnecté.' });
    http.expectNone({ method: 'GET', url: SESSIONS_URL });
  });

  it('shows a 404 and refreshes the list', async () => {
    await flushList([CURRENT, PHONE]);

    closeButton('sess-phone').click();
    http.expectOne({ method: 'DELETE', url: `${SESSIONS_URL}/sess-phone` }).flush(
      { statusCode: 404, code: ErrorCode.NotFound, message: 'Cette session n’existe plus.', requestId: 'r1' },
      { status: 404, statusText: 'Not Found' },
    );
    await fixture.whenStable();
    await flushList([CURRENT]);

    expect(textOf(fixture, '[role="alert"] p')).toBe('Cette session n’existe plus.');
    expect(rows()).toHaveLength(1);
  });

  it('shows a CSRF rejection message', async () => {
    await flushList([CURRENT, PHONE]);

    buttonNamed('Fermer toutes les autres sessions')?.click();
    http.expectOne({ method: 'DELETE', url: SESSIONS_URL }).flush(
      { statusCode: 403, code: ErrorCode.CsrfTokenInvalid, message: 'La page a expiré. Rechargez-la.', requestId: 'r2' },
      { status: 403, statusText: 'Forbidden' },
    );
    await fixture.whenStable();
    await flushList([CURRENT, PHONE]);

    expect(textOf(fixture, '[role="alert"] p')).toBe('La page a expiré. Rechargez-la.');
    expect(rows()).toHaveLength(2);
  });

  it('offers a retry when loading fails', async () => {
    http.expectOne(SESSIONS_URL).error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(textOf(fixture, '[role="alert"] p')).toContain('momentanément indisponible');
    buttonNamed('Réessayer')?.click();
    await flushList([CURRENT]);

    expect(rows()).toHaveLength(1);
  });
});
