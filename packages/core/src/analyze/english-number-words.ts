import { EN_DURATION_WORDS } from '../lexicon/en/numerals.js';
import {
  EN_GLUED_SCALES,
  EN_GLUED_UNITS,
  EN_NUMBER_WORD_DETERMINERS,
  EN_NUMBER_WORDS,
} from '../lexicon/en/units.js';

const WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${Object.keys(EN_NUMBER_WORDS).join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);
const CUE = new RegExp(WORDS.source, 'iu');
// "thirty-eight", "Twenty-one": a ten and a unit joined by a hyphen
const TENS = Object.keys(EN_NUMBER_WORDS).filter((w) => {
  const v = EN_NUMBER_WORDS[w]!;
  return v >= 20 && v <= 90 && v % 10 === 0;
});
const ONES: Readonly<Record<string, number>> = {
  one: 1,
  ...Object.fromEntries(Object.entries(EN_NUMBER_WORDS).filter(([, v]) => v >= 2 && v <= 9)),
};
const COMPOUND = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${TENS.join('|')})-(${Object.keys(ONES).join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);
const COMPOUND_CUE = new RegExp(COMPOUND.source, 'iu');
const DETERMINER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${EN_NUMBER_WORD_DETERMINERS.join('|')})\\s+$`, 'iu');
const SPAN_AFTER = new RegExp(
  `^\\s+(?:${EN_DURATION_WORDS.join('|').replace(/\./gu, '\\.')})(?![\\p{L}])`,
  'iu',
);
// "3m people", "2m homes": what a scale counts, rather than metres ("a 10m wave")
const COUNTED_AFTER = /^\s+(?:(?:more|extra|new|additional)\s+)?(?:people|[a-z]{3,}[^s]s)(?![\p{L}])/u;
// "two thirds of voters": a fraction, no count
const FRACTION_AFTER = /^[\s-]+(?:thirds|quarters|fifths|tenths|halves)(?![\p{L}])/iu;
const GLUED = /^(°[cf]|km\/h|[a-z]{1,3})(?![\p{L}\p{N}])/iu;

/** Whether an English text may hold a number word ("three rest centres") that findEnglishFigures reads. */
export function hasEnglishNumberWord(text: string): boolean {
  return CUE.test(text) || (text.includes('-') && COMPOUND_CUE.test(text));
}

/**
 * The text with each English number word that opens a new count ("open three rest centres") written as
 * digits after spaces to the word's length, so offsets stay; "the two banks" and "one" stay words.
 */
export function spellEnglishNumbers(text: string): string {
  // a compound holds a hyphen; the digits of its sum replace it, padded to its length
  const joined = text.includes('-')
    ? text.replace(COMPOUND, (word, tens: string, ones: string, at: number) => {
        if (DETERMINER_BEFORE.test(text.slice(0, at))) return word;
        const digits = String(EN_NUMBER_WORDS[tens.toLowerCase()]! + ONES[ones.toLowerCase()]!);
        return ' '.repeat(word.length - digits.length) + digits;
      })
    : text;
  if (!CUE.test(joined)) return joined;
  return joined.replace(WORDS, (word, _w, at: number) => {
    if (DETERMINER_BEFORE.test(joined.slice(0, at))) return word;
    // "over two days": a spelled-out span is narrative more often than a figure
    if (SPAN_AFTER.test(joined.slice(at + word.length))) return word;
    if (FRACTION_AFTER.test(joined.slice(at + word.length))) return word;
    const digits = String(EN_NUMBER_WORDS[word.toLowerCase()]);
    // padded before the digits, so the word after keeps its single space ("five percent" → "   5 percent")
    return ' '.repeat(word.length - digits.length) + digits;
  });
}

/**
 * What is written right after an English number without a space: a unit ("80mph" → "mph") or a scale
 * ("£410m", "$2bn", and "3m people": a scale before people or a plural noun), with the length it takes;
 * undefined when nothing is.
 */
export function englishGlued(
  after: string,
  money: boolean,
): { unit?: string; factor?: number; len: number } | undefined {
  const m = GLUED.exec(after);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const len = m[1]!.length;
  const scale = EN_GLUED_SCALES[word];
  if (scale && (money || word !== 'm' || COUNTED_AFTER.test(after.slice(len)))) return { factor: scale, len };
  if (money) return undefined;
  return EN_GLUED_UNITS[word] ? { unit: EN_GLUED_UNITS[word], len } : undefined;
}
