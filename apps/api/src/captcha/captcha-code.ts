import { randomInt } from 'node:crypto';

/**
 * Characters a code is drawn from. Look-alikes are left out (0/O/Q, 1/I/L, 5/S
 * keeps S, 8/B keeps B, 2/Z keeps 2). Letters may be shown in either case
 * because the check ignores case.
 */
export const CAPTCHA_ALPHABET = '234679ABCDEFGHJKMNPRSTUVWXY';

/** G stays upper case because a lower-case g reads like 9. */
const UPPER_ONLY = new Set(['G']);

/** Draws a code of `length` characters, in canonical upper case. */
export function generateCaptchaCode(length: number): string {
  let code = '';
  for (let index = 0; index < length; index++) {
    code += CAPTCHA_ALPHABET[randomInt(0, CAPTCHA_ALPHABET.length)];
  }
  return code;
}

/** Returns the text to draw: each letter randomly in lower or upper case. */
export function displayForm(code: string): string {
  return Array.from(code)
    .map((character) => (!UPPER_ONLY.has(character) && randomInt(0, 2) === 0 ? character.toLowerCase() : character))
    .join('');
}

/** Canonical form of what the user typed: trimmed, upper case. */
export function canonicalAnswer(answer: string): string {
  return answer.trim().toUpperCase();
}
