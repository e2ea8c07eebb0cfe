/** Body of `POST /api/password-reset`. */
export interface PasswordResetRequest {
  email: string;
  captchaId: string;
  captchaCode: string;
}

/** Response of `POST /api/password-reset`: the same for every address. */
export interface PasswordResetRequested {
  message: string;
}

/** Response of `GET /api/password-reset/:accountId/:token` while the link is valid. */
export interface ResetLinkStatus {
  expiresAt: string;
  /**
   * The account's names and address, so that the page can check the personal
   * information rule as the owner types. Only the holder of the e-mailed link gets them.
   */
  account: { email: string; firstName: string; lastName: string };
}

/** Body of `POST /api/password-reset/:accountId/:token`. */
export interface PasswordResetCompletion {
  password: string;
  confirmation: string;
}

/** Validity of a reset link. */
export const RESET_TOKEN_TTL_HOURS = 24;

/** Reset tokens are 40 characters of the URL-safe base64 alphabet. */
export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{40}$/;
