/**
 * Returns `value` when it is a path on this site, or null.
 *
 * Only a path that starts with exactly one `/` is accepted: `//host` and `/\host` are
 * protocol-relative URLs that browsers send to another site, and any other form may carry a scheme.
 */
export function toSameSiteReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/')) {
    return null;
  }

  const secondCharacter = value.charAt(1);
  if (secondCharacter === '/' || secondCharacter === '\\') {
    return null;
  }

  // Browsers drop tabs and line breaks from URLs, so "/\t/host" would become "//host".
  if (/[\u0000-\u001f\u007f\\]/.test(value)) {
    return null;
  }

  return value;
}
