/**
 * Password rules shared by the API, which enforces them, and the portal, which
 * shows them ticking as the user types. Framework-free on purpose.
 */

import { isCommonPassword, lettersOnly } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 8;

/** bcrypt ignores every byte after the 72nd, so a longer password is rejected, not truncated. */
export const PASSWORD_MAX_BYTES = 72;

export const PASSWORD_SPECIAL_CHARACTERS = ['$', '@', '%', '*', '+', '-', '_', '!'] as const;

export type PasswordRuleId =
  | 'minLength'
  | 'uppercase'
  | 'lowercase'
  | 'digit'
  | 'special'
  | 'maxBytes'
  | 'noControlCharacter'
  | 'noPersonalInformation'
  | 'notCommon';

/** Names and address of the account whose password is checked. */
export interface PasswordContext {
  email?: string;
  firstName?: string;
  lastName?: string;
}

export interface PasswordRule {
  id: PasswordRuleId;
  /** French wording shown in the "INFORMATION" box and in error messages. */
  label: string;
  /** False for the rules that the information box does not list, shown only when broken. */
  listed: boolean;
  isMet(password: string, context: PasswordContext): boolean;
}

const UPPERCASE = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
// Control characters include NUL, which ends the password early in C bcrypt implementations.
const CONTROL_CHARACTER = /\p{Cc}/u;

/** Applies NFC so that "é" typed as one or two code points gives the same password. */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

/** Counts UTF-8 bytes: accented letters take two, most emoji four. */
export function utf8ByteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function countCharacters(text: string): number {
  return Array.from(text).length;
}

/** Parts of the name and address long enough to matter: "jean-marc.dupont@x.fr" gives jean, marc, dupont. */
function personalTokens(context: PasswordContext): string[] {
  const localPart = context.email?.split('@')[0] ?? '';
  const sources = [localPart, context.firstName ?? '', context.lastName ?? ''];
  const tokens = sources.flatMap((source) => [lettersOnly(source), ...source.split(/[^\p{L}]+/u).map(lettersOnly)]);
  return [...new Set(tokens)].filter((token) => token.length >= 3);
}

function containsPersonalInformation(password: string, context: PasswordContext): boolean {
  const letters = lettersOnly(password);
  return personalTokens(context).some((token) => letters.includes(token));
}

export const PASSWORD_RULES: readonly PasswordRule[] = [
  {
    id: 'minLength',
    label: `au moins ${PASSWORD_MIN_LENGTH} caractères`,
    listed: true,
    isMet: (password) => countCharacters(password) >= PASSWORD_MIN_LENGTH,
  },
  {
    id: 'uppercase',
    label: 'au moins 1 lettre MAJUSCULE',
    listed: true,
    isMet: (password) => UPPERCASE.test(password),
  },
  {
    id: 'lowercase',
    label: 'au moins 1 lettre minuscule',
    listed: true,
    isMet: (password) => LOWERCASE.test(password),
  },
  {
    id: 'digit',
    label: 'au moins 1 chiffre',
    listed: true,
    isMet: (password) => DIGIT.test(password),
  },
  {
    id: 'special',
    label: `au moins un de ces caractères spéciaux : ${PASSWORD_SPECIAL_CHARACTERS.join(' ')}`,
    listed: true,
    isMet: (password) => PASSWORD_SPECIAL_CHARACTERS.some((character) => password.includes(character)),
  },
  {
    id: 'maxBytes',
    label: `au plus ${PASSWORD_MAX_BYTES} octets (une lettre accentuée en compte 2)`,
    listed: false,
    isMet: (password) => utf8ByteLength(password) <= PASSWORD_MAX_BYTES,
  },
  {
    id: 'noControlCharacter',
    label: 'aucun caractère de contrôle (tabulation, retour à la ligne…)',
    listed: false,
    isMet: (password) => !CONTROL_CHARACTER.test(password),
  },
  {
    id: 'noPersonalInformation',
    label: 'ni votre nom, ni votre prénom, ni votre adresse mail',
    listed: false,
    isMet: (password, context) => !containsPersonalInformation(password, context),
  },
  {
    id: 'notCommon',
    label: 'pas un mot de passe courant (azerty, soleil, motdepasse…)',
    listed: false,
    isMet: (password) => !isCommonPassword(password),
  },
];

export interface PasswordCheck {
  valid: boolean;
  unmet: PasswordRule[];
}

/**
 * Checks the NFC form of a password against every rule and lists those it does
 * not meet. Without a context, the personal information rule is always met.
 */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordCheck {
  const normalized = normalizePassword(password);
  const unmet = PASSWORD_RULES.filter((rule) => !rule.isMet(normalized, context));

  return { valid: unmet.length === 0, unmet };
}
