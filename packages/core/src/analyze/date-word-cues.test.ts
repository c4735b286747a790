import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../lexicon/de/calendar.js';
import { EN_MONTH_PATTERN } from '../lexicon/en/calendar.js';
import {
  CASUAL_CUE,
  dateWordCues,
  EN_DAY_CUE,
  EN_MONTH_CUE,
  EN_PERIOD_CUE,
  LONG_S_CUE,
  MONTH_CUE,
  PERIOD_CUE,
  WEEKDAY_CUE,
  WEEKEND_CUE,
} from './date-word-cues.js';

describe('dateWordCues', () => {
  const PLAIN: [string, number][] = [
    ['heute', CASUAL_CUE],
    ['morgen', CASUAL_CUE],
    ['gestern', CASUAL_CUE],
    ['woche', PERIOD_CUE],
    ['monat', PERIOD_CUE],
    ['jahr', PERIOD_CUE],
    ['wochenende', WEEKEND_CUE],
    ['week', EN_PERIOD_CUE],
    ['month', EN_PERIOD_CUE],
    ['year', EN_PERIOD_CUE],
    ['day', EN_DAY_CUE],
  ];

  it('sets the bit of a plain word for every spelling whose lower-cased form holds it', () => {
    // every character by what it lower-cases to
    const byLower = new Map<string, string[]>();
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const low = c.toLowerCase();
      // the plain cues are made of ASCII letters
      if (!/[a-z]/u.test(low)) continue;
      for (const l of new Set(low)) {
        const list = byLower.get(l);
        if (list) list.push(c);
        else byLower.set(l, [c]);
      }
    }
    const missed: string[] = [];
    for (const [word, bit] of PLAIN) {
      for (let i = 0; i < word.length; i++)
        for (const c of byLower.get(word[i] as string) ?? []) {
          const spelled = `x ${word.slice(0, i)}${c}${word.slice(i + 1)} x`;
          if (spelled.toLowerCase().includes(word) && !(dateWordCues(spelled) & bit)) missed.push(spelled);
        }
      const upper = word.toUpperCase();
      if (!(dateWordCues(upper) & bit)) missed.push(upper);
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ['Die Sitzung fand statt.', 0],
    ['HEUTE tagt der Rat.', CASUAL_CUE],
    ['Übermorgen und vorgestern', CASUAL_CUE],
    ['am Wochenende', WEEKEND_CUE | PERIOD_CUE],
    ['im Jahresbericht', PERIOD_CUE],
    ['todayear', EN_DAY_CUE | EN_PERIOD_CUE],
    ['wee\u212a', EN_PERIOD_CUE],
    ['am 3. Mai', MONTH_CUE],
    ['im MÄRZ', MONTH_CUE],
    ['am Sonnabendmorgen', WEEKDAY_CUE | CASUAL_CUE],
    ['geſtern', LONG_S_CUE],
    ['Die Sitzung kostet', 0],
  ])('%s → %i', (text, bits) => {
    expect(dateWordCues(text)).toBe(bits);
  });
});

describe('dateWordCues against the regex scan it replaced', () => {
  // the former scan: every cue word longest first, as one case-insensitive regex without u, tried from
  // every position; each match's lower case looked up
  const bitsOf = new Map<string, number>([
    ['wochenende', WEEKEND_CUE | PERIOD_CUE],
    ['woche', PERIOD_CUE],
    ['monat', PERIOD_CUE],
    ['jahr', PERIOD_CUE],
    ['heute', CASUAL_CUE],
    ['morgen', CASUAL_CUE],
    ['gestern', CASUAL_CUE],
    ['week', EN_PERIOD_CUE],
    ['month', EN_PERIOD_CUE],
    ['year', EN_PERIOD_CUE],
    ['day', EN_DAY_CUE],
  ]);
  for (const m of MONTH_PATTERN.split('|')) bitsOf.set(m.toLowerCase(), MONTH_CUE);
  for (const d of WEEKDAY_PATTERN.split('|')) bitsOf.set(d.toLowerCase(), WEEKDAY_CUE);
  const cues = new RegExp([...bitsOf.keys()].sort((a, b) => b.length - a.length).join('|'), 'gi');
  const reference = (text: string): number => {
    let bits = 0;
    if (text.includes('ſ')) bits |= LONG_S_CUE;
    if (text.includes('\u212a')) bits |= EN_PERIOD_CUE;
    cues.lastIndex = 0;
    for (let m = cues.exec(text); m; m = cues.exec(text)) {
      bits |= bitsOf.get(m[0].toLowerCase()) ?? 255;
      cues.lastIndex = m.index + 1;
    }
    return bits;
  };
  const words = [...bitsOf.keys()];

  it('a cue word that starts another has no bit the longer one lacks', () => {
    for (const short of words)
      for (const long of words)
        if (long !== short && long.startsWith(short))
          expect(bitsOf.get(long)! & bitsOf.get(short)!).toBe(bitsOf.get(short));
  });

  // the former bits, and the English month cue, which must be set wherever an English month name stands
  const enMonth = new RegExp(EN_MONTH_PATTERN, 'u');
  const check = (text: string) => {
    const bits = dateWordCues(text);
    expect(bits & ~EN_MONTH_CUE).toBe(reference(text));
    if (enMonth.test(text)) expect(bits & EN_MONTH_CUE).toBe(EN_MONTH_CUE);
  };
  const enMonths = EN_MONTH_PATTERN.split('|');

  it('answers as the regex scan for every cue word, every pair of them and generated texts', () => {
    for (const a of [...words, ...enMonths]) {
      check(a);
      check(a.toUpperCase());
      for (const b of [...words, ...enMonths]) check(`${a}${b}`);
    }
    const piece = fc.constantFrom(
      ...words,
      ...words.map((w) => w.slice(1)),
      ...enMonths,
      'ſ',
      '\u212a',
      'İ',
      'ẞ',
      ' ',
      'Ä',
      'x',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => check(parts.join(''))));
  });

  it.each([
    ['On March 3 the council met.', true],
    ['Im Februar tagte der Rat.', false],
    ['in february', true],
  ])('%j has the English month cue: %s', (text, cue) => {
    expect((dateWordCues(text) & EN_MONTH_CUE) !== 0).toBe(cue);
  });
});
