// only the German locale: the package's main entry loads every locale (~0.5 s of start-up)

import * as chrono from 'chrono-node/de';
import { MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN, WEEKDAYS } from '../lexicon/de/calendar.js';
import {
  MONTH_PARTS,
  NON_EVENT_BEFORE_TODAY,
  QUANTITY_WORDS,
  qualifierOffset,
  RELATIVE_DAYS,
  RELATIVE_QUALIFIER_PATTERN,
  SEASONS,
  YEAR_MARKERS,
  YEAR_PREPOSITIONS,
} from '../lexicon/de/relative-dates.js';
import {
  EN_MONTH_PATTERN,
  EN_MONTHS,
  EN_RELATIVE_QUALIFIERS,
  EN_WEEKDAY_PATTERN,
  EN_WEEKDAYS,
} from '../lexicon/en/calendar.js';
import { isSpaceCode } from '../text/is-space-code.js';
import { CHRONO_NAMED, CHRONO_NUMERIC, casualDayIn, chronoMayMatch } from './chrono-may-match.js';
import { isComparisonYear } from './comparison-year.js';
import {
  dateWordCues,
  EN_DAY_CUE,
  EN_MONTH_CUE,
  EN_PERIOD_CUE,
  MONTH_CUE,
  PERIOD_CUE,
  WEEKDAY_CUE,
  WEEKEND_CUE,
} from './date-word-cues.js';
import { englishAbbreviatedMonthDates } from './english-abbreviated-month-dates.js';
import { englishMonthDates } from './english-month-dates.js';
import { runStartBefore, runStartsAt } from './word-runs.js';

/** A date relative to the article's own date: it cannot be resolved without one. */
export type RelativeDate =
  | { unit: 'day' | 'week' | 'month' | 'year'; offset: number }
  /** "am Montag" (mode nearest: past or future by tense), "letzten Montag", "kommenden Montag", "Montag dieser Woche" */
  | { unit: 'weekday'; weekday: number; mode: 'nearest' | 'last' | 'next' | 'week'; weekOffset?: number }
  /** "am Wochenende" (offset null: past or future by tense), "vergangenes Wochenende", "kommendes Wochenende" */
  | { unit: 'weekend'; offset: -1 | 0 | 1 | null };

/** The calendar parts a date expression states; missing parts are resolved later from an anchor date. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** JavaScript day number (0 = Sunday) the text names for the date */
  weekday?: number;
  /** last day of a range */
  until?: { year?: number; month?: number; day?: number };
  /** "letzten August": the year before the anchor's */
  yearOffset?: number;
  relative?: RelativeDate;
}

/** A date expression found in a text, with its character offsets. */
export interface DateExpression extends DateParts {
  start: number;
  end: number;
  text: string;
}

// Letter-aware word boundaries: \b does not know umlauts.
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

/*
 * Cheap tests run before each rule's regex: every match of the rule contains what its test looks for (same
 * flags, so the same case folding), so a text without it has no match and skips the costly scan.
 */
const DIGIT = /\d/u;
const DIGIT_DOT = /\d\./u;
const DIGIT_DOT_DIGIT = /\d\.\d/u;
const ANY_YEAR = /(?:19|20)\d{2}/u;
/*
 * Case-insensitive tests of plain words ("woche", "week") read the text's date word cues instead (one scan,
 * date-word-cues.ts): with the iu flags, no character but the Kelvin sign folds to one of these ASCII
 * letters, and the cue lets it through.
 */
const ANY_EN_MONTH = new RegExp(EN_MONTH_PATTERN, 'u');

/** chrono needs a reference instant; only offsets from it are used, never its implied calendar values. */
const CHRONO_REFERENCE = new Date(2000, 0, 5, 12);
const CHRONO_REFERENCE_DAY = Date.UTC(2000, 0, 5);

