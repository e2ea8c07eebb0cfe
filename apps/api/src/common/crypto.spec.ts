import { digestsEqual, hmacHex, randomToken, sha256Hex } from './crypto';

describe('randomToken', () => {
  it('makes 40 URL-safe characters from 30 bytes', () => {
    for (let round = 0; round < 100; round++) {
      expect(randomToken(30)).toMatch(/^[A-Za-z0-9_-]{40}$/);
    }
  });

  it('never repeats in practice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => randomToken(30)));
    expect(tokens.size).toBe(1000);
  });
});

describe('hashing', () => {
  it('gives 64 hex digits', () => {
    expect(sha256Hex('token')).toMatch(/^[0-9a-f]{64}$/);
    expect(hmacHex('secret', 'token')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('depends on the HMAC secret', () => {
    expect(hmacHex('secret-a', 'token')).not.toBe(hmacHex('secret-b', 'token'));
  });

  it('compares digests', () => {
    expect(digestsEqual(sha256Hex('a'), sha256Hex('a'))).toBe(true);
    expect(digestsEqual(sha256Hex('a'), sha256Hex('b'))).toBe(false);
    expect(digestsEqual(sha256Hex('a'), 'abcd')).toBe(false);
  });
});
