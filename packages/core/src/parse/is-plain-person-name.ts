import { MONTHS, WEEKDAYS } from '../lexicon/de/calendar.js';
import { FUNCTION_WORDS, NOUN_ENDINGS, PLACE_WORDS } from '../lexicon/de/name-stopwords.js';

// one capitalised word of a name: "Berg", "Müller-Lüdenscheid", "O'Neill"
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$/u;

const PLACE_PREFIX = /^(?:Bad|Sankt|St|Neu|Alt|Groß|Klein|Ober|Unter|Nieder|Hohen|Markt|Burg|Kloster)\s/u;
const PLACE_ENDING =
  /(?:dorf|hausen|heim|stadt|städt|burg|furt|ingen|leben|rode|kirchen|brück|brücken|bach|büttel|hof|hafen|see|tal|walde?|au|itz|ow|ach|weiler|zell)$/u;

/**
 * Whether a phrase reads as a person's name by its shape alone: two or three capitalised words, none a
 * function word, place, month, weekday or common noun by its ending ("Greta Holm", not "Lokales Umland").
 */
export function isPlainPersonName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 3) return false;
  // "Bad Kreuzdorf", "Neustadt am See": a place, by its prefix or the ending of its last word
  if (PLACE_PREFIX.test(phrase) || PLACE_ENDING.test(words[words.length - 1]!)) return false;
  return words.every((w) => {
    const l = w.toLowerCase();
    return (
      NAME_WORD.test(w) &&
      !FUNCTION_WORDS.has(l) &&
      !PLACE_WORDS.has(l) &&
      !(l in MONTHS) &&
      !(l in WEEKDAYS) &&
      !NOUN_ENDINGS.some((e) => l.endsWith(e)) &&
      // adjectives and plurals of section names: "Lokales", "Neues", "Regionales"
      !/(?:es|isch|ische|ischen|ales)$/u.test(l)
    );
  });
}
