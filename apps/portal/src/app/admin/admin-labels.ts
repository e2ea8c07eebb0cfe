import { AccountStatusFilter, AdminAccountView, AuditAction, Role } from '@dpec/contracts';

import { ROLE_LABELS } from '../core/roles';

/** Suffix of every console page title, before the service name that the title strategy adds. */
export const CONSOLE_TITLE = 'Console de gestion';

export const STATUS_FILTER_LABELS: Readonly<Record<AccountStatusFilter, string>> = {
  active: 'Actif',
  disabled: 'Désactivé',
  locked: 'Verrouillé',
  never_logged_in: 'Jamais connecté',
};

/**
 * French names of the audit actions, keyed by action code. Keyed by string on purpose: the API
 * may record actions that this portal version does not know yet, and `auditActionLabel` then
 * shows the action code.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string | undefined>> = {
  account_created: 'Création du compte',
  account_updated: 'Modification du compte',
  email_changed: 'Changement d’adresse mail',
  account_disabled: 'Désactivation',
  account_enabled: 'Réactivation',
  account_unlocked: 'Déverrouillage',
  first_connection_email_sent: 'Envoi du mail de première connexion',
  address_request_resolved: 'Demande d’adresse introuvable résolue',
  address_request_rejected: 'Demande d’adresse introuvable rejetée',
  address_request_info_requested: 'Demande d’adresse introuvable : informations demandées',
  api_key_created: 'Création d’une clé d’API',
  api_key_revoked: 'Révocation d’une clé d’API',
};

export function auditActionLabel(action: AuditAction): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

/** A DSFR badge: its text and its colour modifier. */
export interface StatusBadge {
  label: string;
  modifier: 'success' | 'error' | 'warning' | 'info';
}

/** Returns the badges of an account's status: active or disabled, then locked and never logged in when they apply. */
export function statusBadges(account: AdminAccountView): StatusBadge[] {
  const badges: StatusBadge[] = [
    account.disabled
      ? { label: STATUS_FILTER_LABELS.disabled, modifier: 'error' }
      : { label: STATUS_FILTER_LABELS.active, modifier: 'success' },
  ];
  if (account.locked) {
    badges.push({ label: STATUS_FILTER_LABELS.locked, modifier: 'warning' });
  }
  if (account.lastLoginAt === null) {
    badges.push({ label: STATUS_FILTER_LABELS.never_logged_in, modifier: 'info' });
  }
  return badges;
}

export function roleNames(roles: readonly Role[]): string {
  return roles.map((role) => ROLE_LABELS[role] ?? role).join(', ');
}

export function fullName(account: { firstName: string; lastName: string }): string {
  return `${account.firstName} ${account.lastName}`;
}
