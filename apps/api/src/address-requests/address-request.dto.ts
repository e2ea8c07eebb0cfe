import { ADDRESS_REQUEST_STATUSES, REJECTION_REASON_LABELS, RejectionReason, ROLES, Role } from '@dpec/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { normalizeEmail } from '../accounts/email';
import { CaptchaCodeField, CaptchaIdField, EMAIL_MAX_LENGTH, EmailField, RequiredString } from '../common/dto-decorators';
import { FieldMessages } from '../common/messages';

const UnlessAbsent = () => ValidateIf((_object, value) => value !== undefined);

/** Normalises each address of a list and drops empty ones; other values are left for the validators to reject. */
function normalizeEmailList(value: unknown): unknown {
  if (!Array.isArray(value)) {
    return value;
  }
  const normalized = value.map((item: unknown) => (typeof item === 'string' ? normalizeEmail(item) : item));
  return normalized.filter((item) => item !== '');
}

/** Declares an optional free-text field; null, arrays and numbers are rejected like elsewhere. */
function OptionalText(max: number, description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max, description }),
    UnlessAbsent(),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString({ message: FieldMessages.mustBeString }),
    MaxLength(max, { message: FieldMessages.tooLong(max) }),
  );
}

/** Fields shared by the public form and the server-to-server intake. */
export class AddressRequestIntakeDto {
  @RequiredString(100, 'Last name')
  lastName!: string;

  @RequiredString(100, 'First name')
  firstName!: string;

  @EmailField()
  triedEmail!: string;

  @EmailField()
  contactEmail!: string;

  @ApiPropertyOptional({ type: [String], maxItems: 5, description: 'Other addresses the person may have used' })
  @UnlessAbsent()
  @IsArray({ message: 'Les autres adresses doivent être une liste.' })
  @ArrayMaxSize(5, { message: 'Indiquez 5 autres adresses au plus.' })
  @Transform(({ value }) => normalizeEmailList(value))
  @IsString({ each: true, message: FieldMessages.mustBeString })
  @MaxLength(EMAIL_MAX_LENGTH, { each: true, message: FieldMessages.tooLong(EMAIL_MAX_LENGTH) })
  @IsEmail({ allow_utf8_local_part: true, require_tld: true }, { each: true, message: FieldMessages.invalidEmail })
  otherEmails?: string[];

  @OptionalText(200, 'Role or exam the person works on')
  roleOrExam?: string;

  @OptionalText(2000, 'Message to the support')
  message?: string;
}

/** The public form adds the captcha. */
export class AddressRequestFormDto extends AddressRequestIntakeDto {
  @CaptchaIdField()
  captchaId!: string;

  @CaptchaCodeField()
  captchaCode!: string;
}

export class RequesterReplyDto {
  @RequiredString(2000, 'Answer to the question of the support')
  message!: string;
}

export class CommentDto {
  @RequiredString(2000, 'Internal comment, never shown to the requester')
  body!: string;
}

export class InformationRequestDto {
  @RequiredString(2000, 'Question sent to the requester')
  message!: string;
}

export class RejectDto {
  @ApiProperty({ enum: Object.keys(REJECTION_REASON_LABELS) })
  @IsIn(Object.keys(REJECTION_REASON_LABELS), { message: `Motif inconnu : les motifs possibles sont ${Object.keys(REJECTION_REASON_LABELS).join(', ')}.` })
  reason!: RejectionReason;

  @OptionalText(2000, 'Details sent to the requester')
  details?: string;
}

export class ResolveWithAccountDto {
  @ApiProperty({ type: Number, description: 'Id of the account that is the requester' })
  @IsInt({ message: "L’identifiant du compte doit être un nombre entier." })
  @Min(1, { message: "L’identifiant du compte doit être un nombre entier positif." })
  accountId!: number;
}

export class CreateFromRequestDto {
  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray({ message: 'Les rôles doivent être une liste.' })
  @ArrayMinSize(1, { message: 'Indiquez au moins un rôle.' })
  @ArrayMaxSize(ROLES.length, { message: FieldMessages.invalidValue })
  @IsIn(ROLES, { each: true, message: `Rôle inconnu : les rôles possibles sont ${ROLES.join(', ')}.` })
  roles!: Role[];
}

export class AddressRequestQueryDto {
  @ApiPropertyOptional({ enum: [...ADDRESS_REQUEST_STATUSES, 'open'] })
  @IsOptional()
  @IsIn([...ADDRESS_REQUEST_STATUSES, 'open'], { message: 'Statut inconnu.' })
  status?: string;

  @ApiPropertyOptional({ description: '`me`, `none` or an account id' })
  @IsOptional()
  @IsString({ message: FieldMessages.mustBeString })
  @MaxLength(12, { message: FieldMessages.tooLong(12) })
  assignee?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'Valeur attendue : true ou false.' })
  awaitingAccountCreation?: 'true' | 'false';

  @OptionalText(200, 'Words searched in names and addresses, accents and case ignored')
  q?: string;

  @ApiPropertyOptional({ type: Number, minimum: 1 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'Ce paramètre doit être un nombre entier de 1 à 100000.' })
  @Min(1, { message: 'Ce paramètre doit être un nombre entier de 1 à 100000.' })
  @Max(100_000, { message: 'Ce paramètre doit être un nombre entier de 1 à 100000.' })
  page?: number;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 100 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'Ce paramètre doit être un nombre entier de 1 à 100.' })
  @Min(1, { message: 'Ce paramètre doit être un nombre entier de 1 à 100.' })
  @Max(100, { message: 'Ce paramètre doit être un nombre entier de 1 à 100.' })
  pageSize?: number;
}

export class CreateApiKeyDto {
  @RequiredString(100, 'Name of the key, e.g. "Portail Intervenants - production"')
  name!: string;
}
