import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const indirect = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs))
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: "nach seinen Worten", "ihrer Ansicht nach", "ihm zufolge" attribute to the person before', () => {
  it.each([
    {
      name: '"nach seinen Worten" inside the clause',
      paras: [
        'Der Präsident des Vereins, Ulf Brandt, zeigte sich erleichtert. Ohne die neue Halle hätte der Verein nach seinen Worten keine Lizenz für die Liga erhalten.',
      ],
      want: [['Ohne die neue Halle hätte der Verein keine Lizenz für die Liga erhalten', 'Ulf Brandt']],
    },
    {
      name: '"Ihrer Ansicht nach" at the start',
      paras: ['Die Ärztin Mira Holm ist skeptisch. Ihrer Ansicht nach wird die App deutlich überschätzt.'],
      want: [['wird die App deutlich überschätzt', 'Mira Holm']],
    },
    {
      name: '"Ihm zufolge" at the start',
      paras: ['Trainer Olaf Brink ist skeptisch. Ihm zufolge wird die Halle erst in drei Jahren fertig.'],
      want: [['wird die Halle erst in drei Jahren fertig', 'Olaf Brink']],
    },
    {
      name: '"nach seinen Angaben" with the man named in the sentence before',
      paras: [
        'Onno Fries, Leiter des Wasserwerks, hat die Zahlen vor sich. Am Sonntag flossen nach seinen Angaben 40.000 Kubikmeter durch die Leitungen.',
      ],
      want: [['Am Sonntag flossen 40.000 Kubikmeter durch die Leitungen', 'Onno Fries']],
    },
    {
      name: '"Nach ihren Angaben" after a group spoke is no woman’s: the group’s statement goes on',
      paras: [
        'Die Ärztin Mira Holm lobte das Projekt.',
        'Die Gewerkschaft sprach von einem Skandal. Nach ihren Angaben sind mehr als 1.000 Stellen bedroht, weil auch Zulieferer betroffen seien.',
      ],
      want: [
        [
          'Nach ihren Angaben sind mehr als 1.000 Stellen bedroht, weil auch Zulieferer betroffen seien',
          'Gewerkschaft',
        ],
      ],
    },
  ])('$name', ({ paras, want }) => {
    expect(indirect(paras)).toEqual(want);
  });
});
