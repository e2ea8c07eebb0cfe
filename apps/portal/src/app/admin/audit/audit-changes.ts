import { AuditEntryView, ROLES, Role } from '@dpec/contracts';

import { formatDateTime } from '../../core/date-format';
import { roleNames } from '../admin-labels';

/** French names of the account fields that audit entries record. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  email: 'Adresse mail',
  firstName: 'Prénom',
  lastName: 'Nom',
  roles: 'Rôles',
  disabled: 'Désactivé',
  locked: 'Verrouillé',
  lockedUntil: 'Verrouillé jusqu’au',
  hasPassword: 'Mot de passe choisi',
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One field of an audit entry: its value before the action (null for a new account) and after it. */
export interface FieldChange {
  label: string;
  before: string | null;
  after: string;
}

/**
 * Returns the fields that an action changed, in the order of the entry. For a creation, which
 * has no "before", every recorded field is listed with its initial value.
 */
export function describeChanges(entry: Pick<AuditEntryView, 'before' | 'after'>): FieldChange[] {
  const before = entry.before;
  const after = entry.after;
  if (!after) {
    return [];
  }

  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])];
  return keys
    .filter((key) => !before || JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => ({
      label: FIELD_LABELS[key] ?? key,
      before: before ? formatValue(before[key]) : null,
      after: formatValue(after[key]),
    }));
}

/** Writes a recorded value as French text: roles by their names, booleans as oui or non, instants in Paris time. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return 'aucune valeur';
  }
  if (typeof value === 'boolean') {
    return value ? 'oui' : 'non';
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return 'aucun';
    }
    return value.every((item) => (ROLES as readonly unknown[]).includes(item))
      ? roleNames(value as Role[])
      : value.map((item) => formatValue(item)).join(', ');
  }
  if (typeof value === 'string') {
    return ISO_INSTANT.test(value) ? formatDateTime(value) : value;
  }
  return JSON.stringify(value);
}
