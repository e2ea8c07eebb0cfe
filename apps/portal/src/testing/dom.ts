import { ComponentFixture } from '@angular/core/testing';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { CaptchaChallenge } from '@dpec/contracts';

/** Returns the element that matches `selector` in the fixture, or fails the test. */
export function queryElement<T extends Element = HTMLElement>(fixture: ComponentFixture<unknown>, selector: string): T {
  const element = (fixture.nativeElement as HTMLElement).querySelector<T>(selector);
  if (!element) {
    throw new Error(`No element matches "${selector}".`);
  }
  return element;
}

/** Sets an input's value as typing does, so that reactive forms see the change. */
export async function typeInto(fixture: ComponentFixture<unknown>, selector: string, value: string): Promise<void> {
  const input = queryElement<HTMLInputElement>(fixture, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await fixture.whenStable();
}

export async function submitForm(fixture: ComponentFixture<unknown>): Promise<void> {
  queryElement<HTMLFormElement>(fixture, 'form').dispatchEvent(new Event('submit'));
  await fixture.whenStable();
}

export function textOf(fixture: ComponentFixture<unknown>, selector: string): string {
  return queryElement(fixture, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function captchaChallenge(id: string): CaptchaChallenge {
  return { id, image: 'data:image/png;base64,iVBORw0KGgo=', expiresAt: '2030-01-01T00:00:00.000Z' };
}

/** Responds to the pending `POST /api/captcha` with a challenge of the given id. */
export function flushCaptcha(http: HttpTestingController, id: string): TestRequest {
  const request = http.expectOne({ method: 'POST', url: '/api/captcha' });
  request.flush(captchaChallenge(id), { status: 201, statusText: 'Created' });
  return request;
}
