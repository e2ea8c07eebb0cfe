import {
  ADDRESS_REQUEST_STATUS_LABELS,
  AddressRequestEvent,
  AddressRequestEventKind,
  AddressRequestStatus,
  AddressRequestSummary,
} from '@dpec/contracts';

import { fullName } from '../admin-labels';

/** A DSFR badge of a request's status: its text and its colour modifier. */
export interface RequestBadge {
  label: string;
  modifier: 'new' | 'info' | 'warning' | 'success' | 'error';
}

const STATUS_MODIFIERS: Readonly<Record<AddressRequestStatus, RequestBadge['modifier']>> = {
  new: 'new',
  in_progress: 'info',
  waiting_for_requester: 'warning',
  resolved: 'success',
  rejected: 'error',
};

/** Text of the badge of a request handed over to the gestionnaires, and of its filter. */
export const AWAITING_ACCOUNT_CREATION_LABEL = 'À créer par un gestionnaire';

/** Returns the badges of a request: its status, then "À créer par un gestionnaire" when it applies. */
export function requestBadges(request: AddressRequestSummary): RequestBadge[] {
  const badges: RequestBadge[] = [{ label: ADDRESS_REQUEST_STATUS_LABELS[request.status], modifier: STATUS_MODIFIERS[request.status] }];
  if (request.awaitingAccountCreation && isOpen(request.status)) {
    badges.push({ label: AWAITING_ACCOUNT_CREATION_LABEL, modifier: 'warning' });
  }
  return badges;
}

export function isOpen(status: AddressRequestStatus): boolean {
  return status !== 'resolved' && status !== 'rejected';
}

/** "Formulaire" for the public form, else the name of the API key that filed the request. */
export function sourceLabel(source: string): string {
  return source === 'portal' ? 'Formulaire' : source;
}

export function assigneeName(request: AddressRequestSummary): string {
  return request.assignee ? fullName(request.assignee) : 'Personne';
}

const EVENT_LABELS: Readonly<Record<AddressRequestEventKind, string>> = {
  created: 'Demande déposée',
  assigned: 'Prise en charge',
  comment: 'Commentaire interne',
  information_requested: 'Précisions demandées',
  requester_replied: 'Réponse du demandeur',
  handed_to_gestionnaire: 'Transmise à un gestionnaire',
  address_changed: 'Adresse du compte modifiée',
  account_created: 'Compte créé',
  rejected: 'Demande rejetée',
  anonymized: 'Données anonymisées',
};

/** Returns the French title of a history event, such as "Prise en charge par Inès Caron". */
export function eventTitle(event: AddressRequestEvent): string {
  if (event.kind === 'assigned' && event.actor) {
    return `Prise en charge par ${fullName(event.actor)}`;
  }
  return EVENT_LABELS[event.kind] ?? event.kind;
}

const RELATIVE_TIME = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * Returns how long ago an instant was, in French: "il y a 5 minutes", "hier", "il y a 3 jours",
 * "il y a 2 mois". Months count as 30 days and years as 365, which is close enough for a queue.
 */
export function formatAge(isoInstant: string, now: number = Date.now()): string {
  const instant = new Date(isoInstant).getTime();
  if (Number.isNaN(instant)) {
    return isoInstant;
  }

  const elapsed = Math.max(0, now - instant);
  if (elapsed < MINUTE_MS) {
    return 'à l’instant';
  }
  if (elapsed < HOUR_MS) {
    return RELATIVE_TIME.format(-Math.floor(elapsed / MINUTE_MS), 'minute');
  }
  if (elapsed < DAY_MS) {
    return RELATIVE_TIME.format(-Math.floor(elapsed / HOUR_MS), 'hour');
  }
  const days = Math.floor(elapsed / DAY_MS);
  if (days < 30) {
    return RELATIVE_TIME.format(-days, 'day');
  }
  if (days < 365) {
    return RELATIVE_TIME.format(-Math.floor(days / 30), 'month');
  }
  return RELATIVE_TIME.format(-Math.floor(days / 365), 'year');
}
