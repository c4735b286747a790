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
        'Kämmerin Birgit Stolz verteidigte die Finanzierung.',
        'Die Opposition hält die Rechnung für falsch. „Die Zahlen sind geschönt“, sagte sie. Aylin Demir, Fraktionsvorsitzende der Linken, verwies auf andere Städte.',
      ],
      want: [['Die Zahlen sind geschönt', 'Aylin Demir']],
    },
    {
      name: 'a woman named in the same paragraph keeps the pronoun',
      paras: [
        'Kämmerin Birgit Stolz verteidigte die Finanzierung. „Die Zahlen stimmen“, sagte sie. Aylin Demir, Fraktionsvorsitzende der Linken, widersprach.',
      ],
      want: [['Die Zahlen stimmen', 'Birgit Stolz']],
    },
    {
      name: 'a man introduced next does not take "sie"',
      paras: [
        'Kämmerin Birgit Stolz verteidigte die Finanzierung.',
        'Die Opposition ist dagegen. „Die Zahlen sind geschönt“, sagte sie. Malte Isberg, Fraktionschef der Grünen, verwies auf andere Städte.',
      ],
      want: [['Die Zahlen sind geschönt', 'Birgit Stolz']],
    },
  ])('$name', ({ paras, want }) => {
    expect(direct(paras)).toEqual(want);
  });
});
