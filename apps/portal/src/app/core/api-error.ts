import { HttpErrorResponse } from '@angular/common/http';
import { ApiError, ErrorCode } from '@dpec/contracts';

/** Shown for a network failure, a 5xx response or an error body that is not the API's JSON. */
export const SERVICE_UNAVAILABLE_MESSAGE =
  'Le service est momentanément indisponible. Veuillez réessayer dans quelques instants.';

/** Content of a page's error alert. */
export interface DisplayedError {
  status: number;
  code: ErrorCode | null;
  message: string;
  /** Extra French lines to list under the message (field messages or unmet password rules). */
  details: string[];
}

/** Shown when a form is sent before its image code has loaded, so there is no challenge to check. */
export const CAPTCHA_NOT_LOADED_ERROR: DisplayedError = {
  status: 0,
  code: null,
  message: 'Le code de sécurité n’est pas encore affiché. Patientez un instant, recopiez le code affiché puis réessayez.',
  details: [],
};

/** Returns the API's error body when the response carries one, or null. */
export function readApiError(error: unknown): ApiError | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }

  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null) {
    return null;
  }

  const candidate = body as Partial<ApiError>;
  if (typeof candidate.message !== 'string' || typeof candidate.code !== 'string') {
    return null;
  }

  return candidate as ApiError;
}

/**
 * Converts a failed HTTP call into the French text to display. The API's `message` is shown as
 * is for 4xx responses; network failures and 5xx responses get the generic unavailability message.
 */
export function toDisplayedError(error: unknown): DisplayedError {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  const apiError = readApiError(error);

  if (status === 0 || status >= 500 || apiError === null) {
    return { status, code: apiError?.code ?? null, message: SERVICE_UNAVAILABLE_MESSAGE, details: [] };
  }

  return { status, code: apiError.code, message: apiError.message, details: collectDetails(apiError) };
}

function collectDetails(apiError: ApiError): string[] {
  if (apiError.unmetRules && apiError.unmetRules.length > 0) {
    return [...apiError.unmetRules];
  }

  if (apiError.fields) {
    return Object.values(apiError.fields).flat();
  }

  return [];
}
