import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const direct = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs))
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: "sagte sie" before a sentence that introduces the speaker by name', () => {
  it.each([
    {
      name: 'a new paragraph, the woman named before in another one: the name introduced next',
      paras: [
        'Kämmerin Hedda Vollrath verteidigte die Finanzierung.',
        'Die Opposition hält die Rechnung für falsch. „Die Zahlen sind geschönt“, sagte sie. Frauke Quistorp, Fraktionsvorsitzende der Linken, verwies auf andere Städte.',
      ],
      want: [['Die Zahlen sind geschönt', 'Frauke Quistorp']],
    },
    {
      name: 'a woman named in the same paragraph keeps the pronoun',
      paras: [
        'Kämmerin Hedda Vollrath verteidigte die Finanzierung. „Die Zahlen stimmen“, sagte sie. Frauke Quistorp, Fraktionsvorsitzende der Linken, widersprach.',
      ],
      want: [['Die Zahlen stimmen', 'Hedda Vollrath']],
    },
    {
      name: 'a man introduced next does not take "sie"',
      paras: [
        'Kämmerin Hedda Vollrath verteidigte die Finanzierung.',
        'Die Opposition ist dagegen. „Die Zahlen sind geschönt“, sagte sie. Jonas Brettschneider, Fraktionschef der Grünen, verwies auf andere Städte.',
      ],
      want: [['Die Zahlen sind geschönt', 'Hedda Vollrath']],
    },
  ])('$name', ({ paras, want }) => {
    expect(direct(paras)).toEqual(want);
  });
});
