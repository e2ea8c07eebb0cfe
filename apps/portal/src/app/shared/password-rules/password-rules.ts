import { PASSWORD_RULES, PasswordContext, PasswordRule, checkPassword } from '@dpec/password-policy';

/** A rule of the shared password policy and whether a given password meets it. */
export interface RuleStatus {
  rule: PasswordRule;
  met: boolean;
}

/** Rules listed in the information callout, in the shared library's order. */
export const LISTED_RULES: readonly PasswordRule[] = PASSWORD_RULES.filter((rule) => rule.listed);

/**
 * Evaluates every rule of the shared policy against a password. Without a context, such as on
 * the reset page where the account is unknown, the personal information rule counts as met.
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

/** Summary for the polite live region, read after the user pauses typing. */
export function describeProgress(statuses: readonly RuleStatus[]): string {
  const listed = statuses.filter((status) => status.rule.listed);
  const metCount = listed.filter((status) => status.met).length;

  if (metCount === listed.length) {
    return 'Toutes les règles du mot de passe sont respectées.';
  }

  return `${metCount} règle${metCount > 1 ? 's' : ''} respectée${metCount > 1 ? 's' : ''} sur ${listed.length}.`;
}
