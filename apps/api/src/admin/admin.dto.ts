import { ACCOUNT_SORT_FIELDS, ACCOUNT_STATUS_FILTERS, AccountSortField, AccountStatusFilter, AUDIT_ACTIONS, AuditAction, ROLES, Role } from '@dpec/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { EmailField, RequiredString } from '../common/dto-decorators';
import { FieldMessages } from '../common/messages';

/** Declares a whole-number query parameter; anything else stays as is and fails IsInt. */
function QueryInteger(min: number, max: number, description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: Number, minimum: min, maximum: max, description }),
    IsOptional(),
    Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value)),
    IsInt({ message: `Ce paramètre doit être un nombre entier de ${min} à ${max}.` }),
    Min(min, { message: `Ce paramètre doit être un nombre entier de ${min} à ${max}.` }),
    Max(max, { message: `Ce paramètre doit être un nombre entier de ${min} à ${max}.` }),
  );
}

function OptionalChoice(values: readonly string[], description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: values, description }),
    IsOptional(),
    IsIn(values, { message: `Valeur inconnue : les valeurs possibles sont ${values.join(', ')}.` }),
  );
}

function OptionalText(max: number, description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max, description }),
    IsOptional(),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString({ message: FieldMessages.mustBeString }),
    MaxLength(max, { message: FieldMessages.tooLong(max) }),
  );
}

/** Skips validation only when the field is absent: unlike IsOptional, null is rejected. */
const UnlessAbsent = () => ValidateIf((_object, value) => value !== undefined);

function RolesField(optional: boolean): PropertyDecorator {
  return applyDecorators(
    optional ? ApiPropertyOptional({ enum: ROLES, isArray: true }) : ApiPropertyOptional({ enum: ROLES, isArray: true, required: true } as object),
    ...(optional ? [UnlessAbsent()] : []),
    IsArray({ message: 'Les rôles doivent être une liste.' }),
    ArrayMinSize(1, { message: 'Indiquez au moins un rôle.' }),
    ArrayMaxSize(ROLES.length, { message: FieldMessages.invalidValue }),
    IsIn(ROLES, { each: true, message: `Rôle inconnu : les rôles possibles sont ${ROLES.join(', ')}.` }),
  );
}

export class AccountListQueryDto {
  @OptionalText(200, 'Words searched in names and address, accents and case ignored')
  q?: string;

  @OptionalChoice(ROLES, 'Only accounts holding this role')
  role?: Role;

  @OptionalChoice(ACCOUNT_STATUS_FILTERS, 'Only accounts in this status')
  status?: AccountStatusFilter;

  @OptionalChoice(ACCOUNT_SORT_FIELDS, 'Sort field, lastName by default')
  sort?: AccountSortField;

  @OptionalChoice(['asc', 'desc'], 'Sort order, asc by default')
  order?: 'asc' | 'desc';

  @QueryInteger(1, 100_000, '1-based page number')
  page?: number;

  @QueryInteger(1, 100, 'Accounts per page, 20 by default')
  pageSize?: number;
}

export class UpdateAccountDto {
  @UnlessAbsent()
  @EmailField()
  email?: string;

  @UnlessAbsent()
  @RequiredString(100, 'First name')
  firstName?: string;

  @UnlessAbsent()
  @RequiredString(100, 'Last name')
  lastName?: string;

  @RolesField(true)
  roles?: Role[];
}

export class AuditQueryDto {
  @OptionalText(254, 'Address of the gestionnaire who acted')
  actor?: string;

  @OptionalText(254, 'Address of the account acted on')
  account?: string;

  @QueryInteger(1, 2_000_000_000, 'Id of the account acted on')
  accountId?: number;

  @OptionalChoice(AUDIT_ACTIONS, 'Only this action')
  action?: AuditAction;

  @OptionalText(40, 'From this date (AAAA-MM-JJ) or date-time, inclusive')
  from?: string;

  @OptionalText(40, 'Up to this date (whole day) or date-time, inclusive')
  to?: string;

  @QueryInteger(1, 100_000, '1-based page number')
  page?: number;

  @QueryInteger(1, 100, 'Entries per page, 20 by default')
  pageSize?: number;
}
