import { PASSWORD_MAX_BYTES, PASSWORD_RULES, PasswordContext, PasswordRule, checkPassword } from '@dpec/password-policy';

/** A rule of the shared password policy and whether a given password meets it. */
export interface RuleStatus {
  rule: PasswordRule;
  met: boolean;
}

/** Rules listed in the information callout, in the shared library's order. */
export const LISTED_RULES: readonly PasswordRule[] = PASSWORD_RULES.filter((rule) => rule.listed);

/**
 * Evaluates every rule of the shared policy against a password. Without a context, the personal
 * information rule counts as met.
 */
export function evaluatePassword(password: string, context: PasswordContext = {}): RuleStatus[] {
  const unmetIds = new Set(checkPassword(password, context).unmet.map((rule) => rule.id));
  return PASSWORD_RULES.map((rule) => ({ rule, met: !unmetIds.has(rule.id) }));
}

/** Error text for a rule broken by the password, given by its French label. */
export function unmetRuleMessage(ruleLabel: string): string {
  return `Le mot de passe ne respecte pas cette règle : ${ruleLabel}.`;
}

/** Error texts for the unmet rules that the information callout does not list, such as the size limit. */
export function unlistedRuleMessages(statuses: readonly RuleStatus[]): string[] {
  return statuses.filter((status) => !status.met && !status.rule.listed).map((status) => unmetRuleMessage(status.rule.label));
}

/** Hint under a new password field, so that the byte limit is known before it is exceeded. */
export const MAX_BYTES_HINT = `Au plus ${PASSWORD_MAX_BYTES} octets : chaque lettre accentuée en compte 2.`;

/**
 * Builds the summary for the polite live region, read after the user pauses typing. It counts the
 * listed rules that are met, then names each broken unlisted rule and each of `otherUnmetRuleLabels`,
 * which are broken rules outside the shared policy such as the guessable-password estimate.
 */
export function describeProgress(statuses: readonly RuleStatus[], otherUnmetRuleLabels: readonly string[] = []): string {
  const listed = statuses.filter((status) => status.rule.listed);
  const metCount = listed.filter((status) => status.met).length;
  const unlistedUnmetLabels = statuses
    .filter((status) => !status.met && !status.rule.listed)
    .map((status) => status.rule.label);
  const unmetMessages = [...unlistedUnmetLabels, ...otherUnmetRuleLabels].map(unmetRuleMessage);

  if (metCount === listed.length && unmetMessages.length === 0) {
    return 'Toutes les règles du mot de passe sont respectées.';
  }

  const listedProgress =
    metCount === listed.length
      ? `Les ${listed.length} règles du cadre d’information sont respectées.`
      : `${metCount} règle${metCount > 1 ? 's' : ''} respectée${metCount > 1 ? 's' : ''} sur ${listed.length}.`;
  return [listedProgress, ...unmetMessages].join(' ');
}
