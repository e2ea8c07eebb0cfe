import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from '@dpec/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ApiException } from './api-exception';
import { FieldMessages, Messages } from './messages';

function collectFieldMessages(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};

  for (const error of errors) {
    const path = prefix + error.property;
    const constraints = error.constraints ?? {};
    // whitelistValidation is class-validator's English message for a property the DTO does not declare.
    const messages = Object.entries(constraints).map(([name, message]) =>
      name === 'whitelistValidation' ? FieldMessages.unexpected : message,
    );
    if (messages.length > 0) {
      // The first failed constraint is enough: "must be a string" makes the others noise.
      fields[path] = [messages[messages.length - 1]];
    }
    Object.assign(fields, collectFieldMessages(error.children ?? [], `${path}.`));
  }

  return fields;
}

export function validationException(errors: ValidationError[]): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, {
    code: ErrorCode.ValidationFailed,
    message: Messages.validationFailed,
    fields: collectFieldMessages(errors),
  });
}

const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: true,
} as const;

/** Global pipe: rejects wrong types, unknown fields and bad values with French messages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: validationException,
  });
}

/**
 * Validates a raw body against a DTO class outside the pipe, for guards that run
 * before pipes (passport-local reads `req.body` directly).
 */
export async function validateBody<T extends object>(dtoClass: new () => T, body: unknown): Promise<T> {
  const isObjectBody = typeof body === 'object' && body !== null && !Array.isArray(body);
  const instance = plainToInstance(dtoClass, isObjectBody ? body : {}, { enableImplicitConversion: false });

  const errors = await validate(instance, VALIDATOR_OPTIONS);
  if (errors.length > 0) {
    throw validationException(errors);
  }
  return instance;
}
