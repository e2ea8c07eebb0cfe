import { AuditEntryView, REJECTION_REASON_LABELS, ROLES, Role } from '@dpec/contracts';

import { formatDateTime } from '../../core/date-format';
import { roleNames } from '../admin-labels';

/**
 * French names of the keys that the API records in audit entries: account fields, the outcome of
 * an address request and the description of an API key. A key missing here is shown as is.
 */
const FIELD_LABELS: Readonly<Record<string, string | undefined>> = {
  email: 'Adresse mail',
  firstName: 'Prénom',
  lastName: 'Nom',
  roles: 'Rôles',
  disabled: 'Désactivé',
  locked: 'Verrouillé',
  lockedUntil: 'Verrouillé jusqu’au',
  hasPassword: 'Mot de passe choisi',
  request: 'Demande',
  outcome: 'Issue',
  question: 'Question posée',
  reason: 'Motif',
  id: 'Identifiant',
  name: 'Nom de la clé',
  prefix: 'Début de la clé',
  source: 'Origine',
};

/**
 * French texts of the coded values, by key. Other values, such as the reference of the request
 * that an account was created from in `source`, are shown as recorded.
 */
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string | undefined>> | undefined>> = {
  outcome: {
    address_changed: 'Adresse du compte modifiée',
    account_created: 'Compte créé',
  },
  reason: REJECTION_REASON_LABELS,
  source: {
    import: 'Import de fichier',
  },
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
      before: before ? formatFieldValue(key, before[key]) : null,
      after: formatFieldValue(key, after[key]),
    }));
}

/** Writes the value recorded under a key, with the French text of a coded value when the key has one. */
function formatFieldValue(key: string, value: unknown): string {
  const valueLabel = typeof value === 'string' ? VALUE_LABELS[key]?.[value] : undefined;
  return valueLabel ?? formatValue(value);
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
