/** Response of `POST /api/captcha`. */
export interface CaptchaChallenge {
  id: string;
  /** `data:image/png;base64,...` URL of the 4-character code. */
  image: string;
  expiresAt: string;
}

export const CAPTCHA_LENGTH = 4;
