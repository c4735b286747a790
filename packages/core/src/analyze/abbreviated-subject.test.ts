import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const indirect = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs))
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: an organisation with its "(ABBR)" before the reporting verb is the speaker', () => {
  it.each([
    {
      name: 'a name of no known institution noun, "erklärte, man …"',
      paras: ['Die Sächsische Wanderbühne (SWB) erklärte, man prüfe eine zweite Tournee im Herbst.'],
      want: [['man prüfe eine zweite Tournee im Herbst', 'Sächsische Wanderbühne (SWB)']],
    },
    {
      name: '"teilte mit, …" and a Konjunktiv sentence that goes on, ending in a passive infinitive',
      paras: [
        'Die Nordkamp Fährlinien (NFL) teilte mit, der Fahrplan gelte bis Ende Mai. Danach müsse er von der Behörde neu bestätigt werden.',
      ],
      want: [
        ['der Fahrplan gelte bis Ende Mai', 'Nordkamp Fährlinien (NFL)'],
        ['Danach müsse er von der Behörde neu bestätigt werden', 'Nordkamp Fährlinien (NFL)'],
      ],
    },
  ])('$name', ({ paras, want }) => {
    expect(indirect(paras)).toEqual(want);
  });
});
