import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCueUnit, toWordCueScanner } from './to-word-cue-scanner.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß0123456789';

// what the scanner must answer: the OR of the bits of every word a case-insensitive regex without `u`
// finds at some position of the text
function byRegex(words: ReadonlyMap<string, number>, text: string): number {
  let bits = 0;
  for (const [w, b] of words) if (new RegExp(w, 'i').test(text)) bits |= b;
  return bits;
}

describe('foldCueUnit', () => {
  it('folds a code unit to a letter exactly when a case-insensitive regex without u matches it there', () => {
    const letterRes = [...LETTERS].map((l) => new RegExp(`^${l}$`, 'i'));
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const folded = foldCueUnit(c);
      letterRes.forEach((re, k) => {
        if (re.test(ch) !== (folded === k + 1)) wrong.push(`${c.toString(16)}:${LETTERS[k]}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});

describe('toWordCueScanner', () => {
  const words = new Map([
    ['woche', 1],
    ['wochenende', 1 | 2],
    ['acht', 4],
    ['jahr', 8],
    ['dreißig', 16],
    ['märz', 32],
    ['ende', 64],
  ]);
  const scan = toWordCueScanner(words);

  it.each([
    ['Die Nacht war kurz.', 4],
    ['Am WOCHENENDE regnete es.', 1 | 2 | 64],
    ['Im Vorjahr und im MÄRZ', 8 | 32],
    ['Dreißig Gäste, nicht dreiẞig', 16],
    ['Ein ſehr langer Tag', 0],
    ['Wochen später', 1],
    ['Keine Treffer hier.', 0],
    ['', 0],
  ])('finds the cue words of %j', (text, bits) => {
    expect(scan(text)).toBe(bits);
    expect(scan(text)).toBe(byRegex(words, text));
  });

  it('stops once the asked bits are found, having found them', () => {
    expect(scan('acht Wochen', 4) & 4).toBe(4);
  });

  it('answers as the regexes do on generated texts', () => {
    const piece = fc.constantFrom(
      'wo',
      'che',
      'CHE',
      'nende',
      'acht',
      'Ä',
      'ä',
      'rz',
      'M',
      'j',
      'ahr',
      'ß',
      'ẞ',
      'drei',
      'ig',
      ' ',
      '-',
      'İ',
      'ſ',
      'e',
      'nd',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(scan(text)).toBe(byRegex(words, text));
      }),
    );
  });

  it('refuses a word with a letter it cannot fold', () => {
    expect(() => toWordCueScanner(new Map([['café', 1]]))).toThrow();
    expect(() => toWordCueScanner(new Map([['Woche', 1]]))).toThrow();
  });
});
