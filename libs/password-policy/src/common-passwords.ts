/**
 * Words that French users often build passwords on, compared after lowercasing,
 * removing accents and dropping every character that is not a letter. So
 * "Soleil2024!" and "Azerty123$" are caught, while the zxcvbn estimate in
 * password-strength.ts catches the wider set of guessable passwords.
 */
export const COMMON_PASSWORD_WORDS: ReadonlySet<string> = new Set([
  'azerty', 'azertyuiop', 'qwerty', 'qwertz', 'abcdef', 'abcdefgh', 'abc',
  'motdepasse', 'motdepass', 'password', 'passw', 'passe', 'secret', 'admin', 'administrateur',
  'bonjour', 'bonsoir', 'salut', 'coucou', 'jetaime', 'jtm', 'amour', 'monamour', 'mamour',
  'soleil', 'chouchou', 'doudou', 'loulou', 'nounours', 'bisounours', 'cheval', 'chocolat',
  'princesse', 'marseille', 'paris', 'lyon', 'toulouse', 'bordeaux', 'lille', 'nantes',
  'france', 'liberte', 'vacances', 'famille', 'maison', 'bienvenue', 'football', 'olympique',
  'pokemon', 'dragon', 'tigre', 'lapin', 'chaton', 'nicolas', 'julien', 'thomas', 'camille',
  'examen', 'examens', 'siec', 'dpecotheque', 'education', 'academie', 'ecole', 'lycee', 'college',
  'intervenant', 'gestionnaire', 'correcteur', 'correction', 'universite',
]);

/** Letters only, lowercased and without accents: "Été-2024!" becomes "ete". */
export function lettersOnly(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORD_WORDS.has(lettersOnly(password));
}
