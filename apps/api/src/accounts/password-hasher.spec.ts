import { loadConfig } from '../config/app-config';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher(loadConfig({ SESSION_SECRET: 'x'.repeat(32), BCRYPT_COST: '4' }));

  it('verifies the password it hashed', async () => {
    const hash = await hasher.hash('Examen2026!');

    expect(hash).toMatch(/^\$2[aby]\$04\$/);
    expect(await hasher.verify('Examen2026!', hash)).toBe(true);
    expect(await hasher.verify('examen2026!', hash)).toBe(false);
  });

  it('treats both Unicode forms of a password alike', async () => {
    const hash = await hasher.hash('Ét\u00e9-2026!');

    expect(await hasher.verify('E\u0301te\u0301-2026!', hash)).toBe(true);
  });

  it('rejects a password that only shares the first 72 bytes', async () => {
    const password = `Aa1!${'x'.repeat(68)}`;
    const hash = await hasher.hash(password);

    expect(await hasher.verify(password, hash)).toBe(true);
    expect(await hasher.verify(`${password}extra`, hash)).toBe(false);
  });

  it('rejects any password when there is no hash', async () => {
    expect(await hasher.verify('dummy password never used', null)).toBe(false);
  });
});
