import { CaptchaCodeField, CaptchaIdField, EmailField, RequiredString } from '../common/dto-decorators';

/** Upper bound on a typed password: far above the 72-byte policy, low enough to keep bcrypt input small. */
export const LOGIN_PASSWORD_MAX_LENGTH = 256;

export class LoginDto {
  @EmailField()
  email!: string;

  // Not trimmed: spaces may be part of a password.
  @RequiredString(LOGIN_PASSWORD_MAX_LENGTH, 'Current password', false)
  password!: string;

  @CaptchaIdField()
  captchaId!: string;

  @CaptchaCodeField()
  captchaCode!: string;
}
