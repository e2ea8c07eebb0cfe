import { RequiredString } from '../common/dto-decorators';

const PASSWORD_FIELD_MAX_LENGTH = 256;

export class ChangePasswordDto {
  // Passwords are not trimmed: spaces may be part of them.
  @RequiredString(PASSWORD_FIELD_MAX_LENGTH, 'Current password', false)
  currentPassword!: string;

  @RequiredString(PASSWORD_FIELD_MAX_LENGTH, 'New password, checked against the password policy', false)
  password!: string;

  @RequiredString(PASSWORD_FIELD_MAX_LENGTH, 'The new password typed again', false)
  confirmation!: string;
}
