import { Location } from '@angular/common';
import { HttpParams } from '@angular/common/http';

/** Query values of a list page's URL; empty strings and undefined values are left out. */
export type UrlQueryValues = Readonly<Record<string, string | number | undefined>>;

/** Returns `path` followed by the non-empty `values` as a query string. */
export function buildUrl(path: string, values: UrlQueryValues): string {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') {
      params = params.set(name, String(value));
    }
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Writes a list's filters into the address bar, replacing the history entry, so that a reload
 * or a copied link opens the same list. This bypasses the router, which therefore keeps the
 * query of the last real navigation until the next one.
 *
 * TODO: move the account and audit pages to `router.navigate` with `replaceUrl`, as the
 * requests queue does, then delete this function. The bypass existed because every router
 * navigation used to move focus to the page heading. route-focus.ts now leaves focus alone
 * when only the query or fragment changes.
 */
export function replaceUrlQuery(location: Location, path: string, values: UrlQueryValues): void {
  const [, query = ''] = buildUrl(path, values).split('?');
  location.replaceState(path, query);
}

/** Returns a positive whole number from a query parameter, or `fallback`. */
export function readPageNumber(value: string | null, fallback = 1): number {
  if (value === null || !/^\d{1,6}$/.test(value)) {
    return fallback;
  }
  const page = Number(value);
  return page >= 1 ? page : fallback;
}

/** Returns `value` when it is one of `allowed`, or `fallback`. */
export function readChoice<T extends string>(value: string | null, allowed: readonly T[], fallback: T | ''): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
