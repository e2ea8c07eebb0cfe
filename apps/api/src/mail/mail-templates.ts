import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Templates known to the outbox, with their French subjects. */
export const MAIL_TEMPLATES = {
  'password-reset': { subject: 'Demande de réinitialisation de mot de passe' },
} as const;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;

/** Context of the password reset e-mail. */
export interface PasswordResetMailContext {
  resetUrl: string;
  validityHours: number;
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
