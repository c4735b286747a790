import { describe, expect, it } from 'vitest';
import { listedCounts } from './listed-counts.js';

describe('listedCounts', () => {
  it('gives further holders the unit of the count before them', () => {
    const text = 'Die Freien Wähler stellen dort 7 der 40 Sitze, die Liberalen 5 und die Linke 3.';
    const found = [{ value: 40, unit: 'Sitze', approx: false, index: text.indexOf('40') }];
    expect(listedCounts(text, found).map((f) => [f.value, f.unit])).toEqual([
      [5, 'Sitze'],
      [3, 'Sitze'],
    ]);
  });

  it.each([
    ['Die Stadt zahlte 4 Millionen Euro, die Region 2.', 'EUR'],
    ['Am Abend kam der Zug an, die Fähre 2.', null],
  ])('%s: no count of a thing before → none', (text, unit) => {
    const found = unit ? [{ value: 4_000_000, unit, approx: false, index: text.indexOf('4') }] : [];
    expect(listedCounts(text, found)).toEqual([]);
  });
});
