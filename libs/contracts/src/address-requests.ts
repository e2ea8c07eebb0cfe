import type { AdminAccountView } from './admin';
import type { Role } from './auth';

/** Life of an "adresse introuvable" request. */
export type AddressRequestStatus = 'new' | 'in_progress' | 'waiting_for_requester' | 'resolved' | 'rejected';

export const ADDRESS_REQUEST_STATUSES: readonly AddressRequestStatus[] = ['new', 'in_progress', 'waiting_for_requester', 'resolved', 'rejected'];

/** French labels of the statuses, as support agents read them. */
export const ADDRESS_REQUEST_STATUS_LABELS: Record<AddressRequestStatus, string> = {
  new: 'Nouvelle',
  in_progress: 'En cours',
  waiting_for_requester: 'En attente du demandeur',
  resolved: 'Résolue',
  rejected: 'Rejetée',
};

/** Reasons a support agent may give for rejecting a request. */
export type RejectionReason = 'no_account_expected' | 'identity_not_confirmed' | 'duplicate_request' | 'not_siec' | 'other';

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  no_account_expected: 'Aucun compte DPECothèque n’est prévu pour cette personne',
  identity_not_confirmed: 'Les informations fournies ne permettent pas de confirmer votre identité',
  duplicate_request: 'Cette demande fait doublon avec une autre demande en cours',
  not_siec: 'La demande ne relève pas du SIEC',
  other: 'Autre motif',
};

/** Body of `POST /api/address-requests` (portal, with captcha) and of the server-to-server intake. */
export interface AddressRequestSubmission {
  lastName: string;
  firstName: string;
  /** The address the person tried and the system did not find. */
  triedEmail: string;
  /** Address where the SIEC replies. */
  contactEmail: string;
  /** Other addresses the person may have used, at most 5. */
  otherEmails?: string[];
  /** Role or exam the person works on, free text. */
  roleOrExam?: string;
  message?: string;
  captchaId?: string;
  captchaCode?: string;
}

/** Response of the intake routes: the reference only, never whether anything matched. */
export interface AddressRequestReceipt {
  reference: string;
  message: string;
}

export interface AddressRequestSummary {
  id: number;
  reference: string;
  status: AddressRequestStatus;
  firstName: string;
  lastName: string;
  contactEmail: string;
  /** "portal" for the public form, or the name of the API key that filed it. */
  source: string;
  /** True once a support agent has handed it to a gestionnaire to create the account. */
  awaitingAccountCreation: boolean;
  assignee: { id: number; firstName: string; lastName: string } | null;
  createdAt: string;
  updatedAt: string;
}

export type AddressRequestEventKind =
  | 'created'
  | 'assigned'
  | 'comment'
  | 'information_requested'
  | 'requester_replied'
  | 'handed_to_gestionnaire'
  | 'address_changed'
  | 'account_created'
  | 'rejected'
  | 'anonymized';

/** One step of a request's history; `internal` comments are never shown to the requester. */
export interface AddressRequestEvent {
  id: number;
  kind: AddressRequestEventKind;
  actor: { id: number; firstName: string; lastName: string } | null;
  body: string | null;
  internal: boolean;
  createdAt: string;
}

/** An account that may be the requester's, with the reasons it was proposed. */
export interface AccountCandidate {
  account: AdminAccountView;
  /** French reasons, e.g. « même nom et prénom », « adresse essayée ». */
  reasons: string[];
}

export interface AddressRequestDetail extends AddressRequestSummary {
  triedEmail: string;
  otherEmails: string[];
  roleOrExam: string | null;
  message: string | null;
  rejectionReason: RejectionReason | null;
  closedAt: string | null;
  history: AddressRequestEvent[];
  candidates: AccountCandidate[];
}

/** Query of `GET /api/admin/address-requests`, all optional. */
export interface AddressRequestQuery {
  status?: AddressRequestStatus | 'open';
  /** `me`, `none`, or an account id. */
  assignee?: string;
  awaitingAccountCreation?: 'true' | 'false';
  q?: string;
  page?: number;
  pageSize?: number;
}

/** Body of `POST /api/admin/address-requests/:id/create-account` (gestionnaires only). */
export interface CreateAccountFromRequest {
  roles: Role[];
}

/** Body of `POST /api/admin/address-requests/:id/reject`. */
export interface RejectAddressRequest {
  reason: RejectionReason;
  details?: string;
}

/** Response of `GET /api/address-requests/replies/:id/:token`: what the SIEC asked. */
export interface RequesterReplyPrompt {
  reference: string;
  question: string;
}

/** An API key of the Portail Intervenants, as the console lists it (never the key itself). */
export interface ApiKeyView {
  id: number;
  name: string;
  /** First characters of the key, to recognise it. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Response of `POST /api/admin/api-keys`: the only time the key is shown. */
export interface CreatedApiKey extends ApiKeyView {
  key: string;
}
