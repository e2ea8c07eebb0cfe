import { Injectable } from '@angular/core';
import type { PasswordStrength } from '@dpec/password-strength';

/** The lazily loaded part of `@dpec/password-strength`. */
export interface StrengthEstimator {
  estimate(password: string, userInputs: readonly string[]): PasswordStrength;
  /** Label of the rule that the API reports in `unmetRules` for a password that is too easy to guess. */
  guessableRuleLabel: string;
}

/**
 * Loads the zxcvbn estimator on first use. Its dictionaries weigh megabytes, so the dynamic
 * import keeps them in a chunk of their own, out of the initial bundle. Only type imports of
 * `@dpec/password-strength` may appear elsewhere in the portal, for the same reason.
 */
@Injectable({ providedIn: 'root' })
export class PasswordStrengthLoader {
  private loading: Promise<StrengthEstimator> | null = null;

  /** Starts the download once, and concurrent and later callers share it. After a failure, the next call retries. */
  load(): Promise<StrengthEstimator> {
    this.loading ??= import('@dpec/password-strength').then(
      (module) => ({
        estimate: (password, userInputs) => module.estimatePasswordStrength(password, [...userInputs]),
        guessableRuleLabel: module.GUESSABLE_RULE_LABEL,
      }),
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }
}
