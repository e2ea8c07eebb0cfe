import { PayloadCipher } from './payload-cipher';

describe('PayloadCipher', () => {
  const cipher = new PayloadCipher('a secret of at least thirty-two characters');
  const payload = JSON.stringify({ resetUrl: 'https://dpecotheque.test/security/reset-password/1/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN' });

  it('round-trips a payload', () => {
    expect(cipher.decrypt(cipher.encrypt(payload))).toBe(payload);
  });

  it('hides the plaintext', () => {
    const encrypted = cipher.encrypt(payload);

    expect(encrypted).not.toContain('abcdefghij');
    expect(cipher.encrypt(payload)).not.toBe(encrypted);
  });

  it('rejects another secret', () => {
    const other = new PayloadCipher('another secret of at least thirty-two chars');

    expect(() => other.decrypt(cipher.encrypt(payload))).toThrow();
  });

  it('rejects an altered payload', () => {
    const parts = cipher.encrypt(payload).split('.');
    parts[3] = `${parts[3].slice(0, -2)}AA`;

    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
  });
});
