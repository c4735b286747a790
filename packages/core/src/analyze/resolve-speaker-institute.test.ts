import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const indirect = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs))
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: an institute named "für X- und Y-forschung ABK" is one speaker', () => {
  it.each([
    {
      name: 'a compound cut short before "und" and a trailing abbreviation',
      paras: [
        'Laut dem Institut für Wetter- und Klimaforschung IWK galt in der Region am Sonntag eine Sturmwarnung.',
      ],
      want: [
        ['galt in der Region am Sonntag eine Sturmwarnung', 'Institut für Wetter- und Klimaforschung IWK'],
      ],
    },
    {
      name: 'a plain "für" complement is unchanged',
      paras: ['Laut dem Institut für Verkehrsforschung stieg die Zahl der Pendler im Winter deutlich.'],
      want: [['stieg die Zahl der Pendler im Winter deutlich', 'Institut für Verkehrsforschung']],
    },
  ])('$name', ({ paras, want }) => {
    expect(indirect(paras)).toEqual(want);
  });
});
