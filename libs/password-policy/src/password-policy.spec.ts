import { checkPassword, PASSWORD_RULES, utf8ByteLength } from './password-policy';

function unmetIds(password: string): string[] {
  return checkPassword(password).unmet.map((rule) => rule.id);
}

describe('checkPassword', () => {
  it('accepts a password meeting every rule', () => {
    expect(checkPassword('Brioche2026!')).toEqual({ valid: true, unmet: [] });
  });

  it('requires 8 characters', () => {
    expect(unmetIds('Ab1!xyz')).toEqual(['minLength']);
    expect(unmetIds('Ab1!xyzw')).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    // Each emoji is two UTF-16 units but one character: 7 characters in all.
    expect(unmetIds('Ab1!😀😀😀')).toEqual(['minLength']);
  });

  it('requires an upper-case letter', () => {
    expect(unmetIds('brioche2026!')).toEqual(['uppercase']);
    expect(unmetIds('ébrioche2026!É')).toEqual([]);
  });

  it('requires a lower-case letter', () => {
    expect(unmetIds('BRIOCHE2026!')).toEqual(['lowercase']);
  });

  it('requires a digit', () => {
    expect(unmetIds('Brioche-deux!')).toEqual(['digit']);
  });

  it.each(['$', '@', '%', '*', '+', '-', '_', '!'])('accepts %s as the special character', (special) => {
    expect(unmetIds(`Brioche2026${special}`)).toEqual([]);
  });

  it.each(['#', '?', '&', ' ', '.', '€'])('does not count %s as special', (other) => {
    expect(unmetIds(`Brioche2026${other}`)).toEqual(['special']);
  });

  it('caps the UTF-8 size at 72 bytes', () => {
    const exactly72 = `${'é'.repeat(32)}Aa1!xyzw`;
    const over72 = `${exactly72}z`;

    expect(utf8ByteLength(exactly72)).toBe(72);
    expect(unmetIds(exactly72)).toEqual([]);
    expect(unmetIds(over72)).toEqual(['maxBytes']);
    expect(unmetIds(`Aa1!${'x'.repeat(68)}`)).toEqual([]);
    expect(unmetIds(`Aa1!${'x'.repeat(69)}`)).toEqual(['maxBytes']);
  });

  it('rejects control characters', () => {
    expect(unmetIds('Brioche2026!\u0000')).toEqual(['noControlCharacter']);
    expect(unmetIds('Brioche\t2026!')).toEqual(['noControlCharacter']);
  });

  it('measures the NFC form', () => {
    // "é" as e + combining accent is 3 bytes; NFC makes it one 2-byte character.
    const decomposed = `${'e\u0301'.repeat(32)}Aa1!xyzw`;
    expect(utf8ByteLength(decomposed)).toBe(104);
    expect(unmetIds(decomposed)).toEqual([]);
  });

  it('lists every rule of an empty password but size', () => {
    expect(unmetIds('')).toEqual(['minLength', 'uppercase', 'lowercase', 'digit', 'special']);
  });

  it('lists the five rules of the information box', () => {
    expect(PASSWORD_RULES.filter((rule) => rule.listed).map((rule) => rule.label)).toEqual([
      'au moins 8 caractères',
      'au moins 1 lettre MAJUSCULE',
      'au moins 1 lettre minuscule',
      'au moins 1 chiffre',
      'au moins un de ces caractères spéciaux : $ @ % * + - _ !',
    ]);
  });
});
