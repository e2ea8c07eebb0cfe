import { Signal, computed, effect, inject, signal } from '@angular/core';
import type { PasswordStrength } from '@dpec/password-strength';

import { PasswordStrengthLoader, StrengthEstimator } from './password-strength.loader';

/** An estimate with the rule label to show when the password is too easy to guess. */
export interface EstimatedStrength extends PasswordStrength {
  guessableRuleLabel: string;
}

/**
 * Estimates the strength of `password` as it changes. The estimator is loaded when the
 * password is first non-empty, and the result stays null until then and while it loads.
 * `userInputs` are the account's own words (name, address), which make a password weaker.
 * Call in an injection context, such as a component field initializer.
 */
export function estimateStrength(
  password: Signal<string>,
  userInputs: Signal<readonly string[]> = signal([]),
): Signal<EstimatedStrength | null> {
  const loader = inject(PasswordStrengthLoader);
  const estimator = signal<StrengthEstimator | null>(null);

  effect(() => {
    if (password() === '' || estimator() !== null) {
      return;
    }
    // After a failed download the indication stays hidden, and the API still checks the password on submit.
    loader.load().then(
      (loaded) => estimator.set(loaded),
      () => undefined,
    );
  });

  return computed(() => {
    const loaded = estimator();
    const value = password();
    if (loaded === null || value === '') {
      return null;
    }
    return { ...loaded.estimate(value, userInputs()), guessableRuleLabel: loaded.guessableRuleLabel };
  });
}