const lower = (w: string | undefined): string => (w ?? '').toLowerCase();
const monthOf = (name: string): number | undefined => MONTHS[name.toLowerCase().replace(/\.$/u, '')];

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The width (1 or 2 code units) of the word character ([\p{L}\p{N}.]) ending at `end` after `lo`, or 0. */
function wordCharWidth(text: string, end: number, lo: number): number {
  const c = text.charCodeAt(end - 1);
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e
      ? 1
      : 0;
  }
  // a surrogate pair is one character, as the u flag reads it
  if (c >= 0xdc00 && c <= 0xdfff && end - 2 >= lo && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800)
    return WORD_CHAR.test(text.slice(end - 2, end)) ? 2 : 0;
  return WORD_CHAR.test(text[end - 1] as string) ? 1 : 0;
}

/**
 * The word that ends just before `index` (letters only), or ''. Same as the last (or `skip`-th last) match of
 * /[\p{L}\p{N}.]+/gu in the 80 characters before `index`, without its final dot; read backwards.
 */
function wordBefore(text: string, index: number, skip = 0): string {
  const lo = Math.max(0, index - 80);
  let end = index;
  for (let n = 0; ; n++) {
    while (end > lo && wordCharWidth(text, end, lo) === 0) end--;
    if (end <= lo) return '';
    let start = end;
    for (let w = wordCharWidth(text, start, lo); w > 0 && start > lo; w = wordCharWidth(text, start, lo))
      start -= w;
    if (n === skip) return text.endsWith('.', end) ? text.slice(start, end - 1) : text.slice(start, end);
    end = start;
  }
}

/** The token that starts just after `index` (a word or one punctuation mark), or ''. */
function tokenAfter(text: string, index: number): string {
  const m = /^\s*([\p{L}\p{N}]+|\S)/u.exec(text.slice(index));
  return m?.[1] ?? '';
}

/**
 * chrono's German casual parser (the same configuration as `chrono.de.casual`, from the German entry), except that the parsers which
 * rebuild their pattern on every call from constant parts (relative and casual time phrases) build it once.
 */
const GERMAN = createGermanChrono();

function createGermanChrono(): chrono.Chrono {
  const parser = new chrono.Chrono(chrono.createCasualConfiguration());
  for (const p of parser.parsers) {
    const cached = p as { innerPatternHasChange?: () => boolean };
    if (typeof cached.innerPatternHasChange === 'function') cached.innerPatternHasChange = () => false;
  }
  return parser;
}

