import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const indirect = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs))
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: a fronted "Wie die „Titel“ berichtet(e), …" attributes the main clause to the title', () => {
  it.each([
    {
      name: 'present tense, two-word title',
      para: 'Wie die „Moorländer Post“ berichtet, will der Zoo das Affenhaus im Frühjahr schließen.',
      want: [['will der Zoo das Affenhaus im Frühjahr schließen', 'Moorländer Post']],
    },
    {
      name: 'pluperfect with adverbs before the verb',
      para: 'Wie das „Abendblatt“ bereits im Sommer berichtet hatte, verhandelt die Reederei über den Verkauf zweier Fähren.',
      want: [['verhandelt die Reederei über den Verkauf zweier Fähren', 'Abendblatt']],
    },
  ])('$name', ({ para, want }) => {
    expect(indirect([para])).toEqual(want);
  });
});
