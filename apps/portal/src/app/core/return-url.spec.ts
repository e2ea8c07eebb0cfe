import { toSameSiteReturnUrl } from './return-url';

describe('toSameSiteReturnUrl', () => {
  it.each(['/mon-compte', '/mon-compte?onglet=profil', '/security/reset-password/1/abc#haut'])('keeps %s', (url) => {
    expect(toSameSiteReturnUrl(url)).toBe(url);
  });

  it.each([
    ['empty', ''],
    ['missing', undefined],
    ['absolute', 'https://evil.example/'],
    ['protocol-relative', '//evil.example/'],
    ['backslash', '/\\evil.example/'],
    ['tab', '/\t/evil.example/'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['relative', 'mon-compte'],
  ])('rejects %s', (_case, url) => {
    expect(toSameSiteReturnUrl(url)).toBeNull();
  });
});
