import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as french from '@zxcvbn-ts/language-fr';

/**
 * Strength estimate with zxcvbn-ts and its French dictionaries. Kept apart from
 * the rules because its dictionaries weigh several megabytes: the portal loads
 * this module lazily.
 */

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface PasswordStrength {
  score: StrengthScore;
  /** French label for the strength indication. */
  label: string;
  /** True when an attacker would find the password in fewer than a million guesses (score 0 or 1). */
  guessable: boolean;
}

export const STRENGTH_LABELS: Record<StrengthScore, string> = {
  0: 'Très faible',
  1: 'Faible',
  2: 'Moyen',
  3: 'Fort',
  4: 'Très fort',
};

export const GUESSABLE_RULE_LABEL = 'pas un mot de passe trop facile à deviner';

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  // Levenshtein matching is off: it makes one estimate take hundreds of milliseconds.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...french.dictionary },
    graphs: common.adjacencyGraphs,
    translations: french.translations,
    useLevenshteinDistance: false,
  });
  return factory;
}

/** Estimates how hard a password is to guess; `userInputs` are the account's own words. */
export function estimatePasswordStrength(password: string, userInputs: string[] = []): PasswordStrength {
  // zxcvbn's cost grows with length; 100 characters are far beyond the 72-byte policy.
  const result = estimator().check(password.slice(0, 100), userInputs.filter((input) => input.length > 0));
  const score = result.score as StrengthScore;

  return { score, label: STRENGTH_LABELS[score], guessable: score <= 1 };
}
