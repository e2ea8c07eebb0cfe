import { CaptchaCodeField, CaptchaIdField, EmailField, RequiredString } from '../common/dto-decorators';

export class PasswordResetRequestDto {
  @EmailField()
  email!: string;

  @CaptchaIdField()
  captchaId!: string;

  @CaptchaCodeField()
  captchaCode!: string;
}

/** Maximum length accepted before the policy runs; the policy itself caps passwords at 72 bytes. */
const NEW_PASSWORD_MAX_LENGTH = 256;

export class PasswordResetCompletionDto {
  // Not trimmed: a leading or trailing space is part of the password.
  @RequiredString(NEW_PASSWORD_MAX_LENGTH, 'New password, checked against the password policy', false)
  password!: string;

  @RequiredString(NEW_PASSWORD_MAX_LENGTH, 'The same password typed again', false)
  confirmation!: string;
}
