import { NUMBER_WORDS, ORDINAL_STEMS } from '../lexicon/de/numerals.js';

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

/** Whether a text may name a German number word or rank ("zwölf", "drittgrößte"); false means it surely does not. */
export function hasNumberWordCue(text: string): boolean {
  return NUMBER_WORD_CUE.test(text);
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