/** Day-month dates, numeric dates, casual days and "vor drei Tagen", read by chrono's German parser behind filters. */
function chronoDates(text: string, cues: number, digits: boolean): DateExpression[] {
  const out: DateExpression[] = [];
  if (!chronoMayMatch(text, { casual: casualDayIn(text, cues), digits })) return out;
  for (const r of GERMAN.parse(text, CHRONO_REFERENCE)) {
    const s = r.start;
    const raw = r.text;
    const base = { start: r.index, end: r.index + raw.length, text: raw };
    const casual = /^(vorgestern|gestern|heute|morgen|übermorgen)/iu.exec(raw);
    if (casual) {
      const word = casual[1] as string;
      // "Morgen" capitalised mid-sentence is the noun (morning); "bis heute" is a state, not a day.
      if (word === 'Morgen' && r.index > 0) continue;
      if (
        lower(word) === 'heute' &&
        (NON_EVENT_BEFORE_TODAY as readonly string[]).includes(lower(wordBefore(text, r.index)))
      )
        continue;
      const offset = RELATIVE_DAYS[lower(word)];
      if (offset === undefined) continue;
      out.push({ ...base, end: r.index + word.length, text: word, relative: { unit: 'day', offset } });
      continue;
    }
    if (r.tags().has('result/relativeDate')) {
      // "vor drei Tagen", "vor zwei Monaten": an offset from the reference, at the unit's precision.
      const unit = /^(?:vor|in)\s.*?(Tag|Woche|Monat|Jahr)/iu.exec(raw)?.[1]?.toLowerCase();
      if (!unit) continue;
      const y = s.get('year') ?? 2000;
      const m = s.get('month') ?? 1;
      const d = s.get('day') ?? 5;
      if (unit === 'jahr') out.push({ ...base, relative: { unit: 'year', offset: y - 2000 } });
      else if (unit === 'monat')
        out.push({ ...base, relative: { unit: 'month', offset: (y - 2000) * 12 + m - 1 } });
      else
        out.push({
          ...base,
          relative: {
            unit: 'day',
            offset: Math.round((Date.UTC(y, m - 1, d) - CHRONO_REFERENCE_DAY) / 864e5),
          },
        });
      continue;
    }
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    const named = CHRONO_NAMED.test(raw);
    const numeric = CHRONO_NUMERIC.test(raw.replace(/^(?:am|den)\s+/iu, ''));
    if (!named && !numeric) continue;
    const expr: DateExpression = {
      ...base,
      month: s.get('month') ?? undefined,
      day: s.get('day') ?? undefined,
    };
    if (s.isCertain('year')) expr.year = s.get('year') ?? undefined;
    if (s.isCertain('weekday')) expr.weekday = s.get('weekday') ?? undefined;
    const e = r.end;
    if (e?.isCertain('day')) {
      expr.until = { day: e.get('day') ?? undefined, month: e.get('month') ?? undefined };
      if (e.isCertain('year')) expr.until.year = e.get('year') ?? undefined;
    }
    // Keep the time ("um 16:42 Uhr") out of the expression text.
    const cut = /\s+um\s+\d|,\s*\d{1,2}[:.]\d{2}/u.exec(raw);
    if (cut) {
      expr.end = r.index + cut.index;
      expr.text = raw.slice(0, cut.index);
    }
    out.push(expr);
  }
  return out;
}

/** Short numeric dates without a year ("am 24.10."), which chrono does not read. */
function numericDayMonth(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  if (!DIGIT_DOT_DIGIT.test(text)) return out;
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(?![\d])/gu)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], day, month });
  }
  return out;
}

const DAY_RANGE = new RegExp(
  `${L}(?:zwischen\\s+dem|vom|von|am|den)\\s+(\\d{1,2})\\.(?:\\s*(${MONTH_PATTERN}))?\\s*(?:und(?:\\s+dem)?|bis(?:\\s+(?:zum|am))?|[-–])\\s*(\\d{1,2})\\.\\s*(${MONTH_PATTERN})(?:\\s+(\\d{4}))?${R}`,
  'giu',
);

// The end of every DAY_RANGE match ("bis 5. Mai"), as a test without the lookbehind and the lead words
// (same flags): most paragraphs with a day date name no range.
const DAY_RANGE_END = new RegExp(
  `(?:und(?:\\s+dem)?|bis(?:\\s+(?:zum|am))?|[-–])\\s*\\d{1,2}\\.\\s*(?:${MONTH_PATTERN})`,
  'iu',
);

/** "zwischen dem 8. und 13. Oktober", "vom 2. bis 5. Mai 2023", "zwischen dem 30. April und dem 2. Mai". */
function dayRanges(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  if (!DIGIT_DOT.test(text) || !DAY_RANGE_END.test(text)) return out;
  for (const m of text.matchAll(DAY_RANGE)) {
    const untilMonth = monthOf(m[4] as string);
    const month = m[2] ? monthOf(m[2]) : untilMonth;
    const day = Number(m[1]);
    const untilDay = Number(m[3]);
    if (!month || !untilMonth || day > 31 || untilDay > 31) continue;
    const year = m[5] ? Number(m[5]) : undefined;
    const expr: DateExpression = { start: m.index, end: m.index + m[0].length, text: m[0], month, day };
    expr.until = { month: untilMonth, day: untilDay };
    if (year) {
      expr.until.year = year;
      expr.year = month > untilMonth ? year - 1 : year;
    }
    out.push(expr);
  }
  return out;
}

