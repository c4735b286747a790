import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractPeople } from './extract-people.js';
import { extractQuotes } from './extract-quotes.js';
import { findNames, isNameToken } from './find-names.js';

const strong = (s: string, lang = 'de') =>
  findNames(s, 0, lang)
    .filter((h) => h.strong)
    .map((h) => [h.name, h.role]);

describe('names with an apostrophe or a middle initial', () => {
  it.each([
    ["O'Hara", true],
    ['D’Amico', true],
    ["Z'Graggen", true],
    // a possessive is no surname
    ["Larsen's", false],
    ["'Hara", false],
  ])('isNameToken(%s) = %s', (word, want) => {
    expect(isNameToken(word, 'en')).toBe(want);
  });

  it.each([
    [
      'apostrophe in a German surname',
      'de',
      "Das sagte Bergführer Urs D'Incau von der Rettungsstation am Pass.",
      [["Urs D'Incau", 'Bergführer']],
    ],
    [
      'middle initial in German',
      'de',
      'Die Kassenwartin Greta L. Sommerfeld legte den Bericht vor.',
      [['Greta L. Sommerfeld', 'Kassenwartin']],
    ],
    [
      'middle initial after an English verb',
      'en',
      'The works may last until spring, said Owen T. Pritchard, a former FAA inspector.',
      [['Owen T. Pritchard', 'former FAA inspector']],
    ],
    [
      'apostrophe in an English surname',
      'en',
      "The ferry will resume on Monday, said Ciara O'Dowd, a harbour manager.",
      [["Ciara O'Dowd", 'harbour manager']],
    ],
  ])('%s', (_label, lang, sentence, want) => {
    expect(strong(sentence, lang)).toEqual(want);
  });

  it.each([
    [
      'an English attribution after the quote',
      [
        'The works may last until spring, said Owen T. Pritchard, a former FAA inspector. "It is a big job," Pritchard said.',
      ],
      'Owen T. Pritchard',
    ],
  ])('%s: the speaker keeps the initial', (_label, paragraphs, speaker) => {
    const input = analysisInputOf(paragraphs, { language: 'en' });
    expect(extractQuotes(input).map((q) => q.speaker)).toEqual([speaker, speaker]);
    expect(extractPeople(input).map((p) => p.name)).toEqual([speaker]);
  });
});
