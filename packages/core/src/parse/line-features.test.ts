import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DE_STOPWORDS } from '../lexicon/de/stopwords.js';
import { EN_STOPWORDS } from '../lexicon/en/stopwords.js';
import {
  comparable,
  endsLikeSentence,
  isGoodParagraph,
  isGoodScannedLine,
  scanLines,
  stopwordDensity,
  wordCount,
  wordsOf,
} from './line-features.js';

// what comparable() computes in one scan
const byRegex = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('comparable', () => {
  it.each([
    ['Der Zug fährt um 8 Uhr.', 'der zug fährt um 8 uhr'],
    ['  — „Hallo“, sagte sie —  ', 'hallo sagte sie'],
    ['İstanbul 𝐀𝐁 ½ Ⅻ', byRegex('İstanbul 𝐀𝐁 ½ Ⅻ')],
    ['\uD835 lone \uDC00 surrogates', byRegex('\uD835 lone \uDC00 surrogates')],
    ['...', ''],
    ['', ''],
  ])('%j', (text, expected) => expect(comparable(text)).toBe(expected));

  it('equals the regex form on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom('Haus', ' ', '  ', '-', '„', 'Ärger', '3,5', 'ΣΑΣ', 'İ', '\n', '\u00a0', '𝐀'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(comparable(text)).toBe(byRegex(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('stopwordDensity', () => {
  it.each([
    ['Der Hund und die Katze', 0.6],
    ['„Und“ dann (der) Rest', 0.75],
    ['The dog and the cat', 0.6],
    ['Haushalt Verkehr Schule', 0],
    ['', 0],
  ])('%j', (text, expected) => expect(stopwordDensity(text)).toBeCloseTo(expected));
});

describe('wordsOf', () => {
  const byRegex = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

  it.each([
    ['Der Rat – tagte „heute“ um 9 Uhr.', ['Der', 'Rat', 'tagte', '„heute“', 'um', '9', 'Uhr.']],
    ['— … ·', []],
    ['𝐀𝐁 ½ \uD835', ['𝐀𝐁', '½']],
  ])('%j', (text, expected) => expect(wordsOf(text)).toEqual(expected));

  it('equals the regex form on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '–', '„', 'Ärger', '3', '𝐀', '\uD835', '\uDC00', '·'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(wordsOf(text)).toEqual(byRegex(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('endsLikeSentence', () => {
  // the backward scan answers as the regexes /[.!?…]["“”»«'’)\]]*$/ and /["“”»«]$/ (eight words) did
  it.each([
    'Der Zug fährt ab.',
    'Kommt er morgen?',
    'Er sagte: „Wir warten.“',
    'Sie lachte (kurz).',
    'Das war es…',
    'Endlich!»)]',
    'Kein Satzende hier',
    '„Nur ein Zitat“',
    'Die Leute sagten dort lange und laut „Wir bleiben hier“',
    '',
    '.',
    '“',
    'Ende.x',
  ])('%j', (text) => {
    const byRegex = /[.!?…]["“”»«'’)\]]*$/.test(text) || (/["“”»«]$/.test(text) && wordsOf(text).length >= 8);
    expect(endsLikeSentence(text)).toBe(byRegex);
  });
});

describe('stopwordDensity by the trie', () => {
  // a word is trimmed of non-letters at its ends and lower-cased before the lookup; inside it they count
  it.each([
    ['Und', 1],
    ['(und),', 1],
    ['UND', 1],
    ['u-nd', 0],
    ['und-', 1],
    ['...', 0],
    ['undo', 0],
    ['un', 0],
    ['The', 1],
    ['„für“', 1],
    ['Für.', 1],
    ['42', 0],
  ])('%j', (word, density) => {
    expect(stopwordDensity(word)).toBe(density);
  });
});

describe('wordsOf splits as split(/\\s+/) and keeps tokens with a letter or digit', () => {
  it.each([
    'Der Zug  fährt\tab.',
    ' – Lead with dash – ',
    'a\u00a0b\u2003c\u3000d',
    '… „“ 12 ß',
    '\ud835\udc00bc \ud835 x',
    '',
  ])('%j', (text) => {
    const expected = text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
    expect(wordsOf(text)).toEqual(expected);
  });
});

describe('wordCount counts what wordsOf splits', () => {
  it.each([
    ['Der Zug  fährt\tab.', 4],
    [' – Lead with dash – ', 3],
    ['… „“ 12 ß', 2],
    ['\ud835\udc00bc \ud835 x', 2],
    ['', 0],
  ])('%j', (text, n) => expect(wordCount(text)).toBe(n));

  it('equals the length of wordsOf on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '–', '„', 'Ärger', '3', '𝐀', '\uD835', '\uDC00', '·', '\u00a0'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(wordCount(text)).toBe(wordsOf(text).length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('function words as the lexicons list them', () => {
  // the trie and the early stop give what a lookup of every word, lower-cased and stripped of the
  // non-letters at its ends, gives
  const kind = (word: string) => {
    const w = word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    return (DE_STOPWORDS.has(w) ? 1 : 0) | (EN_STOPWORDS.has(w) ? 2 : 0);
  };
  const density = (text: string) => {
    const words = wordsOf(text);
    if (words.length === 0) return 0;
    const de = words.filter((w) => kind(w) & 1).length;
    const en = words.filter((w) => kind(w) & 2).length;
    return Math.max(de, en) / words.length;
  };
  const good = (text: string) => {
    const n = wordsOf(text).length;
    if (n < 8) return false;
    const ends = endsLikeSentence(text);
    if (n < 25 && !ends) return false;
    return (ends && density(text) >= 0.1) || (n >= 25 && density(text) >= 0.15);
  };
  const piece = fc.oneof(
    fc.constantFrom(' ', ' ', ' ', 'für', 'Über', 'WÄHREND', '„und', 'the“', 'dafür,', 'ÜBER-', 'über’s'),
    fc.constantFrom('Haus', 'Straße', 'Öl', 'é', 'ſo', '42', '.', '—', '\u00a0', 'İn', 'der', 'THE', 'da1'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );

  it('stopwordDensity equals the lookup of every word', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(stopwordDensity(text)).toBe(density(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('isGoodParagraph equals the thresholds on the whole density', () => {
    const ending = fc.constantFrom('', '.', '!', '“', '.“');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 8, maxLength: 80 }), ending, (parts, end) => {
        const text = parts.join('') + end;
        expect(isGoodParagraph(text)).toBe(good(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('comparable counts the words of its key', () => {
  it('as the key split at its spaces', () => {
    const piece = fc.oneof(
      fc.constantFrom('Haus', ' ', '  ', '-', '„', 'Ärger', '3,5', 'İ', '\n', '𝐀', '\uD835', '.'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const count = { words: -1 };
        const key = comparable(parts.join(''), count);
        expect(count.words).toBe(key === '' ? 0 : key.split(' ').length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('scanLines reads each line as the string functions do', () => {
  // the hash of a key's words, as the scan makes it, for comparing with the key string
  const fnv = (s: string) => {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h;
  };
  const expectScanned = (lines: string[]) => {
    const scans = scanLines(lines);
    lines.forEach((text, k) => {
      const key = comparable(text);
      const keyWords = key === '' ? [] : key.split(' ');
      expect(scans.words[k]).toBe(wordCount(text));
      expect(scans.keyWords[k]).toBe(keyWords.length);
      expect(scans.keyLength[k]).toBe(key.length);
      const start = scans.keyStart[k]!;
      expect([...scans.wordHashes.subarray(start, start + keyWords.length)]).toEqual(keyWords.map(fnv));
      expect(isGoodScannedLine(text, scans, k)).toBe(isGoodParagraph(text));
      const density =
        scans.words[k] === 0 ? 0 : Math.max(scans.germanWords[k]!, scans.englishWords[k]!) / scans.words[k]!;
      expect(density).toBe(stopwordDensity(text));
    });
    // lines with the same key have the same key hash
    for (const [i, a] of lines.entries())
      for (const [j, b] of lines.entries())
        if (comparable(a) === comparable(b)) expect(scans.keyHash[i]).toBe(scans.keyHash[j]);
  };

  it.each([
    [['Der Rat tagte heute, und die Stadt wartete auf das Ergebnis der Sitzung.', '', '— … ·']],
    [['„Wir bleiben“, sagte sie.', 'WIR bleiben — sagte SIE', 'İstanbul ΣΑΣ 𝐀𝐁 ½', 'über’s Öl é ſo']],
    [['a\u00a0b\u2003c\u3000d', '\uD835 lone \uDC00 surrogates', 'the cat and the dog were here today.']],
  ])('%j', (lines) => expectScanned(lines));

  it('on any lines', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', ' ', 'für', 'Über', '„und', 'the“', 'Haus', '3,5', 'İ', 'Σ', '𝐀', '\uD835', '.'),
      fc.constantFrom('-', '\u00a0', 'é', 'ſo', 'der', 'THE', 'da1', '—', '\n'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    const line = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => expectScanned(lines)),
      { numRuns: 500 },
    );
  });
});