const MONTH_LEAD = new Set([
  'im',
  'in',
  'seit',
  'bis',
  'ab',
  'vom',
  'von',
  'zum',
  'monat',
  'des',
  'diesen',
  'dieses',
  'diesem',
  'und',
  'oder',
  'zwischen',
]);

// MONTH_NAME without its lookbehind `${L}`, tried only at run starts (see matchesAtAnchors)
const MONTH_AT = new RegExp(`(${MONTH_PATTERN})${R}(?:\\s+(\\d{4})${R})?`, 'uy');
/** Every occurrence of a month name: a match of MONTH_AT starts with one (names never overlap). */
const MONTH_ANCHOR = new RegExp(MONTH_PATTERN, 'gu');

/** The matches of `${L}` + MONTH_AT (flag g) in a text, in order. */
export function monthMatches(text: string): RegExpExecArray[] {
  return matchesAtAnchors(text, MONTH_AT, MONTH_ANCHOR, false);
}
const QUALIFIER_START = new RegExp(`^(?:${RELATIVE_QUALIFIER_PATTERN})`, 'iu');

/** "im Februar 2022", "seit August", "Anfang August", "seit letztem August", "(Juni 2024)". */
function months(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const m of monthMatches(text)) {
    // A day before the month belongs to a day-month date.
    if (/\d\.\s*$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const month = monthOf(m[1] as string) as number;
    const year = m[2] ? Number(m[2]) : undefined;
    let start = m.index;
    let prev = wordBefore(text, m.index);
    const expr: DateExpression = { start, end: m.index + m[0].length, text: '', month };
    if (year) expr.year = year;
    const offset = qualifierOffset(prev);
    if (offset !== undefined && QUALIFIER_START.test(prev)) {
      if (!year) expr.yearOffset = offset;
      start = text.lastIndexOf(prev, m.index);
      prev = wordBefore(text, start);
    }
    const part = (MONTH_PARTS as readonly string[]).includes(prev);
    if (part) start = text.lastIndexOf(prev, start);
    // Without a year, a bare month name may be a first name ("August"); it needs a date word before it.
    if (!year && !part && expr.yearOffset === undefined && !MONTH_LEAD.has(lower(prev))) continue;
    expr.start = start;
    expr.text = text.slice(start, expr.end);
    out.push(expr);
  }
  return out;
}

const TIME_UNIT_AFTER =
  /^(?:Jahre|Jahren|Tage|Tagen|Monate|Monaten|Wochen|Stunden|Uhr|Euro|Dollar|Prozent|Mal)$/u;

const MONTH_WORD = new RegExp(`^(?:${MONTH_PATTERN})$`, 'u');

/** A year that dates something: "im Jahr 2022", "seit 2014", "Ende 2022", "fand 2022 … statt"; never a count. */
function bareYears(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  if (!ANY_YEAR.test(text)) return out;
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}.,/\-–])(19\d{2}|20\d{2})(?![\p{L}\p{N}]|[.,]\d|\/\d|[-–]\d{2}(?!\d)|\s?%)/gu,
  )) {
    const year = Number(m[1]);
    const prev = wordBefore(text, m.index);
    const next = tokenAfter(text, m.index + 4);
    if (TIME_UNIT_AFTER.test(next)) continue;
    if (isComparisonYear(text, m.index)) continue;
    // Months and day dates are handled elsewhere.
    if (MONTH_WORD.test(prev)) continue;
    const marked =
      (YEAR_MARKERS as readonly string[]).includes(prev) || (SEASONS as readonly string[]).includes(prev);
    const quantity = (QUANTITY_WORDS as readonly string[]).includes(lower(prev)) || /\d/u.test(prev);
    const nounAfter = /^\p{Lu}/u.test(next);
    const lowerPrev = /^\p{Ll}/u.test(prev) || (YEAR_PREPOSITIONS as readonly string[]).includes(lower(prev));
    if (!marked && (quantity || nounAfter || !lowerPrev)) continue;
    if (!marked && next !== '' && !/^(?:\p{Ll}|[.,;:)!?–-])/u.test(next)) continue;
    let start = m.index;
    if (['Jahr', 'Jahre', 'Jahres'].includes(prev)) {
      const lead = /(?:im|des|dem)\s+Jahre?s?\s+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
      if (lead) start = m.index - lead[0].length;
    } else if (marked && prev !== 'seit') start = text.lastIndexOf(prev, m.index);
    out.push({ start, end: m.index + 4, text: text.slice(start, m.index + 4), year });
  }
  return out;
}

