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

// What a UTF-16 code unit is to the word scans below: a letter of the function words' trie (its index:
// a–z 0–25, ä ö ü ß 26–29, either case), white space, an ASCII digit, a character known to be neither a
// letter nor a digit (ASCII punctuation, quotes, dashes), or another character, asked again by the scans.
const SPACE = -1;
const DIGIT = -2;
const NO_LETTER = -3;
const OTHER = -4;
const TRIE_WIDTH = 30;
const UNIT_CLASS = new Int8Array(0x10000).fill(OTHER);
for (let c = 0; c < 0x80; c++) UNIT_CLASS[c] = NO_LETTER;
for (let c = 0; c < 26; c++) {
  UNIT_CLASS[0x61 + c] = c;
  UNIT_CLASS[0x41 + c] = c;
}
for (let c = 0x30; c <= 0x39; c++) UNIT_CLASS[c] = DIGIT;
for (const [k, chars] of ['äÄ', 'öÖ', 'üÜ', 'ß'].entries())
  for (const ch of chars) UNIT_CLASS[ch.charCodeAt(0)] = 26 + k;
for (const ch of '„“”‚‘’«»‹›–—…·•°§€') UNIT_CLASS[ch.charCodeAt(0)] = NO_LETTER;
for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c)) UNIT_CLASS[c] = SPACE;

/** How many words a line has, counted without a memo (for a line whose count the caller keeps). */
export function countWords(text: string): number {
  let words = 0;
  let inToken = false;
  let known = false; // the token holds a letter or digit
  let other = false; // the token holds a character whose kind is asked only if need be
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const cls = UNIT_CLASS[text.charCodeAt(i)]!;
    if (cls === SPACE) {
      if (inToken && (known || (other && hasLetterOrDigit(text, start, i)))) words++;
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      start = i;
      known = false;
      other = false;
    }
    if (cls >= 0 || cls === DIGIT) known = true;
    else if (cls === OTHER) other = true;
  }
  if (inToken && (known || (other && hasLetterOrDigit(text, start, n)))) words++;
  return words;
}

// what countFunctionWords counted: the words read, and the German and the English function words among them
let readWords = 0;
let germanWords = 0;
let englishWords = 0;

// Counts the words of a line and its German and English function words, until either count reaches
// `enough`. A word is lower-cased and stripped of what is not a letter at its ends: its letters between the
// first and the last one walk a trie of the function words as they are read; a letter after a non-letter
// there, a missing edge or a longer word ends the walk; a word with a character the trie does not know is
// sliced out and looked up (memoized).
function countFunctionWords(text: string, enough: number): void {
  let words = 0;
  let de = 0;
  let en = 0;
  let inToken = false;
  let known = false;
  let other = false;
  let start = 0;
  let state = 0;
  let phase = 0; // 0 before the letters, 1 in them, 2 after them
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const cls = i < n ? UNIT_CLASS[text.charCodeAt(i)]! : SPACE;
    if (cls === SPACE) {
      if (inToken && (known || (other && hasLetterOrDigit(text, start, i)))) {
        words++;
        const kind = other ? memoizedStopwordKind(text.slice(start, i)) : state > 0 ? TRIE_KIND[state]! : 0;
        de += kind & 1;
        en += kind >> 1;
        if (de >= enough || en >= enough) break;
      }
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      start = i;
      known = false;
      other = false;
      state = 0;
      phase = 0;
    }
    if (cls >= 0) {
      known = true;
      if (phase === 2) state = -1;
      phase = 1;
      if (state >= 0) state = TRIE[state * TRIE_WIDTH + cls]! || -1;
    } else if (cls === OTHER) other = true;
    else {
      if (cls === DIGIT) known = true;
      if (phase === 1) phase = 2;
    }
  }
  readWords = words;
  germanWords = de;
  englishWords = en;
}

/** Share of German or English function words among a line's words (the higher of the two). */
export function stopwordDensity(text: string): number {
  countFunctionWords(text, Number.POSITIVE_INFINITY);
  return readWords === 0 ? 0 : Math.max(germanWords, englishWords) / readWords;
}

