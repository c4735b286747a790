import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../extract-corpus.js';

const corpusOf = (paragraph: string) =>
  extractCorpus([
    {
      file: 'a.txt',
      text: `Streit im Rat\n\nKiel. Der Stadtrat hat am Dienstag über den Haushalt beraten. ${paragraph}`,
    },
  ]);

// a separable verb of saying with its subject between verb and particle: "stellte X klar", "rief X auf"
describe('separable verbs of saying', () => {
  it.each([
    [
      '„Wir kürzen nicht bei den Schulen“, stellte Fraktionschefin Maren Albrecht klar, „auch nicht jetzt.“',
      'Maren Albrecht',
    ],
    ['„Kommt alle zur Sitzung“, rief Bürgermeister Theo Brandl die Bürger auf.', 'Theo Brandl'],
  ])('%s', (paragraph, speaker) => {
    const quotes = corpusOf(paragraph).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.speaker).toBe(speaker);
  });
});
