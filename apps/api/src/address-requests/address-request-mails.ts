import type { AppConfig } from '../config/app-config';
import type { AddressRequestMailContext } from '../mail/mail-templates';

/** Builds the context of a request e-mail: the links every one carries, plus `extra`. */
export function requestMailContext(config: AppConfig, reference: string, extra: Partial<AddressRequestMailContext> = {}): AddressRequestMailContext {
  return {
    reference,
    loginUrl: `${config.publicUrl}/connexion`,
    firstConnectionUrl: `${config.publicUrl}/mot-de-passe-oublie`,
    ...extra,
  };
}

/** AI-{year}-{id on 6 digits}: readable, and unique because the id is. */
export function referenceOf(id: number, createdAt: Date): string {
  return `AI-${createdAt.getUTCFullYear()}-${String(id).padStart(6, '0')}`;
}