const WEEK_SUFFIX = `(?:\\s+(${RELATIVE_QUALIFIER_PATTERN})\\p{L}*\\s+Woche${R})?`;
// 'zu': "in der Nacht zu Freitag"
const WEEKDAY_LEAD = new Set(['am', 'an', 'ab', 'seit', 'bis', 'vom', 'von', 'zum', 'zu', 'für', 'den']);
// "zwischen Donnerstag und Samstag"
WEEKDAY_LEAD.add('zwischen');

// WEEKDAY_EXPR without its lookbehind `${L}`, tried (sticky) only where a run of letters and digits starts,
// which is where the lookbehind lets a match start
const WEEKDAY_AT = new RegExp(
  `(?:(${RELATIVE_QUALIFIER_PATTERN})\\p{L}*\\s+)?(${WEEKDAY_PATTERN})(?:abend|morgen|vormittag|mittag|nachmittag|nacht)?${R}${WEEK_SUFFIX}`,
  'uy',
);
/**
 * Every occurrence of a weekday name (the names never overlap: each starts with its only capital): a match of
 * WEEKDAY_AT starts with one, or with the qualifier run right before one.
 */
const WEEKDAY_ANCHOR = new RegExp(WEEKDAY_PATTERN, 'gu');

/**
 * The matches of `${L}` + a sticky pattern (as with flag g) in a text, in order. The lookbehind lets a match
 * start only where a run of letters and digits starts, and every match starts with an occurrence of `anchor`
 * (flag g) or, when `lead` is set, with the run that ends right before the white space before one (the
 * qualifier of "letzten Montag"); only those run starts are tried, in order, as a scan of every run start would.
 */
function matchesAtAnchors(text: string, sticky: RegExp, anchor: RegExp, lead: boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const starts: number[] = [];
  anchor.lastIndex = 0;
  for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
    const at = a.index;
    if (lead) {
      let end = at;
      while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
      const start = end < at ? runStartBefore(text, end, 'LN') : -1;
      if (start >= 0) starts.push(start);
    }
    if (runStartsAt(text, at, 'LN')) starts.push(at);
  }
  if (!starts.length) return out;
  starts.sort((a, b) => a - b);
  let from = 0;
  let last = -1;
  for (const start of starts) {
    if (start === last || start < from) continue;
    last = start;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      from = start + m[0].length;
    }
  }
  return out;
}

/** The matches of `${L}` + WEEKDAY_AT (flag g) in a text, in order, without trying every position. */
export function weekdayMatches(text: string): RegExpExecArray[] {
  return matchesAtAnchors(text, WEEKDAY_AT, WEEKDAY_ANCHOR, true);
}

/** The text up to its first whitespace, as `text.split(/\s/u)[0]` gives it without splitting the rest. */
function firstToken(text: string): string {
  const at = text.search(/\s/u);
  return at < 0 ? text : text.slice(0, at);
}

