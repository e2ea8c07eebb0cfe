import { PASSWORD_RULES, PasswordRule, checkPassword } from '@dpec/password-policy';

/** A rule of the shared password policy and whether a given password meets it. */
export interface RuleStatus {
  rule: PasswordRule;
  met: boolean;
}

/** Rules listed in the information callout, in the shared library's order. */
export const LISTED_RULES: readonly PasswordRule[] = PASSWORD_RULES.filter((rule) => rule.listed);

/** Evaluates every rule of the shared policy against a password. */
export function evaluatePassword(password: string): RuleStatus[] {
  const unmetIds = new Set(checkPassword(password).unmet.map((rule) => rule.id));
  return PASSWORD_RULES.map((rule) => ({ rule, met: !unmetIds.has(rule.id) }));
}

/** Error text for a rule that the information callout does not list, such as the size limit. */
export function unlistedRuleMessage(rule: PasswordRule): string {
  return `Le mot de passe ne respecte pas cette règle : ${rule.label}.`;
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
