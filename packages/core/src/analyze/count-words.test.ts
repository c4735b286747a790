import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';

const bySplit = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

describe('countWords', () => {
  it.each([
    ['plain words', 'Der Zug fährt ab.', 4],
    ['numbers and dashes do not count', 'Am 3. Mai – 2024', 2],
    ['a word glued to punctuation', '„Ja“, sagte sie.', 3],
    ['no-break spaces separate', 'Öl\u00a0und\u2009Gas', 3],
    ['a letter outside the BMP', '𝐀𝐁 12', 1],
    ['empty', '   ', 0],
  ])('%s', (_n, text, want) => {
    expect(countWords(text)).toBe(want);
    expect(countWords(text)).toBe(bySplit(text));
  });

  it.each([
    ['stops at the cap', 'eins zwei drei vier fünf', 3, 3],
    ['fewer than the cap', 'eins zwei', 3, 2],
  ])('%s', (_n, text, max, want) => {
    expect(countWords(text, max)).toBe(want);
  });
});