/** "am Montag", "kommenden Dienstag", "letzten Freitag", "Dienstag dieser Woche", "am Montagabend". */
function weekdays(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const m of weekdayMatches(text)) {
    const weekday = WEEKDAYS[lower(m[2])] as number;
    const prefix = m[1] ? qualifierOffset(firstToken(text.slice(m.index))) : undefined;
    const suffix = m[3] ? qualifierOffset(m[0].split(/\s+/u).slice(-2)[0] as string) : undefined;
    const prev = lower(wordBefore(text, m.index));
    // A weekday with no date word around it is too often a name or a habit ("jeden Montag").
    if (prefix === undefined && suffix === undefined && !WEEKDAY_LEAD.has(prev)) continue;
    let start = m.index;
    if (prefix === undefined && WEEKDAY_LEAD.has(prev))
      start = text.lastIndexOf(prev, m.index) >= 0 ? m.index - prev.length - 1 : start;
    const relative: RelativeDate =
      suffix !== undefined
        ? { unit: 'weekday', weekday, mode: 'week', weekOffset: suffix }
        : prefix === -1
          ? { unit: 'weekday', weekday, mode: 'last' }
          : prefix === 1
            ? { unit: 'weekday', weekday, mode: 'next' }
            : prefix === 0
              ? { unit: 'weekday', weekday, mode: 'week', weekOffset: 0 }
              : { unit: 'weekday', weekday, mode: 'nearest' };
    out.push({
      start,
      end: m.index + m[0].length,
      text: text.slice(start, m.index + m[0].length),
      weekday,
      relative,
    });
  }
  return out;
}

const RELATIVE_PERIOD = new RegExp(
  `${L}(?:(?:in\\s+der|im|in)\\s+)?((?:${RELATIVE_QUALIFIER_PATTERN})\\p{L}*)\\s+(Woche|Monat|Monats|Jahr|Jahres)${R}`,
  'giu',
);

// The part of RELATIVE_PERIOD every match holds, without the lookbehind and the optional lead that make
// the full pattern slow to try at every position.
const ANY_RELATIVE_PERIOD = new RegExp(
  `(?:${RELATIVE_QUALIFIER_PATTERN})\\p{L}*\\s+(?:Woche|Monat|Jahr)`,
  'iu',
);

/** "vergangene Woche", "letzten Monat", "im vergangenen Jahr", "kommende Woche". */
function relativePeriods(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  if (!ANY_RELATIVE_PERIOD.test(text)) return out;
  for (const m of text.matchAll(RELATIVE_PERIOD)) {
    const offset = qualifierOffset(m[1] as string);
    if (offset === undefined) continue;
    const noun = lower(m[2]);
    const unit = noun === 'woche' ? 'week' : noun.startsWith('monat') ? 'month' : 'year';
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], relative: { unit, offset } });
  }
  return out;
}

const WEEKEND = new RegExp(
  `${L}(?:(am|an\\s+diesem|übers?)\\s+)?(?:((?:${RELATIVE_QUALIFIER_PATTERN})\\p{L}*)\\s+)?Wochenende${R}`,
  'giu',
);

/** "am Wochenende", "am vergangenen Wochenende", "kommendes Wochenende". */
function weekends(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const m of text.matchAll(WEEKEND)) {
    const offset = m[2] ? qualifierOffset(m[2]) : undefined;
    if (offset === undefined && !m[1]) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      relative: { unit: 'weekend', offset: offset ?? null },
    });
  }
  return out;
}