// each function word with its kind, so that one lookup answers for both languages
const STOPWORD_KINDS = new Map<string, number>();
for (const w of DE_STOPWORDS) STOPWORD_KINDS.set(w, 1);
for (const w of EN_STOPWORDS) STOPWORD_KINDS.set(w, (STOPWORD_KINDS.get(w) ?? 0) | 2);
// the function words of the trie's letters, as a trie: state × letters → next state (0: none; the root is
// 0); the others are found by memoizedStopwordKind
const TRIE_LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß';
const TRIE_WORDS = [...STOPWORD_KINDS.keys()].filter((w) => /^[a-zäöüß]+$/.test(w));
const TRIE = new Uint16Array((1 + TRIE_WORDS.reduce((n, w) => n + w.length, 0)) * TRIE_WIDTH);
const TRIE_KIND = new Uint8Array(TRIE.length / TRIE_WIDTH);
let trieStates = 1;
for (const w of TRIE_WORDS) {
  let state = 0;
  for (const ch of w) {
    const at = state * TRIE_WIDTH + TRIE_LETTERS.indexOf(ch);
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
export function endsLikeSentence(text: string, words?: number): boolean {
  // as /[.!?…]["“”»«'’)\]]*$/ or /["“”»«]$/ with eight words, read backwards from the end: the unanchored
  // regex tried every position of the line (no closing mark is a sentence mark, so the mark stands right
  // before the run of closing marks at the end)
  let j = text.length;
  while (j > 0 && CLOSERS.has(text.charCodeAt(j - 1))) j--;
  if (j > 0 && SENTENCE_MARKS.has(text.charCodeAt(j - 1))) return true;
  return text.length > 0 && QUOTES.has(text.charCodeAt(text.length - 1)) && (words ?? wordCount(text)) >= 8;
}

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLOSERS = codes('"“”»«\'’)]');
const SENTENCE_MARKS = codes('.!?…');
const QUOTES = codes('"“”»«');

/** True for a line that reads as article prose: long enough, ends a sentence, dense with function words. */
export function isGoodParagraph(text: string, words?: number): boolean {
  const n = words ?? wordCount(text);
  // the function words are counted only for a line long enough to need them
  if (n < 8) return false;
  const ends = endsLikeSentence(text, n);
  if (n < 25 && !ends) return false;
  // (ends && density >= 0.1) || (n >= 25 && density >= 0.15) is density >= 0.1 for a line that ends a
  // sentence and density >= 0.15 for another (25 words or more by now): the function words are counted
  // only until there are enough of them, most prose has so many that a part of the line answers
  const enough = leastCount(ends ? 0.1 : 0.15, n);
  countFunctionWords(text, enough);
  return Math.max(germanWords, englishWords) >= enough;
}

// The least count k with k / n >= share (as the division compares: it grows with k).
function leastCount(share: number, n: number): number {
  let k = Math.ceil(share * n);
  while (k > 0 && (k - 1) / n >= share) k--;
  while (k / n < share) k++;
  return k;
}

/** True for a short line that still reads as a sentence (at least four words, ends a sentence). */
export function isTextLike(text: string, words?: number): boolean {
  const n = words ?? wordCount(text);
  return n >= 4 && endsLikeSentence(text, n);
}

/** What `comparable` counted on its way: the words of the key it returned. */
export interface KeyCount {
  words: number;
}

/**
 * A line reduced to lower-case words, for comparing repeats; `count`, when given, receives how many words
 * the key has (as `key.split(' ').length` for a key that is not empty).
 */
export function comparable(text: string, count?: KeyCount): string {
  // as `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, in one scan that copies stretches of
  // runs of letters and digits that stand apart by one plain space already, instead of a Unicode regex
  // replacing every gap (a stretch ends only at punctuation, not at every word)
  const lower = text.toLowerCase();
  const n = lower.length;
  let out = '';
  // the start of the stretch being read (-1 before the first run), and of the gap after its last run
  let stretch = -1;
  let gap = -1;
  let words = 0;
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
      // each run of letters and digits is a word of the key
      if (stretch < 0 || gap >= 0) words++;
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
  if (count) count.words = words;
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

/**
 * What one scan of each line of a page found: the facts every rule of the cleaner reads (word count,
 * function words, the words of its `comparable` key), as parallel typed arrays instead of one object or
 * one string per line or word. The key's words are kept as hashes: keys are compared through them, and a
 * match is confirmed on the key strings themselves (`comparable`), so a hash collision changes nothing.
 */
export interface LineScans {
  /** per line: how many words it has, as `countWords` */
  words: Int32Array;
  /** per line: its German function words, and its English ones, as `stopwordDensity` counts them */
  germanWords: Int32Array;
  englishWords: Int32Array;
  /** per line: 1 when it holds an ASCII digit (as `/[0-9]/` finds), else 0 */
  digits: Uint8Array;
  /** per line: how many words its key has, the key's length, and a hash of the whole key */
  keyWords: Int32Array;
  keyLength: Int32Array;
  keyHash: Int32Array;
  /** per line: where its key's word hashes start in `wordHashes` */
  keyStart: Int32Array;
  /** the hashes of the keys' words, line after line */
  wordHashes: Int32Array;
}

// per UTF-16 code unit, filled as met (0: not yet looked at): its lower case, whether that lower case is a
// letter or digit (a character of a key's word), whether the unit itself is one (a character that makes a
// token a word), its class for the function words' trie, and whether its lower case needs more than the
// unit itself (a surrogate, İ, a final sigma): a line with one takes the string functions instead
const LOWER_MASK = 0xffff;
const KEY_CHAR = 1 << 16;
const WORD_CHAR = 1 << 17;
const SPECIAL = 1 << 18;
const FILLED = 1 << 19;
const CLASS_SHIFT = 20;
const unitFacts = new Int32Array(0x10000);

function factsOf(code: number): number {
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const cls = UNIT_CLASS[code]!;
  let facts = FILLED | ((cls + 4) << CLASS_SHIFT);
  if (lower.length !== 1 || code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff)) facts |= SPECIAL;
  else {
    const l = lower.charCodeAt(0);
    facts |= l;
    if (LETTER_OR_DIGIT.test(lower)) facts |= KEY_CHAR;
  }
  if (LETTER_OR_DIGIT.test(ch)) facts |= WORD_CHAR;
  unitFacts[code] = facts;
  return facts;
}

// a space, as the scan reads the end of a line
const END_FACTS = factsOf(0x20);
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Scans each line once for its word count, function words and key words (see LineScans). */
export function scanLines(lines: readonly string[]): LineScans {
  const count = lines.length;
  const scans: LineScans = {
    words: new Int32Array(count),
    germanWords: new Int32Array(count),
    englishWords: new Int32Array(count),
    digits: new Uint8Array(count),
    keyWords: new Int32Array(count),
    keyLength: new Int32Array(count),
    keyHash: new Int32Array(count),
    keyStart: new Int32Array(count),
    wordHashes: new Int32Array(64),
  };
  let used = 0;
  for (let k = 0; k < count; k++) {
    const text = lines[k]!;
    // a line has at most one key word per two code units, plus one
    ensureRoom(scans, used, (text.length >> 1) + 1);
    scans.keyStart[k] = used;
    const found = scanLine(text, scans, k, used);
    used = found >= 0 ? found : scanLineByStrings(text, scans, k, used);
  }
  return scans;
}

// Grows the word hashes so that `more` fit after the first `used`.
function ensureRoom(scans: LineScans, used: number, more: number): void {
  if (used + more <= scans.wordHashes.length) return;
  const grown = new Int32Array(Math.max(used + more, scans.wordHashes.length * 2));
  grown.set(scans.wordHashes.subarray(0, used));
  scans.wordHashes = grown;
}

// The fast scan of one line, writing line k's facts; returns the new end of the word hashes, or -1 when a
// code unit needs the string functions (nothing of the line is kept then).
function scanLine(text: string, scans: LineScans, k: number, start: number): number {
  const hashes = scans.wordHashes;
  let used = start;
  // tokens (white space separated) as countWords and countFunctionWords read them
  let words = 0;
  let de = 0;
  let en = 0;
  let inToken = false;
  let known = false;
  let other = false;
  let tokenStart = 0;
  let state = 0;
  let phase = 0;
  let digits = 0;
  // runs of letters and digits of the lower case, the key's words
  let inKey = false;
  let hash = 0;
  let keyChars = 0;
  let keyHash = FNV_OFFSET;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let facts: number;
    if (i < n) {
      const code = text.charCodeAt(i);
      facts = unitFacts[code]!;
      if (facts === 0) facts = factsOf(code);
      if ((facts & SPECIAL) !== 0) return -1;
    } else facts = END_FACTS;
    if ((facts & KEY_CHAR) !== 0) {
      if (!inKey) {
        inKey = true;
        hash = FNV_OFFSET;
      }
      hash = Math.imul(hash ^ (facts & LOWER_MASK), FNV_PRIME);
      keyChars++;
    } else if (inKey) {
      inKey = false;
      hashes[used++] = hash;
      keyHash = Math.imul(keyHash ^ hash, FNV_PRIME);
    }
    const cls = (facts >> CLASS_SHIFT) - 4;
    if (cls === SPACE) {
      if (inToken && known) {
        words++;
        const kind = other
          ? memoizedStopwordKind(text.slice(tokenStart, i))
          : state > 0
            ? TRIE_KIND[state]!
            : 0;
        de += kind & 1;
        en += kind >> 1;
      }
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      tokenStart = i;
      known = false;
      other = false;
      state = 0;
      phase = 0;
    }
    if ((facts & WORD_CHAR) !== 0) known = true;
    if (cls >= 0) {
      if (phase === 2) state = -1;
      phase = 1;
      if (state >= 0) state = TRIE[state * TRIE_WIDTH + cls]! || -1;
    } else if (cls === OTHER) other = true;
    else {
      if (cls === DIGIT) digits = 1;
      if (phase === 1) phase = 2;
    }
  }
  const keyWords = used - start;
  scans.words[k] = words;
  scans.germanWords[k] = de;
  scans.englishWords[k] = en;
  scans.digits[k] = digits;
  scans.keyWords[k] = keyWords;
  scans.keyLength[k] = keyWords > 0 ? keyChars + keyWords - 1 : 0;
  scans.keyHash[k] = keyHash;
  return used;
}

// The same facts of a line through the string functions, for a line whose lower case needs them.
function scanLineByStrings(text: string, scans: LineScans, k: number, start: number): number {
  countFunctionWords(text, Number.POSITIVE_INFINITY);
  scans.words[k] = readWords;
  scans.germanWords[k] = germanWords;
  scans.englishWords[k] = englishWords;
  scans.digits[k] = /[0-9]/.test(text) ? 1 : 0;
  const key = comparable(text);
  // the lower case may be longer than the line ("İ")
  ensureRoom(scans, start, (key.length >> 1) + 1);
  const hashes = scans.wordHashes;
  let used = start;
  let keyHash = FNV_OFFSET;
  let hash = FNV_OFFSET;
  for (let i = 0; i <= key.length; i++) {
    if (i === key.length || key.charCodeAt(i) === 0x20) {
      if (i === 0) break;
      hashes[used++] = hash;
      keyHash = Math.imul(keyHash ^ hash, FNV_PRIME);
      hash = FNV_OFFSET;
    } else hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  }
  scans.keyWords[k] = used - start;
  scans.keyLength[k] = key.length;
  scans.keyHash[k] = keyHash;
  return used;
}

/** isGoodParagraph of line k of a scan, from the counts the scan took. */
export function isGoodScannedLine(text: string, scans: LineScans, k: number): boolean {
  const n = scans.words[k]!;
  if (n < 8) return false;
  const ends = endsLikeSentence(text, n);
  if (n < 25 && !ends) return false;
  // the scan counted all function words: reaching `enough` at some word is having at least that many
  const enough = leastCount(ends ? 0.1 : 0.15, n);
  return Math.max(scans.germanWords[k]!, scans.englishWords[k]!) >= enough;
}
