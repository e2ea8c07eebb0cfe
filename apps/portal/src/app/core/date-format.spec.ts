import { formatDateTime } from './date-format';

describe('formatDateTime', () => {
  it.each([
    ['2026-12-04T19:15:00.000Z', '4 décembre 2026 à 20\u00a0h\u00a015'],
    ['2026-07-01T06:05:00.000Z', '1er juillet 2026 à 8\u00a0h\u00a005'],
    ['2026-03-29T00:30:00.000Z', '29 mars 2026 à 1\u00a0h\u00a030'],
    ['2026-03-29T01:30:00.000Z', '29 mars 2026 à 3\u00a0h\u00a030'],
    ['2026-10-25T22:59:00.000Z', '25 octobre 2026 à 23\u00a0h\u00a059'],
    ['2026-12-31T23:00:00.000Z', '1er janvier 2027 à 0\u00a0h\u00a000'],
  ])('formats %s in Paris time', (instant, expected) => {
    expect(formatDateTime(instant)).toBe(expected);
  });

  it('returns an invalid date unchanged', () => {
    expect(formatDateTime('pas une date')).toBe('pas une date');
  });
});
