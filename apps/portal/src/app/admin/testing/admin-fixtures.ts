import { AdminAccountView, Page } from '@dpec/contracts';

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
