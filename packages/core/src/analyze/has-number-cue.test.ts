import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS, ORDINAL_STEMS } from '../lexicon/de/numerals.js';
import { DIGIT_CUE, hasDigit, hasNumberWordCue, NUMBER_WORD_CUE_BIT, numberCues } from './has-number-cue.js';

describe('hasNumberWordCue', () => {
  it('lets through every character the u flag folds to a letter of the number words', () => {
    const letters = [...new Set([...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_STEMS)].join(''))];
    const withU = new RegExp(`^[${letters.join('')}]$`, 'iu');
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!withU.test(c)) continue;
      // The character must match a letter without the u flag, or be let through on its own.
      const letter = letters.find((l) => new RegExp(`^${l}$`, 'iu').test(c)) as string;
      if (!new RegExp(`^${letter}$`, 'i').test(c) && !hasNumberWordCue(c)) missed.push(c);
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ['Die Firma baute zwölf Hallen.'],
    ['ZWEIHUNDERT Gäste kamen.'],
    ['Der Klub ist der drittgrößte im Land.'],
    ['Die Stadt ist die SIEBTGRÖSSTE des Landes.'],
    ['Es kamen dreiẞig Gäste.'],
    ['Es kamen ſechs Gäste.'],
  ])('does not skip %s', (text) => {
    expect(hasNumberWordCue(text)).toBe(true);
  });

  it.each([['Die Firma baute neue Hallen.'], ['Der Rat tagte lange.']])('skips %s', (text) => {
    expect(hasNumberWordCue(text)).toBe(false);
  });

  it.each([
    ['Es kamen 12 Gäste.', true],
    ['Es kamen viele Gäste.', false],
  ])('hasDigit(%s) is %s', (text, expected) => {
    expect(hasDigit(text)).toBe(expected);
  });
});

describe('hasNumberWordCue against its regex', () => {
  const cue = new RegExp(
    `${[...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_STEMS)].join('|')}|[ſẞ]`,
    'i',
  );
  const words = [...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_STEMS)];

  it('answers as the regex for every word, its upper case, its parts and generated texts', () => {
    for (const w of words)
      for (const text of [w, w.toUpperCase(), w.slice(1), w.slice(0, -1), `x${w}x`])
        expect(hasNumberWordCue(text)).toBe(cue.test(text));
    const piece = fc.constantFrom(
      ...words,
      ...words.map((w) => w.slice(1, -1)),
      'ſ',
      'ẞ',
      'İ',
      'Ä',
      ' ',
      'N',
      'ß',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(hasNumberWordCue(text)).toBe(cue.test(text));
      }),
    );
  });
});

describe('numberCues', () => {
  it.each([
    'Es kamen 12 Gäste.',
    'Es kamen zwölf Gäste.',
    'Es kamen 12 und zwölf Gäste.',
    'Es kamen viele Gäste.',
    'Die ſechs Gäste',
    'Die dreiẞig Gäste, 30',
    '',
    '٣ Gäste (no ASCII digit)',
  ])('answers as hasDigit and hasNumberWordCue for %j', (text) => {
    const bits = numberCues(text);
    expect((bits & DIGIT_CUE) !== 0).toBe(hasDigit(text));
    expect((bits & NUMBER_WORD_CUE_BIT) !== 0).toBe(hasNumberWordCue(text));
  });

  it('answers as hasDigit and hasNumberWordCue on generated texts', () => {
    const words = [...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_STEMS)];
    const piece = fc.constantFrom(
      ...words,
      ...words.map((w) => w.slice(1)),
      '0',
      '7',
      '١',
      'ſ',
      'ẞ',
      ' ',
      'Ä',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        const bits = numberCues(text);
        expect((bits & DIGIT_CUE) !== 0).toBe(hasDigit(text));
        expect((bits & NUMBER_WORD_CUE_BIT) !== 0).toBe(hasNumberWordCue(text));
      }),
    );
  });
});
