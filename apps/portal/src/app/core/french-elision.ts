/** Letters that start a word with a vowel sound once accents are removed. */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'œ', 'æ']);

/**
 * Returns `text` after the preposition « de », elided to « d’ » before a vowel or a mute h, as in
 * « d’Élodie » or « d’Hélène ». A y elides before a consonant (« d’Yves ») but not before a vowel
 * (« de Yanis »), where it is sounded as a consonant.
 */
export function withDe(text: string): string {
  return startsWithVowelSound(text) ? `d’${text}` : `de ${text}`;
}

function startsWithVowelSound(text: string): boolean {
  // Decomposing splits « É » into « E » and a combining accent, which the range then removes.
  const letters = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const first = letters.charAt(0);
  const second = letters.charAt(1);

  if (VOWELS.has(first)) {
    return true;
  }
  if (first === 'y') {
    return second !== '' && !VOWELS.has(second) && second !== 'y';
  }
  // NOTE: spelling cannot tell a mute h from an aspirated one (« de Hans »), so every h counts as
  // mute, which suits the usual French first names (« d’Henri », « d’Hugo »).
  return first === 'h';
}
