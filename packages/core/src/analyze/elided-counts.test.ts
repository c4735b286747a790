import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractFigures } from './extract-figures.js';

const figures = (paragraphs: string[], language = 'de') =>
  extractFigures(analysisInputOf(paragraphs, { language })).map((f) => [f.value, f.unit]);

describe('counts whose noun is left out take the noun of the count before', () => {
  it.each([
    [
      ['Die Kette beschäftigt 3.200 Menschen, davon rund 900 in Österreich.'],
      [
        [3200, 'Mensch'],
        [900, 'Mensch'],
      ],
    ],
    [
      ['Der Verein zählte im Sommer 640 Mitglieder. Etwa 120 von ihnen sind jünger als zwanzig.'],
      [
        [640, 'Mitglieder'],
        [120, 'Mitglieder'],
      ],
    ],
  ])('%s', (paragraphs, expected) => {
    expect(figures(paragraphs)).toEqual(expected);
  });

  it('English: "all but 40"', () => {
    expect(
      figures(
        ['The operator said 2,500 homes had lost power and that all but 40 had been reconnected.'],
        'en',
      ),
    ).toEqual([
      [2500, 'home'],
      [40, 'home'],
    ]);
  });

  it('a sum is no count to borrow from', () => {
    expect(figures(['Der Umbau kostet 4 Millionen Euro, davon 3 in diesem Jahr.'])).toEqual([
      [4_000_000, 'EUR'],
    ]);
  });
});
