import {
  DURATION_AGE_COMPARATIVES,
  DURATION_PREPOSITIONS,
  DURATION_RELATIVE_AFTER,
  DURATION_VERB_STEMS,
  DURATION_WINDOW_WORDS,
} from '../lexicon/de/durations.js';
import { APPROX_CUES } from '../lexicon/de/numerals.js';
import { DURATION_SINGULARS, DURATION_WORDS } from '../lexicon/de/units.js';

const DURATIONS = new Set(DURATION_WORDS);
const PREPOSITIONS = new Set(DURATION_PREPOSITIONS);
const RELATIVE_AFTER = new Set(DURATION_RELATIVE_AFTER);
const AGE_COMPARATIVES = new Set(DURATION_AGE_COMPARATIVES);
const WINDOWS = new Set(DURATION_WINDOW_WORDS);
const ONE_WORD_CUES = new Set(APPROX_CUES.filter((c) => !c.includes(' ')));
const TWO_WORD_CUES = new Set(APPROX_CUES.filter((c) => c.includes(' ')));
// (lower-case only: "Betrugs" is a noun, "betrug" the verb)
const VERB = new RegExp(`(?<![\\p{L}])(?:${DURATION_VERB_STEMS.join('|')})\\p{L}*`, 'u');

/**
 * The unit of a duration that a sentence states as a length ("nach X brauche ich 35 Minuten", "Verträge
 * sollen mindestens zwölf Monate laufen"): a verb of lasting or needing in the sentence, no preposition
 * before the number ("seit 20 Jahren"), no window ("in den vergangenen 24 Stunden"), no age ("älter als 55
 * Jahre") and no "später/zuvor" after it. Null for every other number.
 */
export function statedDuration(sentence: string, before: string, after: string): string | null {
  const next = /^\s*([\p{L}]+)(?:\s+([\p{L}]+))?/u.exec(after);
  const word = next?.[1]?.toLowerCase();
  if (!word || !DURATIONS.has(word)) return null;
  if (next?.[2] && RELATIVE_AFTER.has(next[2].toLowerCase())) return null;
  const words = before.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let k = words.length - 1;
  if (k >= 0 && ONE_WORD_CUES.has(words[k] as string)) k--;
  else if (k >= 1 && TWO_WORD_CUES.has(`${words[k - 1]} ${words[k]}`)) k -= 2;
  // "seit 20 Jahren", and a window of time: "in den vergangenen 24 Stunden"
  if (k >= 0 && (PREPOSITIONS.has(words[k] as string) || WINDOWS.has(words[k] as string))) return null;
  // "älter als 55 Jahre": an age compared, no length
  if (k >= 1 && words[k] === 'als' && AGE_COMPARATIVES.has(words[k - 1] as string)) return null;
  if (!VERB.test(sentence)) return null;
  const singular = DURATION_SINGULARS[word];
  if (singular) return singular;
  // "Minuten" → "Minute", "Sekunden" → "Sekunde", "Stunde", "Woche", "Monat", "Jahr"
  const base = word.endsWith('n') && /(?:ten|den|hen)$/u.test(word) ? word.slice(0, -1) : word;
  return base.charAt(0).toUpperCase() + base.slice(1);
}
