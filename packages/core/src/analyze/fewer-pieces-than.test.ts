import { describe, expect, it } from 'vitest';
import { fewerPiecesThan } from './extract-figures.js';

describe('fewerPiecesThan', () => {
  it.each([
    'Der Zug kam an.',
    'Zwei  Worte',
    ' führendes Leerzeichen und mehr',
    'Ende mit Leerzeichen ',
    'a\u00a0b\u2009c d',
    '',
    'eins',
    'a b c',
    '  a  b  c  ',
  ])('agrees with split(/\\s+/u) for %j', (text) => {
    for (const n of [1, 2, 3, 4, 5]) expect(fewerPiecesThan(text, n)).toBe(text.split(/\s+/u).length < n);
  });
});
