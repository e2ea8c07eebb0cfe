import { HttpStatus, Injectable } from '@nestjs/common';
import { ErrorCode } from '@dpec/contracts';
import { checkPassword, normalizePassword, PasswordContext } from '@dpec/password-policy';
import { estimatePasswordStrength, GUESSABLE_RULE_LABEL } from '@dpec/password-strength';
import { ApiException } from '../common/api-exception';
import { Messages } from '../common/messages';
import type { Account } from './account.entity';

function policyError(labels: string[]): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, {
    code: ErrorCode.PasswordPolicy,
    message: Messages.passwordPolicy,
    unmetRules: labels,
    fields: { password: labels.map((label) => `Règle non respectée : ${label}.`) },
  });
}

/**
 * Applies the password rules with the account's context, then the zxcvbn
 * estimate, then the confirmation. The estimate runs only on passwords that meet
 * the rules, so a weak password gets the precise rules it breaks.
 */
@Injectable()
export class PasswordPolicyService {
  assertAcceptable(password: string, confirmation: string, account: Account): void {
    const context: PasswordContext = { email: account.email, firstName: account.firstName, lastName: account.lastName };
    const policy = checkPassword(password, context);
    if (!policy.valid) {
      throw policyError(policy.unmet.map((rule) => rule.label));
    }

    const userInputs = [account.email.split('@')[0], account.firstName, account.lastName, 'dpecotheque', 'siec'];
    if (estimatePasswordStrength(normalizePassword(password), userInputs).guessable) {
      throw policyError([GUESSABLE_RULE_LABEL]);
    }

    if (normalizePassword(password) !== normalizePassword(confirmation)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, {
        code: ErrorCode.PasswordMismatch,
        message: Messages.passwordMismatch,
        fields: { confirmation: [Messages.passwordMismatch] },
      });
    }
  }
}
