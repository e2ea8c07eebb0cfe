import type { Account } from '../accounts/account.entity';
import { writeCsv } from './csv';

const ROLE_LABELS: Record<string, string> = { intervenant: 'Intervenant', gestionnaire: 'Gestionnaire SIEC', support: 'Support' };
const PARIS_DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

function statusOf(account: Account, now: Date): string {
  if (account.disabledAt !== null) {
    return 'Désactivé';
  }
  if (account.lockedUntil !== null && account.lockedUntil.getTime() > now.getTime()) {
    return 'Verrouillé';
  }
  return account.lastLoginAt === null ? 'Jamais connecté' : 'Actif';
}

/** Writes the account list as a CSV file that Excel opens with accents intact. */
export function exportAccountsCsv(accounts: Account[], now: Date): Buffer {
  const header = ['Adresse mail', 'Prénom', 'Nom', 'Rôles', 'Statut', 'Dernière connexion', 'Créé le'];
  const rows = accounts.map((account) => [
    account.email,
    account.firstName,
    account.lastName,
    account.roles.map((role) => ROLE_LABELS[role] ?? role).join(', '),
    statusOf(account, now),
    account.lastLoginAt === null ? '' : PARIS_DATE_TIME.format(account.lastLoginAt),
    PARIS_DATE_TIME.format(account.createdAt),
  ]);
  return writeCsv([header, ...rows]);
}
