import { DURATION_PENALTY_NOUNS, DURATION_SPAN_NOUNS } from '../lexicon/de/durations.js';
import { APPROX_CUES } from '../lexicon/de/numerals.js';
import { DURATION_SINGULARS, DURATION_WORDS } from '../lexicon/de/units.js';
import { EN_DURATION_PENALTY_AFTER, EN_DURATION_SPAN_NOUNS } from '../lexicon/en/durations.js';

const DURATIONS = new Set(DURATION_WORDS);
const PENALTIES = new Set(DURATION_PENALTY_NOUNS);
const SPANS = new Set(DURATION_SPAN_NOUNS);
const EN_SPANS = new Set(EN_DURATION_SPAN_NOUNS);
const CUES = APPROX_CUES.filter((c) => !c.endsWith('.'))
  .map((c) => c.replace(/\s+/gu, '\\s+'))
  .join('|');
// "von bisher 112 auf …": the number opens a change, maybe after an adverb
const CHANGE_FROM = /\bvon\s+(?:\p{Ll}+\s+)?$/u;
const CHANGE_TO = /^\s*auf\s+(?:\p{Ll}+\s+)?\d/u;
// "… von bisher 112 auf 41": the number closes a change
const CHANGE_CLOSE = /\bvon\s+(?:\p{Ll}+\s+)?\d[\d.,'’]*\s+auf\s+(?:\p{Ll}+\s+)?$/u;
// "seit mehr als sechzig Jahren": a span measured with a cue, not the bare adverbial "seit 20 Jahren"
const SINCE_MEASURED = new RegExp(`\\bseit\\s+(?:${CUES})\\s+$`, 'iu');
// "ein Zeitraum von 36 Stunden", "eine Laufzeit von zehn Jahren"
const SPAN_OF = /(?<![\p{L}])(\p{L}+)\s+(?:von|über)\s+(?:(?:\p{Ll}+\s+){0,2})$/u;
const WORD_AFTER = /^\s*([\p{L}]+)(?:\s+und\s+\S+\s+\S+)?\s+([\p{L}]+)/u;

/**
 * The unit of a German duration that is a figure by its shape (the singular time word): a penalty ("sechs
 * Jahre Haft"), a change ("die Fahrzeit von bisher 112 auf 41 Minuten"), a span measured with a cue ("seit
 * mehr als sechzig Jahren") or named as one ("ein Zeitraum von 36 Stunden"). `before` is the text up to the
 * number, `after` the text right after it, `unitText` the text from the time word on. Null for other numbers.
 */
export function durationFigure(before: string, after: string, unitText: string): string | null {
  const word = /^\s*([\p{L}]+)/u.exec(unitText)?.[1]?.toLowerCase();
  if (!word || !DURATIONS.has(word)) return null;
  const next = WORD_AFTER.exec(unitText)?.[2]?.toLowerCase();
  const figure =
    (next !== undefined && PENALTIES.has(next)) ||
    (CHANGE_FROM.test(before) && CHANGE_TO.test(after)) ||
    CHANGE_CLOSE.test(before) ||
    SINCE_MEASURED.test(before) ||
    SPANS.has(SPAN_OF.exec(before)?.[1]?.toLowerCase() ?? '');
  return figure ? toSingular(word) : null;
}

// "Minuten" → "Minute", "Jahren" → "Jahr", "Jahrzehnte" → "Jahrzehnt"
function toSingular(word: string): string {
  const singular = DURATION_SINGULARS[word];
  if (singular) return singular;
  const base = /^jahrzehnte?n?$/u.test(word)
    ? 'jahrzehnt'
    : /(?:ten|den|hen)$/u.test(word)
      ? word.slice(0, -1)
      : word;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

// "a period of 36 hours", "a total of 12 days"
const EN_SPAN_OF =
  /\b(?:a|an|the)\s+(?:\p{L}+\s+)?(\p{L}+)\s+of\s+(?:(?:about|around|some|nearly|almost|more than|over|up to)\s+)?$/iu;
// "from 112 to 41 minutes": the number that closes a change
const EN_CHANGE_CLOSE = /\bfrom\s+\d[\d,.]*\s+to\s+$/iu;

// "report back within 100 days": a deadline set as a length (not "within the past 24 hours", a window)
const EN_WITHIN = /\bwithin\s+(?:about\s+|around\s+)?$/iu;

/**
 * The unit of an English duration that is a figure by its shape ("a period of 36 hours", "from 112 to 41
 * minutes", "six years in prison"): the singular time word ("hour"), or null.
 */
export function englishDurationFigure(before: string, after: string, word: string): string | null {
  const w = word.toLowerCase();
  const rest = after.toLowerCase().replace(/^\s*[\p{L}]+\s*/u, '');
  const figure =
    EN_SPANS.has(EN_SPAN_OF.exec(before)?.[1]?.toLowerCase() ?? '') ||
    EN_CHANGE_CLOSE.test(before) ||
    EN_DURATION_PENALTY_AFTER.some((p) => rest.startsWith(p)) ||
    EN_WITHIN.test(before);
  if (!figure) return null;
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
