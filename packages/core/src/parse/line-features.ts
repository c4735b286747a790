import { DE_STOPWORDS } from '../lexicon/de/stopwords.js';
import { EN_STOPWORDS } from '../lexicon/en/stopwords.js';
import { isSpaceCode } from '../text/is-space-code.js';
import { memoizeString } from '../text/memoize-word.js';

// The cleaner asks for the words of the same line a dozen times (rules, bylines, captions, blocks): split it
// once. Bounded; the arrays are shared, so callers only read them (found by the benchmark's profile).
/** The words of a line: whitespace-separated tokens that hold a letter or digit. */
export const wordsOf: (text: string) => readonly string[] = memoizeString((text) => splitWords(text), 10_000);

// Most callers want only how many words a line has: counted in place, the line's words are never sliced
// out, and the memo holds numbers instead of arrays that outlived the young generation (the split and the
// garbage collection of the kept arrays were the cleaner's largest cost, measured per article).
/** How many words a line has, as `wordsOf(text).length`. */
export const wordCount: (text: string) => number = memoizeString((text) => countWords(text), 10_000);

// As `text.split(/\s+/).filter(hasLetterOrDigit)` in one scan: a token with an ASCII letter or digit is
// known a word as it is read; only a token of other characters is asked again.
function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  let alnum = false;
  let other = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    if (c === 0x20 || (c < 0x80 ? c >= 0x09 && c <= 0x0d : isSpaceCode(c))) {
      if (start >= 0) {
        if (alnum || (other && hasLetterOrDigit(text, start, i))) words.push(text.slice(start, i));
        start = -1;
      }
      continue;
    }
    if (start < 0) {
      start = i;
      alnum = false;
      other = false;
    }
    if (c >= 0x80) other = true;
    else if (!alnum && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)))
      alnum = true;
  }
  return words;
}

// The same scan as splitWords, counting the words instead of slicing them out.
function countWords(text: string): number {
  let words = 0;
  let start = -1;
  let alnum = false;
  let other = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    if (c === 0x20 || (c < 0x80 ? c >= 0x09 && c <= 0x0d : isSpaceCode(c))) {
      if (start >= 0) {
        if (alnum || (other && hasLetterOrDigit(text, start, i))) words++;
        start = -1;
      }
      continue;
    }
    if (start < 0) {
      start = i;
      alnum = false;
      other = false;
    }
    if (c >= 0x80) other = true;
    else if (!alnum && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)))
      alnum = true;
  }
  return words;
}

/** Share of German or English function words among a line's words (the higher of the two). */
export function stopwordDensity(text: string): number {
  // the words are read in place, by the scan of splitWords: no word is sliced out unless it holds a
  // character the trie below does not know
  let words = 0;
  let de = 0;
  let en = 0;
  let start = -1;
  let alnum = false;
  let other = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    if (c === 0x20 || (c < 0x80 ? c >= 0x09 && c <= 0x0d : isSpaceCode(c))) {
      if (start >= 0) {
        if (alnum || (other && hasLetterOrDigit(text, start, i))) {
          words++;
          const kind = stopwordKind(text, start, i);
          de += kind & 1;
          en += kind >> 1;
        }
        start = -1;
      }
      continue;
    }
    if (start < 0) {
      start = i;
      alnum = false;
      other = false;
    }
    if (c >= 0x80) other = true;
    else if (!alnum && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)))
      alnum = true;
  }
  if (words === 0) return 0;
  return Math.max(de, en) / words;
}

// Whether the word text[start, end), lower-cased and stripped of what is not a letter at its ends, is a
// German (1) and/or an English (2) function word. An ASCII word is read in place; others are memoized.
function stopwordKind(text: string, start: number, end: number): number {
  // the letters between the first and the last one walk a trie of the function words (lower case by
  // `| 0x20`); a letter after a non-letter there, a missing edge or a longer word ends the walk
  let state = 0;
  let phase = 0; // 0 before the letters, 1 in them, 2 after them
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return memoizedStopwordKind(text.slice(start, end));
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      if (phase === 2) state = -1;
      phase = 1;
      if (state >= 0) state = TRIE[state * 26 + lower - 0x61]! || -1;
    } else if (phase === 1) phase = 2;
  }
  return state > 0 ? TRIE_KIND[state]! : 0;
}

