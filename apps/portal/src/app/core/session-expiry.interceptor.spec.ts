import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ErrorCode } from '@dpec/contracts';
import { firstValueFrom } from 'rxjs';

import { AuthService } from './auth.service';
import { NoticeService } from './notice.service';
import { SESSION_ENDED_MESSAGE, sessionExpiryInterceptor } from './session-expiry.interceptor';

const NOT_AUTHENTICATED = {
  statusCode: 401,
  code: ErrorCode.NotAuthenticated,
  message: 'Vous devez être connecté pour accéder à cette page.',
  requestId: 'r1',
};

describe('sessionExpiryInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let navigate: jest.SpyInstance;
  let loggedIn: boolean;
  let forgetAccount: jest.Mock;

  beforeEach(() => {
    loggedIn = true;
    forgetAccount = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionExpiryInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AuthService, useValue: { loggedIn: () => loggedIn, forgetAccount } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  async function failWith401(url: string, body: object = NOT_AUTHENTICATED): Promise<void> {
    const result = firstValueFrom(client.get(url));
    http.expectOne(url).flush(body, { status: 401, statusText: 'Unauthorized' });
    await expect(result).rejects.toMatchObject({ status: 401 });
  }

  it('sends an ended session to login', async () => {
    await failWith401('/api/account/sessions');

    expect(forgetAccount).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith(['/connexion'], { queryParams: { returnUrl: '/' } });
    expect(TestBed.inject(NoticeService).take()).toEqual({ kind: 'info', text: SESSION_ENDED_MESSAGE });
  });

  it('leaves auth calls to their callers', async () => {
    await failWith401('/api/auth/me');

    expect(forgetAccount).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('ignores other 401 codes', async () => {
    await failWith401('/api/account/password', { ...NOT_AUTHENTICATED, code: ErrorCode.InvalidCredentials });

    expect(navigate).not.toHaveBeenCalled();
  });

  it('ignores a visitor never logged in', async () => {
    loggedIn = false;

    await failWith401('/api/account/sessions');

    expect(navigate).not.toHaveBeenCalled();
  });
});
