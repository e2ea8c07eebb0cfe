/** Lowercases and strips accents, so that "Éloïse" matches "eloise". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Text the account list searches: first name, last name and address, folded. */
export function searchTextOf(account: { email: string; firstName: string; lastName: string }): string {
  return foldForSearch(`${account.firstName} ${account.lastName} ${account.email}`).slice(0, 500);
}
