import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Templates known to the outbox, with their French subjects. */
export const MAIL_TEMPLATES = {
  'password-reset': { subject: 'Demande de réinitialisation de mot de passe' },
  'no-account': { subject: 'Demande de réinitialisation de mot de passe' },
  'account-locked': { subject: 'Votre compte DPECothèque est temporairement verrouillé' },
  'password-changed': { subject: 'Votre mot de passe DPECothèque a été modifié' },
  welcome: { subject: 'Bienvenue sur DPECothèque' },
  'email-changed-old': { subject: 'Changement de l’adresse mail de votre compte DPECothèque' },
  'email-changed-new': { subject: 'Votre compte DPECothèque utilise désormais cette adresse' },
  'address-request-received': { subject: 'Votre demande « adresse introuvable » a bien été reçue' },
  'address-request-information': { subject: 'Votre demande « adresse introuvable » : informations complémentaires' },
  'address-request-resolved': { subject: 'Votre demande « adresse introuvable » est résolue' },
  'address-request-rejected': { subject: 'Votre demande « adresse introuvable » n’a pas pu aboutir' },
} as const;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;

/** Context of the password reset e-mail. */
export interface PasswordResetMailContext {
  resetUrl: string;
  validityHours: number;
  /** True when support sent the link after an "adresse introuvable" request, not the owner. */
  issuedBySupport: boolean;
}

/** Context of the e-mail sent when a reset is requested for an address with no account. */
export interface NoAccountMailContext {
  addressNotFoundUrl: string;
}

/** Context of the e-mail sent when too many failed logins lock an account. */
export interface AccountLockedMailContext {
  lockMinutes: number;
  failures: number;
  resetRequestUrl: string;
}

/** Context of the e-mail sent after a password change from the account page. */
export interface PasswordChangedMailContext {
  /** French date and time of the change, Paris time. */
  changedAt: string;
  resetRequestUrl: string;
}

/** Context of the welcome e-mail sent when a gestionnaire creates an account. */
export interface WelcomeMailContext {
  firstConnectionUrl: string;
  loginUrl: string;
}

/** Context of the two e-mails sent when a gestionnaire changes an account's address. */
export interface EmailChangedMailContext {
  /** The new address with most of its local part hidden, for the old mailbox. */
  maskedNewEmail: string;
  firstConnectionUrl: string;
}

/** Context of the e-mails about an "adresse introuvable" request. */
export interface AddressRequestMailContext {
  reference: string;
  /** Question of the support, for the information request. */
  question?: string;
  replyUrl?: string;
  replyValidityDays?: number;
  /** True when the request was resolved by creating an account, false when an address changed. */
  accountCreated?: boolean;
  reasonLabel?: string;
  details?: string;
  loginUrl: string;
  firstConnectionUrl: string;
}

/**
 * Folder of the .hbs files: beside this file when run from sources (tests), and
 * copied to `mail/templates` beside the bundle by `nest build`.
 */
export function templatesDirectory(): string {
  const candidates = [join(__dirname, 'templates'), join(__dirname, 'mail', 'templates')];
  const found = candidates.find((candidate) => existsSync(join(candidate, 'password-reset.hbs')));
  if (found === undefined) {
    throw new Error(`Mail templates not found in ${candidates.join(' or ')}.`);
  }
  return found;
}
