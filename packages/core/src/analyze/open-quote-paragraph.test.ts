import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const direct = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs))
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: a quotation running over two paragraphs', () => {
  it.each([
    {
      name: 'the first paragraph never closes its mark, the next opens one again',
      paras: [
        '„Wir haben lange auf besseres Wetter gewartet. Das Warten hat sich nicht gelohnt.',
        '„Jetzt schließen wir den Platz bis Ostern“, sagte Vereinschef Egon Fiebig am Montag.',
      ],
      want: [
        ['Wir haben lange auf besseres Wetter gewartet. Das Warten hat sich nicht gelohnt.', 'Egon Fiebig'],
        ['Jetzt schließen wir den Platz bis Ostern', 'Egon Fiebig'],
      ],
    },
    {
      name: 'with guillemets',
      paras: [
        '»Die Saison war hart für alle im Verein.',
        '»Wir machen trotzdem weiter«, sagte Trainerin Ute Kramm.',
      ],
      want: [
        ['Die Saison war hart für alle im Verein.', 'Ute Kramm'],
        ['Wir machen trotzdem weiter', 'Ute Kramm'],
      ],
    },
    {
      name: 'an unclosed mark before a paragraph of narration is left alone',
      paras: ['„Die Saison war hart für alle im Verein.', 'Trainerin Ute Kramm sprach von einem Neuanfang.'],
      want: [],
    },
  ])('$name', ({ paras, want }) => {
    expect(direct(paras)).toEqual(want);
  });
});

describe('extractQuotes: a quote split by its attribution, given whole', () => {
  it.each([
    {
      name: 'the second part goes on with the same clause: no comma between',
      paras: ['„Wir müssen“, so Vorstandschef Jan Olk, „unsere Pläne an die neue Lage anpassen.“'],
      want: 'Wir müssen unsere Pläne an die neue Lage anpassen.',
    },
    {
      name: 'a second clause after "aber": a comma before it',
      paras: ['„Das tut weh“, sagte Vorstandschef Jan Olk, „aber es geht nicht anders.“'],
      want: 'Das tut weh, aber es geht nicht anders.',
    },
  ])('$name', ({ paras, want }) => {
    expect(direct(paras).map(([text]) => text)).toContain(want);
  });
});
