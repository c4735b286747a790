import { DE_STOPWORDS } from '../lexicon/de/stopwords.js';
import { EN_STOPWORDS } from '../lexicon/en/stopwords.js';

/** The words of a line: whitespace-separated tokens that hold a letter or digit. */
export function wordsOf(text: string): readonly string[] {
  let words = wordsMemo.get(text);
  if (words === undefined) {
    if (wordsMemo.size >= 10_000) wordsMemo.clear();
    words = text.split(/\s+/).filter(hasLetterOrDigit);
    wordsMemo.set(text, words);
  }
  return words;
}

// The cleaner asks for the words of the same line a dozen times (rules, bylines, captions, blocks): split it
// once. Bounded; the arrays are shared, so callers only read them (found by the benchmark's profile).
const wordsMemo = new Map<string, readonly string[]>();

/** Share of German or English function words among a line's words (the higher of the two). */
export function stopwordDensity(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  let de = 0;
  let en = 0;
  for (const w of words) {
    const kind = stopwordKind(w);
    de += kind & 1;
    en += kind >> 1;
  }
  return Math.max(de, en) / words.length;
}

// Whether a word, lower-cased and stripped of what is not a letter at its ends, is a German (1) and/or an
// English (2) function word. An ASCII word is read in place; others are memoized.
function stopwordKind(word: string): number {
  let kind = wordKinds.get(word);
  if (kind === undefined) {
    if (wordKinds.size >= 50_000) wordKinds.clear();
    kind = readStopwordKind(word);
    wordKinds.set(word, kind);
  }
  return kind;
}

// each word as it stands in a line (with its punctuation and case) with its kind: the same words come
// back in every line, and one lookup is cheaper than trimming and lower-casing them again. Bounded.
const wordKinds = new Map<string, number>();

function readStopwordKind(word: string): number {
  let first = -1;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return unicodeStopwordKind(word);
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      if (first < 0) first = i;
      last = i;
    }
  }
  // in ASCII the letters are A–Z and a–z, and lower-casing keeps the length
  if (last - first + 1 > LONGEST_STOPWORD) return 0;
  const w = first < 0 ? '' : word.slice(first, last + 1).toLowerCase();
  return STOPWORD_KINDS.get(w) ?? 0;
}

const LONGEST_STOPWORD = Math.max(...[...DE_STOPWORDS, ...EN_STOPWORDS].map((w) => w.length));
// each function word with its kind, so that one lookup answers for both languages
const STOPWORD_KINDS = new Map<string, number>();
for (const w of DE_STOPWORDS) STOPWORD_KINDS.set(w, 1);
for (const w of EN_STOPWORDS) STOPWORD_KINDS.set(w, (STOPWORD_KINDS.get(w) ?? 0) | 2);

// A word with letters beyond ASCII, read by the Unicode regex (the caller memoizes the answer).
function unicodeStopwordKind(word: string): number {
  const w = word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return (DE_STOPWORDS.has(w) ? 1 : 0) | (EN_STOPWORDS.has(w) ? 2 : 0);
}

/** True when a line ends like a sentence: a period, ! ? … possibly followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  // as /[.!?…]["“”»«'’)\]]*$/ or /["“”»«]$/ with eight words, read backwards from the end: the unanchored
  // regex tried every position of the line (no closing mark is a sentence mark, so the mark stands right
  // before the run of closing marks at the end)
  let j = text.length;
  while (j > 0 && CLOSERS.has(text.charCodeAt(j - 1))) j--;
  if (j > 0 && SENTENCE_MARKS.has(text.charCodeAt(j - 1))) return true;
  return text.length > 0 && QUOTES.has(text.charCodeAt(text.length - 1)) && wordsOf(text).length >= 8;
}

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLOSERS = codes('"“”»«\'’)]');
const SENTENCE_MARKS = codes('.!?…');
const QUOTES = codes('"“”»«');

/** True for a line that reads as article prose: long enough, ends a sentence, dense with function words. */
export function isGoodParagraph(text: string): boolean {
  const n = wordsOf(text).length;
  // the function words are counted only for a line long enough to need them
  if (n < 8) return false;
  const ends = endsLikeSentence(text);
  if (n < 25 && !ends) return false;
  const density = stopwordDensity(text);
  return (ends && density >= 0.1) || (n >= 25 && density >= 0.15);
}

/** True for a short line that still reads as a sentence (at least four words, ends a sentence). */
export function isTextLike(text: string): boolean {
  return wordsOf(text).length >= 4 && endsLikeSentence(text);
}

/** A line reduced to lower-case words, for comparing repeats. */
export function comparable(text: string): string {
  // as `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, in one scan that copies runs of
  // letters and digits instead of a Unicode regex replacing every gap
  const lower = text.toLowerCase();
  let out = '';
  let runStart = -1;
  let i = 0;
  while (i < lower.length) {
    const c = lower.charCodeAt(i);
    let width = 1;
    let letterOrDigit: boolean;
    if (c < 0x80)
      letterOrDigit = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length) {
      const d = lower.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        width = 2;
        letterOrDigit = LETTER_OR_DIGIT.test(lower.slice(i, i + 2));
      } else letterOrDigit = false;
    } else letterOrDigit = isLetterOrDigitUnit(c);
    if (letterOrDigit) {
      if (runStart < 0) {
        if (out.length > 0) out += ' ';
        runStart = i;
      }
    } else if (runStart >= 0) {
      out += lower.slice(runStart, i);
      runStart = -1;
    }
    i += width;
  }
  if (runStart >= 0) out += lower.slice(runStart);
  return out;
}

// Whether a token holds a letter or a digit, as `/[\p{L}\p{N}]/u.test(token)`: most tokens answer at their
// first character without a Unicode regex.
function hasLetterOrDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < token.length) {
      const d = token.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER_OR_DIGIT.test(token.slice(i, i + 2))) return true;
        i++;
      }
    } else if (isLetterOrDigitUnit(c)) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// per BMP code unit: 0 not yet asked, 1 a letter or digit, 2 not
const letterOrDigitUnit = new Uint8Array(0x10000);

function isLetterOrDigitUnit(code: number): boolean {
  let v = letterOrDigitUnit[code]!;
  if (v === 0) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    letterOrDigitUnit[code] = v;
  }
  return v === 1;
}
