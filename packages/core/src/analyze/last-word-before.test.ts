import { describe, expect, it } from 'vitest';
import { endsWithWordChar, lastWordBefore } from './last-word-before.js';

const regexWord = (text: string, end: number) => text.slice(0, end).match(/([\p{L}-]+)\W*$/u)?.[1] ?? '';

describe('lastWordBefore', () => {
  it.each([
    ['a word and a space', 'das Buch „', 'Buch'],
    ['umlauts count as letters', 'die Zeitschrift Ökotest: ', 'Ökotest'],
    ['a hyphenated word stays whole', 'das Sommer-Projekt „', 'Sommer-Projekt'],
    // "\W" does not skip digits: a number before the mark leaves no word
    ['a number before the mark', 'im Jahr 2020 „', ''],
    ['nothing but punctuation', '!? ', ''],
    ['a word ending in an accent', 'ein Café „', 'Café'],
    // "\W" skips every non-ASCII character, so an all-non-ASCII word is passed over for the ASCII one
    ['a word of non-ASCII letters only', 'Name 𝐀𝐁 „', 'Name'],
    ['non-ASCII letters only', 'Ähä öü „', 'Ähä'],
  ])('%s', (_n, text, want) => {
    const end = text.length;
    expect(lastWordBefore(text, end)).toBe(want);
    expect(lastWordBefore(text, end)).toBe(regexWord(text, end));
  });
});

describe('endsWithWordChar', () => {
  it.each([
    ['a letter', 'Elite-', 6, true],
    ['a digit', 'Jahr 2020', 9, true],
    ['a space', 'der ', 4, false],
    ['the start', '', 0, false],
  ])('%s', (_n, text, end, want) => {
    expect(endsWithWordChar(text, end)).toBe(want);
    expect(endsWithWordChar(text, end)).toBe(/[\p{L}\p{N}-]$/u.test(text.slice(0, end)));
  });
});
