/** Stable codes in every API error body, so that the portal never parses French text. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  CaptchaInvalid = 'CAPTCHA_INVALID',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  NotAuthenticated = 'NOT_AUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  ResetLinkInvalid = 'RESET_LINK_INVALID',
  PasswordPolicy = 'PASSWORD_POLICY',
  PasswordMismatch = 'PASSWORD_MISMATCH',
  CurrentPasswordInvalid = 'CURRENT_PASSWORD_INVALID',
  CsrfTokenInvalid = 'CSRF_TOKEN_INVALID',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  InternalError = 'INTERNAL_ERROR',
}

/** Body of every error response. */
export interface ApiError {
  statusCode: number;
  code: ErrorCode;
  /** French sentence to show the user as is. */
  message: string;
  /** Field-level French messages, keyed by body field, for validation errors. */
  fields?: Record<string, string[]>;
  /** Password rules not met, for PASSWORD_POLICY errors. */
  unmetRules?: string[];
  requestId: string;
}
