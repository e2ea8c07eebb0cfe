import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { appConfig } from './app.config';

describe('appConfig HTTP client', () => {
  let http: HttpTestingController;
  let client: HttpClient;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=jeton.signe; path=/';
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
  });

  afterEach(() => {
    http.verify();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it.each(['POST', 'DELETE'])('echoes the XSRF cookie on %s', (method) => {
    client.request(method, '/api/account/sessions').subscribe();

    const request = http.expectOne('/api/account/sessions');
    expect(request.request.headers.get('X-XSRF-TOKEN')).toBe('jeton.signe');
    request.flush(null);
  });

  it('sends no XSRF header on GET', () => {
    client.get('/api/account/sessions').subscribe();

    const request = http.expectOne('/api/account/sessions');
    expect(request.request.headers.has('X-XSRF-TOKEN')).toBe(false);
    request.flush([]);
  });
});
