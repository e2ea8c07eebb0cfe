import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { normalizeEmail } from '../accounts/email';
import { FieldMessages } from './messages';

/** Maximum address length that SMTP allows (RFC 5321 path limit). */
export const EMAIL_MAX_LENGTH = 254;

/**
 * Declares a required string field of at most `max` characters. Values of any
 * other type are rejected, never converted.
 */
export function RequiredString(max: number, description: string, trim = true): PropertyDecorator {
  const decorators = [
    ApiProperty({ type: String, maxLength: max, description }),
    IsString({ message: FieldMessages.mustBeString }),
    IsNotEmpty({ message: FieldMessages.required }),
    MaxLength(max, { message: FieldMessages.tooLong(max) }),
  ];
  if (trim) {
    decorators.unshift(Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)));
  }
  return applyDecorators(...decorators);
}

/** Declares an e-mail address field, trimmed, NFC-normalised and lowercased before validation. */
export function EmailField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, maxLength: EMAIL_MAX_LENGTH, example: 'prenom.nom@example.fr' }),
    Transform(({ value }) => (typeof value === 'string' ? normalizeEmail(value) : value)),
    IsString({ message: FieldMessages.mustBeString }),
    IsNotEmpty({ message: FieldMessages.required }),
    MaxLength(EMAIL_MAX_LENGTH, { message: FieldMessages.tooLong(EMAIL_MAX_LENGTH) }),
    IsEmail({ allow_utf8_local_part: true, require_tld: true }, { message: FieldMessages.invalidEmail }),
  );
}

/** Declares the captcha challenge id field; `CaptchaCodeField` declares the typed code. */
export function CaptchaIdField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, format: 'uuid' }),
    IsString({ message: FieldMessages.mustBeString }),
    IsNotEmpty({ message: FieldMessages.required }),
    Matches(/^[0-9a-f-]{36}$/i, { message: FieldMessages.invalidCaptchaId }),
  );
}

export function CaptchaCodeField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, minLength: 4, maxLength: 4, description: 'The 4 characters shown in the image, any case' }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString({ message: FieldMessages.mustBeString }),
    IsNotEmpty({ message: FieldMessages.required }),
    Matches(/^[\p{L}\p{N}]{4}$/u, { message: FieldMessages.invalidCaptchaCode }),
  );
}