// each function word with its kind, so that one lookup answers for both languages
const STOPWORD_KINDS = new Map<string, number>();
for (const w of DE_STOPWORDS) STOPWORD_KINDS.set(w, 1);
for (const w of EN_STOPWORDS) STOPWORD_KINDS.set(w, (STOPWORD_KINDS.get(w) ?? 0) | 2);
// the function words of a–z only, as a trie: state × 26 letters → next state (0: none; the root is 0)
const ASCII_STOPWORDS = [...STOPWORD_KINDS.keys()].filter((w) => /^[a-z]+$/.test(w));
const TRIE = new Uint16Array((1 + ASCII_STOPWORDS.reduce((n, w) => n + w.length, 0)) * 26);
const TRIE_KIND = new Uint8Array(TRIE.length / 26);
let trieStates = 1;
for (const w of ASCII_STOPWORDS) {
  let state = 0;
  for (let k = 0; k < w.length; k++) {
    const at = state * 26 + w.charCodeAt(k) - 0x61;
    if (TRIE[at] === 0) TRIE[at] = trieStates++;
    state = TRIE[at]!;
  }
  TRIE_KIND[state] = STOPWORD_KINDS.get(w)!;
}

function memoizedStopwordKind(word: string): number {
  let kind = stopwordMemo.get(word);
  if (kind === undefined) {
    if (stopwordMemo.size >= 50_000) stopwordMemo.clear();
    const w = word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    kind = (DE_STOPWORDS.has(w) ? 1 : 0) | (EN_STOPWORDS.has(w) ? 2 : 0);
    stopwordMemo.set(word, kind);
  }
  return kind;
}

const stopwordMemo = new Map<string, number>();

/** True when a line ends like a sentence: a period, ! ? … possibly followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  // as /[.!?…]["“”»«'’)\]]*$/ or /["“”»«]$/ with eight words, read backwards from the end: the unanchored
  // regex tried every position of the line (no closing mark is a sentence mark, so the mark stands right
  // before the run of closing marks at the end)
  let j = text.length;
  while (j > 0 && CLOSERS.has(text.charCodeAt(j - 1))) j--;
  if (j > 0 && SENTENCE_MARKS.has(text.charCodeAt(j - 1))) return true;
  return text.length > 0 && QUOTES.has(text.charCodeAt(text.length - 1)) && wordCount(text) >= 8;
}

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLOSERS = codes('"“”»«\'’)]');
const SENTENCE_MARKS = codes('.!?…');
const QUOTES = codes('"“”»«');

/** True for a line that reads as article prose: long enough, ends a sentence, dense with function words. */
export function isGoodParagraph(text: string): boolean {
  const n = wordCount(text);
  // the function words are counted only for a line long enough to need them
  if (n < 8) return false;
  const ends = endsLikeSentence(text);
  if (n < 25 && !ends) return false;
  const density = stopwordDensity(text);
  return (ends && density >= 0.1) || (n >= 25 && density >= 0.15);
}

/** True for a short line that still reads as a sentence (at least four words, ends a sentence). */
export function isTextLike(text: string): boolean {
  return wordCount(text) >= 4 && endsLikeSentence(text);
}

/** A line reduced to lower-case words, for comparing repeats. */
export function comparable(text: string): string {
  // as `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, in one scan that copies stretches of
  // runs of letters and digits that stand apart by one plain space already, instead of a Unicode regex
  // replacing every gap (a stretch ends only at punctuation, not at every word)
  const lower = text.toLowerCase();
  const n = lower.length;
  let out = '';
  // the start of the stretch being read (-1 before the first run), and of the gap after its last run
  let stretch = -1;
  let gap = -1;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    let width = 1;
    let letterOrDigit: boolean;
    if (c < 0x80)
      letterOrDigit = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = lower.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        width = 2;
        letterOrDigit = LETTER_OR_DIGIT.test(lower.slice(i, i + 2));
      } else letterOrDigit = false;
    } else letterOrDigit = isLetterOrDigitUnit(c);
    if (letterOrDigit) {
      if (stretch < 0) stretch = i;
      else if (gap >= 0 && (i - gap !== 1 || lower.charCodeAt(gap) !== 0x20)) {
        // a gap other than one plain space: the stretch ends before it
        out += out.length > 0 ? ` ${lower.slice(stretch, gap)}` : lower.slice(stretch, gap);
        stretch = i;
      }
      gap = -1;
    } else if (stretch >= 0 && gap < 0) gap = i;
    i += width;
  }
  if (stretch >= 0) {
    const last = lower.slice(stretch, gap >= 0 ? gap : n);
    out += out.length > 0 ? ` ${last}` : last;
  }
  return out;
}

// Whether text[start, end) holds a letter or a digit, as `/[\p{L}\p{N}]/u.test(text.slice(start, end))`:
// most tokens answer at their first character without a Unicode regex.
function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER_OR_DIGIT.test(text.slice(i, i + 2))) return true;
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
