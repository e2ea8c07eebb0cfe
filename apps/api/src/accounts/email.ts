/**
 * Normalises an address for storage and lookup: trimmed, NFC, lowercased.
 * Lowercasing the local part is not what RFC 5321 allows in general, but no
 * mail system the SIEC writes to distinguishes case, and users type both.
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}
