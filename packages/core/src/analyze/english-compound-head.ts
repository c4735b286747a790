import { EN_DURATION_WORDS } from '../lexicon/en/numerals.js';
import { EN_STOPWORDS } from '../lexicon/en/stopwords.js';

const DURATIONS = new Set(EN_DURATION_WORDS);

/**
 * Whether the second of two words after an English number is the head of a compound the number counts
 * ("38 flood warnings", "three rest centres"): a singular modifier before a plural noun, both lower-case.
 */
export function isEnglishCompoundHead(word: string, next: string | undefined): next is string {
  if (!next || EN_STOPWORDS.has(next) || DURATIONS.has(next)) return false;
  return isModifier(word) && /[^s]s$/u.test(next) && next.length > 3 && /^\p{Ll}+$/u.test(next);
}

/**
 * The head of a three-word compound an English number counts ("40,000 garden leaf blowers"): the
 * plural third word after two singular modifiers, or undefined.
 */
export function englishCompoundHead3(
  word: string,
  next: string | undefined,
  third: string | undefined,
): string | undefined {
  if (!next || EN_STOPWORDS.has(next) || !isModifier(word) || !isModifier(next)) return undefined;
  return isEnglishCompoundHead(next, third) ? third : undefined;
}

// a singular modifier in lower case, maybe hyphenated ("flood", "night-shift"), no function word
function isModifier(word: string): boolean {
  return !/s$/u.test(word) && /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word) && !EN_STOPWORDS.has(word);
}
