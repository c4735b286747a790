import { NUMBER_WORDS, ORDINAL_STEMS } from '../lexicon/de/numerals.js';
import { toWordCueScanner } from '../text/to-word-cue-scanner.js';

/**
 * Every German number word and ordinal stem the figure rules read, matched case-insensitively WITHOUT the
 * u flag, which scans several times faster. Without u, only 'ſ' and 'ẞ' no longer match letters of these
 * words ('s', 'ß') that they match with u (has-number-cue.test.ts checks every code point), so a text with
 * either is let through as well: whatever the figure rules' 'iu' regexes match, this matches too.
 */
const NUMBER_WORD_CUE = new RegExp(
  `${[...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_STEMS)].join('|')}|[ſẞ]`,
  'i',
);
const DIGIT = /\d/u;

// NUMBER_WORD_CUE's test in one automaton pass (text/to-word-cue-scanner.ts folds letters as the regex does
// without u), which stops at the first word found: every sentence is asked, and the regex tried each of its
// alternatives at every position of it
const scanNumberWords = toWordCueScanner(
  new Map([...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_STEMS)].map((w) => [w, 1])),
);

/** Whether a text may name a German number word or rank ("zwölf", "drittgrößte"); false means it surely does not. */
export function hasNumberWordCue(text: string): boolean {
  // as NUMBER_WORD_CUE.test(text): a number word, or one of the two characters of its class
  return scanNumberWords(text, 1) !== 0 || text.includes('ſ') || text.includes('ẞ');
}

/** numberCues' bit for an ASCII digit. */
export const DIGIT_CUE = 1;
/** numberCues' bit for a German number word or rank cue, as hasNumberWordCue. */
export const NUMBER_WORD_CUE_BIT = 2;

// both cues of a sentence in one pass: its digits, and the number words (a sentence without digits was read
// twice, by the digit test and by the number-word scan)
const scanNumberCues = toWordCueScanner(
  new Map([
    ...[...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_STEMS)].map((w): [string, number] => [
      w,
      NUMBER_WORD_CUE_BIT,
    ]),
    ...[...'0123456789'].map((d): [string, number] => [d, DIGIT_CUE]),
  ]),
);

/** What hasDigit (DIGIT_CUE) and hasNumberWordCue (NUMBER_WORD_CUE_BIT) say of a text, in one scan. */
export function numberCues(text: string): number {
  const bits = scanNumberCues(text, DIGIT_CUE | NUMBER_WORD_CUE_BIT);
  return bits & NUMBER_WORD_CUE_BIT || !(text.includes('ſ') || text.includes('ẞ'))
    ? bits
    : bits | NUMBER_WORD_CUE_BIT;
}

/** Whether a text contains an ASCII digit, which every numeric figure needs. */
export function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}

const NUMBER_WORD_CUES = new RegExp(NUMBER_WORD_CUE.source, 'gi');

/**
 * The offsets of the cue's matches in a text, in order (as a global scan finds them). Every match is made of
 * letters only, so it lies inside one run of letters; a number word or rank of the text has one inside it.
 */
export function numberWordCuesIn(text: string): number[] {
  const out: number[] = [];
  NUMBER_WORD_CUES.lastIndex = 0;
  for (let m = NUMBER_WORD_CUES.exec(text); m; m = NUMBER_WORD_CUES.exec(text)) out.push(m.index);
  return out;
}