const EN_QUALIFIER = Object.keys(EN_RELATIVE_QUALIFIERS).join('|');
// Compiled once; matchAll copies a global regex, so sharing them between calls is safe.
const EN_MONTH_FIRST = new RegExp(
  `${L}(${EN_MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${R}`,
  'gu',
);
const EN_DAY_FIRST = new RegExp(
  `${L}(\\d{1,2})(?:st|nd|rd|th)?\\s+(${EN_MONTH_PATTERN})(?:\\s+(\\d{4}))?${R}`,
  'gu',
);
// What every match of EN_MONTH_FIRST and of EN_DAY_FIRST holds, without the lookbehind that makes the full
// patterns slow to try at every position (same flags): German dates ("im August 2024", "am 3. April") pass
// the month test the rules had, and seldom these.
const EN_MONTH_FIRST_CUE = new RegExp(`(?:${EN_MONTH_PATTERN})\\s+\\d`, 'u');
const EN_DAY_FIRST_CUE = new RegExp(`\\d(?:st|nd|rd|th)?\\s+(?:${EN_MONTH_PATTERN})`, 'u');
// "in March 2026", "by June 2027", "between May 2019 and …": a month and year after an English preposition
// (German says "im März")
const EN_MONTH_YEAR = new RegExp(
  `${L}(?:in|from|until|by|since|through|before|after|between|and|to)\\s+(${EN_MONTH_PATTERN})\\s+(\\d{4})${R}`,
  'giu',
);
const EN_PERIOD = new RegExp(`${L}(${EN_QUALIFIER})\\s+(week|month|year)${R}`, 'giu');
const EN_WEEKDAY = new RegExp(`${L}(on|last|next|this|coming)\\s+(${EN_WEEKDAY_PATTERN})${R}`, 'giu');
// "a review published Monday", "the company said Tuesday": wire style, a weekday right after the verb
const EN_VERB_WEEKDAY = new RegExp(
  `${L}(?:\\p{Ll}{2,}ed|said|told|met|began|held|rose|fell|took|gave|made|sold|spoke|wrote|won|lost|left)\\s+(${EN_WEEKDAY_PATTERN})${R}`,
  'gu',
);

const EN_DAYPART_CUE = /day (?:night|morning|afternoon|evening)/u;
const EN_WEEKDAY_DAYPART = new RegExp(
  `${L}(${EN_WEEKDAY_PATTERN})\\s+(?:night|morning|afternoon|evening)${R}`,
  'gu',
);
/** English dates in articles written in English: "January 1, 2026", "1 January 2026", "last week", "on Monday". */
function englishDates(text: string, cues: number, digits: boolean): DateExpression[] {
  const out: DateExpression[] = [];
  const push = (m: RegExpMatchArray, parts: DateParts) =>
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], ...parts });
  // an English month name holds the cue word (in any case)
  const monthDates = digits && (cues & EN_MONTH_CUE) !== 0 && ANY_EN_MONTH.test(text);
  if (monthDates) {
    if (EN_MONTH_FIRST_CUE.test(text))
      for (const m of text.matchAll(EN_MONTH_FIRST)) {
        const day = Number(m[2]);
        if (day < 1 || day > 31) continue;
        push(m, { month: EN_MONTHS[lower(m[1])]!, day, ...(m[3] ? { year: Number(m[3]) } : {}) });
      }
    if (EN_DAY_FIRST_CUE.test(text))
      for (const m of text.matchAll(EN_DAY_FIRST)) {
        const day = Number(m[1]);
        if (day < 1 || day > 31) continue;
        push(m, { month: EN_MONTHS[lower(m[2])]!, day, ...(m[3] ? { year: Number(m[3]) } : {}) });
      }
    for (const m of text.matchAll(EN_MONTH_YEAR)) {
      const month = EN_MONTHS[lower(m[1])];
      if (month === undefined) continue;
      // the expression is the month and year, without the preposition
      const from = text.indexOf(m[1]!, m.index);
      const end = m.index! + m[0].length;
      out.push({ start: from, end, text: text.slice(from, end), month, year: Number(m[2]) });
    }
  }
  if (cues & EN_PERIOD_CUE)
    for (const m of text.matchAll(EN_PERIOD)) {
      const offset = EN_RELATIVE_QUALIFIERS[lower(m[1])]!;
      push(m, { relative: { unit: lower(m[2]) as 'week' | 'month' | 'year', offset } });
    }
  // every English weekday name ends in "day"
  if (cues & EN_DAY_CUE)
    for (const m of text.matchAll(EN_WEEKDAY)) {
      const day = EN_WEEKDAYS[lower(m[2])]!;
      const q = lower(m[1]);
      const mode = q === 'last' ? 'last' : q === 'next' || q === 'coming' ? 'next' : 'nearest';
      push(m, { weekday: day, relative: { unit: 'weekday', weekday: day, mode } });
    }
  // "voted 5-2 Tuesday night": a weekday with its part of the day is a date wherever it stands
  if (cues & EN_DAY_CUE && EN_DAYPART_CUE.test(text))
    for (const m of text.matchAll(EN_WEEKDAY_DAYPART)) {
      const day = EN_WEEKDAYS[lower(m[1])]!;
      out.push({
        start: m.index!,
        end: m.index! + m[1]!.length,
        text: m[1]!,
        weekday: day,
        relative: { unit: 'weekday', weekday: day, mode: 'nearest' },
      });
    }
  if (cues & EN_DAY_CUE)
    for (const m of text.matchAll(EN_VERB_WEEKDAY)) {
      const day = EN_WEEKDAYS[lower(m[1])]!;
      // the expression is the weekday, without the verb
      const start = m.index! + m[0].length - m[1]!.length;
      out.push({
        start,
        end: start + m[1]!.length,
        text: m[1]!,
        weekday: day,
        relative: { unit: 'weekday', weekday: day, mode: 'nearest' },
      });
    }
  return out;
}

