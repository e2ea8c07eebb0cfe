import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CaptchaChallenge } from '@dpec/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class CaptchaService {
  private readonly http = inject(HttpClient);

  /** Draws a new 4-character challenge. The API accepts one attempt per challenge. */
  create(): Observable<CaptchaChallenge> {
    return this.http.post<CaptchaChallenge>('/api/captcha', null);
  }
}
