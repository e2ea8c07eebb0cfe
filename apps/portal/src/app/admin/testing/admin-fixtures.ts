import { AddressRequestDetail, AddressRequestSummary, AdminAccountView, Page } from '@dpec/contracts';

/** An account as the API returns it, with the fields a test does not set left at ordinary values. */
export function adminAccount(overrides: Partial<AdminAccountView> = {}): AdminAccountView {
  return {
    id: 12,
    email: 'camille.martin@example.fr',
    firstName: 'Camille',
    lastName: 'Martin',
    roles: ['intervenant'],
    disabled: false,
    locked: false,
    lockedUntil: null,
    hasPassword: true,
    lastLoginAt: '2026-12-01T07:05:00.000Z',
    createdAt: '2026-11-20T09:30:00.000Z',
    updatedAt: '2026-11-20T09:30:00.000Z',
    ...overrides,
  };
}

export function pageOf<T>(items: T[], total = items.length, page = 1, pageSize = 20): Page<T> {
  return { items, total, page, pageSize };
}

/** Error body of the API, as its global filter writes it. */
export function apiErrorBody(statusCode: number, code: string, message: string, fields?: Record<string, string[]>) {
  return { statusCode, code, message, requestId: 'req-1', ...(fields ? { fields } : {}) };
}

/** Returns a request of the support queue as the API lists it. */
export function addressRequestSummary(overrides: Partial<AddressRequestSummary> = {}): AddressRequestSummary {
  return {
    id: 7,
    reference: 'AI-2026-000007',
    status: 'new',
    firstName: 'Maëlle',
    lastName: 'Dubois',
    contactEmail: 'maelle.dubois@example.fr',
    source: 'portal',
    awaitingAccountCreation: false,
    assignee: null,
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
    ...overrides,
  };
}

/** Returns a request as its page loads it, with one candidate account and the creation event. */
export function addressRequestDetail(overrides: Partial<AddressRequestDetail> = {}): AddressRequestDetail {
  return {
    ...addressRequestSummary(),
    triedEmail: 'm.dubois@example.fr',
    otherEmails: ['maelle.dubois@ancien-rectorat.fr'],
    roleOrExam: 'Correctrice du baccalauréat',
    message: 'Mon ancienne adresse ne fonctionne plus.',
    rejectionReason: null,
    closedAt: null,
    history: [
      { id: 1, kind: 'created', actor: null, body: null, internal: false, createdAt: '2026-12-01T08:00:00.000Z' },
    ],
    candidates: [
      {
        account: adminAccount({ id: 31, email: 'maelle.dubois@ancien-rectorat.fr', firstName: 'Maëlle', lastName: 'Dubois' }),
        reasons: ['même nom et prénom', 'autre adresse indiquée'],
      },
    ],
    ...overrides,
  };
}