/** Drops expressions that overlap a longer one, then orders them by position. */
function dropOverlaps(exprs: DateExpression[]): DateExpression[] {
  const kept: DateExpression[] = [];
  const byLength = [...exprs].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const e of byLength) if (!kept.some((k) => e.start < k.end && k.start < e.end)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}

/** Joins a weekday to the date right after it ("am Donnerstag (24. Oktober)", "Freitag, den 3. Mai"). */
function attachWeekdays(exprs: DateExpression[], text: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (let i = 0; i < exprs.length; i++) {
    const e = exprs[i] as DateExpression;
    const next = exprs[i + 1];
    if (
      e.relative?.unit === 'weekday' &&
      e.relative.mode === 'nearest' &&
      next?.day !== undefined &&
      next.relative === undefined
    ) {
      const gap = text.slice(e.end, next.start);
      if (/^\s*[,(]?\s*(?:de[nm]\s+)?$/u.test(gap)) {
        const end = /^\s*\)/u.test(text.slice(next.end))
          ? next.end + (/^\s*\)/u.exec(text.slice(next.end)) as RegExpExecArray)[0].length
          : next.end;
        out.push({
          ...next,
          start: e.start,
          end,
          text: text.slice(e.start, end),
          weekday: e.relative.weekday,
        });
        i++;
        continue;
      }
    }
    out.push(e);
  }
  return out;
}

/** Finds the date expressions in a German text: absolute (possibly without year), ranges and relative ones. */
export function parseDateExpressions(text: string): DateExpression[] {
  // One scan for the date words and one for a digit decide which rules can match at all: most paragraphs
  // name no date, and each rule's own test would read the whole text again. The rules run in the same
  // order as ever (dropOverlaps keeps the first of two equal expressions).
  const cues = dateWordCues(text);
  const digits = DIGIT.test(text);
  const found: DateExpression[] = [];
  // day ranges, numeric dates and years all hold a digit
  if (digits) pushAll(found, dayRanges(text));
  pushAll(found, chronoDates(text, cues, digits));
  if (digits) pushAll(found, numericDayMonth(text));
  if (cues & MONTH_CUE) pushAll(found, months(text));
  if (digits) pushAll(found, bareYears(text));
  if (cues & WEEKDAY_CUE) pushAll(found, weekdays(text));
  if (cues & PERIOD_CUE) pushAll(found, relativePeriods(text));
  if (cues & WEEKEND_CUE) pushAll(found, weekends(text));
  pushAll(found, englishDates(text, cues, digits));
  if (digits) pushAll(found, englishAbbreviatedMonthDates(text));
  // (englishMonthDates finds nothing in a text without an English month name)
  if (cues & EN_MONTH_CUE) pushAll(found, englishMonthDates(text));
  if (!found.length) return found;
  return attachWeekdays(dropOverlaps(found), text);
}

function pushAll(to: DateExpression[], from: readonly DateExpression[]): void {
  for (const e of from) to.push(e);
}
