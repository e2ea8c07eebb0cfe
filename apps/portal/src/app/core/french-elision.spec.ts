import { withDe } from './french-elision';

describe('withDe', () => {
  it.each([
    ['Camille Martin', 'de Camille Martin'],
    ['Élodie-Anne Lefèvre', 'd’Élodie-Anne Lefèvre'],
    ['Anaïs Roy', 'd’Anaïs Roy'],
    ['Inès Caron', 'd’Inès Caron'],
    ['Oscar Petit', 'd’Oscar Petit'],
    ['Ugo Blanc', 'd’Ugo Blanc'],
    ['Œnone Vidal', 'd’Œnone Vidal'],
    ['Èva Noël', 'd’Èva Noël'],
    ['élise Brun', 'd’élise Brun'],
    ['Hélène Morel', 'd’Hélène Morel'],
    ['Hugo Garnier', 'd’Hugo Garnier'],
    ['Yves Lambert', 'd’Yves Lambert'],
    ['Yanis Morel', 'de Yanis Morel'],
    ['Maëlle Dubois', 'de Maëlle Dubois'],
  ])('writes de before %s', (name, expected) => {
    expect(withDe(name)).toBe(expected);
  });

  it('keeps de before an empty text', () => {
    expect(withDe('')).toBe('de ');
  });
});
