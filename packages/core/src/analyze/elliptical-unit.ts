import { MONTHS, PERIOD_NOUNS, WEEKDAYS } from '../lexicon/de/calendar.js';

type Found = { value: number; unit: string | null; subject?: string; index: number };

// the clause ends right after the number: a period, a comma, a dash set apart, a bracket, the sentence's end
const CLAUSE_END = /^\s*(?:[.,;:!?…)]|\s[–—-]\s|$)/u;
// "…, 55'663 ein Ja", "…, zuletzt etwa 900": the number opens a clause after a comma, maybe after a cue
const AFTER_COMMA =
  /,\s*(?:(?:zuletzt|damals|heute|nun|jetzt|nur|noch|bereits|schon|etwa|rund|knapp|fast|gut|über|mehr als|weniger als|bis zu)\s+)*$/u;
// what may stand between such a number and the clause's end: up to three words, none a finite "und"-clause
const SHORT_TAIL = /^\s*(?:[\p{L}'’-]+\s*){0,3}(?:[.,;!?…]|$)/u;

// "… waren es 310 gewesen", "… sind es heute 40 mehr": the count of "es", its noun the earlier figure's
const ES_COUNT =
  /(?<![\p{L}])(?:(?:waren|sind|seien|wären|werden|würden|dürften|könnten|sollen)\s+es|es\s+(?:waren|sind|seien|wären))\s+(?:\p{Ll}+\s+){0,2}$/u;
const NOUN_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]*)\.?\s*$/u;
const PERIODS = new Set(PERIOD_NOUNS);
// "im Herbst 455", "im Vorjahr 412", "im März 30": a period before the number, no label
const isPeriod = (word: string): boolean => {
  const w = word.toLowerCase();
  return PERIODS.has(w) || MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined;
};

/**
 * The unit of a number whose noun is left out because the sentence named it at an earlier figure ("49.500
 * Kubikmeter …, an einem normalen Tag seien es etwa 30.000", "71'412 Stimmen für Nein, 55'663 für Ja"): the
 * number ends its clause, or opens a short one after a comma; the unit is that of the last figure before it
 * in the sentence that has one. Null when the number is no such ellipsis.
 */
export function ellipticalUnit(
  prior: readonly Found[],
  before: string,
  after: string,
): { unit: string; subject?: string } | null {
  const last = prior.findLast((f) => f.unit !== null);
  if (!last?.unit) return null;
  // "in der Hauptstraße 12", "auf Gleis 3": a number right after a noun is that noun's label
  const noun = NOUN_BEFORE.exec(before);
  if (noun && !isPeriod(noun[1]!)) return null;
  if (
    !CLAUSE_END.test(after) &&
    !((AFTER_COMMA.test(before) || ES_COUNT.test(before.slice(-60))) && SHORT_TAIL.test(after))
  )
    return null;
  return { unit: last.unit, ...(last.subject ? { subject: last.subject } : {}) };
}
