import { EN_DURATION_WORDS } from '../lexicon/en/numerals.js';
import { EN_STOPWORDS } from '../lexicon/en/stopwords.js';

const DURATIONS = new Set(EN_DURATION_WORDS);

/**
 * Whether the second of two words after an English number is the head of a compound the number counts
 * ("38 flood warnings", "three rest centres"): a singular modifier before a plural noun, both lower-case.
 */
export function isEnglishCompoundHead(word: string, next: string | undefined): next is string {
  if (!next || EN_STOPWORDS.has(next) || DURATIONS.has(next)) return false;
  return !/s$/u.test(word) && /[^s]s$/u.test(next) && next.length > 3 && /^\p{Ll}+$/u.test(word);
}
