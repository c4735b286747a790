import { memoizeString } from '../text/memoize-word.js';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Character classes of the tokenizer. */
const WORD = 1;
/** ' ’ . & - : inside a word, never at its end */
const JOINER = 2;
/** ( ) , ; : „ “ ” " » « – : a token of its own */
const MARK = 3;
const OTHER = 4;
/** the first half of a surrogate pair: the pair decides */
const HIGH = 5;
const JOINERS = "'’.&-";
const MARKS = '(),;:„“”"»«–';

// the class of every BMP code unit, filled on first use (0: not asked yet), so the scan reads an array
const CLASS = new Uint8Array(0x10000);

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return HIGH;
  const ch = String.fromCharCode(c);
  if (LETTER_OR_DIGIT.test(ch)) return WORD;
  return JOINERS.includes(ch) ? JOINER : MARKS.includes(ch) ? MARK : OTHER;
}

/**
 * The class of the character at `i` and its width (2 for a surrogate pair, as the u flag reads it), packed
 * as class * 4 + width.
 */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = CLASS[c] as number;
  if (k === 0) {
    k = classify(c);
    CLASS[c] = k;
  }
  if (k !== HIGH) return k * 4 + 1;
  if (i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00)
    return (LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? WORD : OTHER) * 4 + 2;
  // a lone surrogate is a character of its own, and no letter
  return OTHER * 4 + 1;
}

/**
 * The tokens of a sentence as the claimant rules read them: the matches, in order, of
 * /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[(),;:„“”"»«–]/gu — a word runs from a letter or
 * digit over letters, digits and the joiners ' ’ . & - to its last letter or digit. One scan that classifies
 * each character from a table instead of a regex with Unicode classes tried at every position.
 */
export function toClaimantTokens(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kw = classAt(text, i);
    const k = kw >> 2;
    if (k === WORD) {
      let end = i + (kw & 3);
      let j = end;
      while (j < n) {
        const jw = classAt(text, j);
        const jk = jw >> 2;
        if (jk === WORD) {
          j += jw & 3;
          end = j;
        } else if (jk === JOINER) j++;
        else break;
      }
      out.push(text.slice(i, end));
      i = end;
      continue;
    }
    if (k === MARK) out.push(text[i] as string);
    // a failed match moves on by one character: a whole surrogate pair with the u flag
    i += kw & 3;
  }
  return out;
}

/** A sentence's tokens and their lower-cased forms, made once and shared by the claimant rules (never mutate). */
export interface ClaimantTokens {
  tokens: readonly string[];
  lower: readonly string[];
}

function readTokens(text: string): ClaimantTokens {
  const tokens = toClaimantTokens(text);
  return { tokens, lower: tokens.map((t) => t.toLowerCase()) };
}

/**
 * The tokens of a sentence and their lower-cased forms. Several claimant rules (the sentence's own attribution,
 * its pronoun speaker, its named subject) read the same sentences one after another: each is tokenised once
 * while it is among the last few read (a small memo, so it serves one article's rules, not a corpus).
 */
export const claimantTokensOf: (text: string) => ClaimantTokens = memoizeString(readTokens, 64);
