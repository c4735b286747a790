import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const quotes = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs)).map((q) => [q.kind, q.text, q.speaker]);

describe('extractQuotes: a word quoted in parentheses after a noun is a label, not a quotation', () => {
  it.each([
    {
      name: 'a warning level, the sentence attributed with "laut"',
      paras: ['Laut dem Wetterdienst galt in der Region am Sonntag Sturmwarnung der Stufe 2 («markant»).'],
      want: [
        ['indirect', 'galt in der Region am Sonntag Sturmwarnung der Stufe 2 («markant»)', 'Wetterdienst'],
      ],
    },
    {
      name: 'a translation in German quotation marks, no attribution',
      paras: ['Die Werft heißt auf Dänisch Skibsværft („Schiffswerft“) und liegt am Hafen.'],
      want: [],
    },
    {
      name: 'a whole sentence in parentheses stays a quotation',
      paras: ['Der Trainer Ole Brandt schwieg lange („Dazu sage ich heute gar nichts.“).'],
      want: [['direct', 'Dazu sage ich heute gar nichts.', 'Ole Brandt']],
    },
  ])('$name', ({ paras, want }) => {
    expect(quotes(paras)).toEqual(want);
  });
});
