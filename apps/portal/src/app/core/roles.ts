import { Role } from '@dpec/contracts';

/** French names of the roles, as users read them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  intervenant: 'Intervenant',
  gestionnaire: 'Gestionnaire SIEC',
  support: 'Support',
};
