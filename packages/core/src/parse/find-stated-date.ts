import { MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN } from '../lexicon/de/calendar.js';
import { EN_MONTH_PATTERN, EN_MONTHS, EN_WEEKDAY_PATTERN } from '../lexicon/en/calendar.js';
import type { IsoDate } from '../schema.js';
import { countSpaceSplit } from './collapse-spaces.js';

// one date in the forms news pages print: 1.11.2024, 01.11.24, 1. November 2024, 2024-11-01, November 1, 2024
// English month names as wire styles shorten them ("Nov. 19, 2026", "Sept. 3, 2025")
const EN_MONTH_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DATE = `(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})(?!\\d)|\\d{1,2}\\.?\\s+(?:${MONTH_PATTERN}|${EN_MONTH_PATTERN})\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|(?:${EN_MONTH_PATTERN}|(?:${EN_MONTH_SHORT})\\.?)\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
const TIME =
  '(?:,|\\s|-|–|·|•|\\||um)*\\d{1,2}[:.]\\d{2}(?:\\s*(?:Uhr|h|am|pm|AM|PM|MEZ|MESZ|CET|CEST|UTC|GMT))?';
const WEEKDAY = `(?:(?:${WEEKDAY_PATTERN}|${EN_WEEKDAY_PATTERN}|(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?),?\\s+(?:(?:den|der|the)\\s+)?)`;
const PUBLISHED = '(?:ver[öo]ffentlicht|erstellt|erschienen|publiziert|datum|published|posted|date)';
const UPDATED = '(?:stand|aktualisiert|zuletzt aktualisiert|update|updated|last updated|ge[äa]ndert)';
const LABEL = `(?:${PUBLISHED}|${UPDATED})`;

const DATE_LINE = new RegExp(
  `^(?:${LABEL}\\s*(?:am|on|:)?\\s*:?\\s*)?${WEEKDAY}?(${DATE})(?:${TIME})?\\s*(?:Uhr)?\\.?$`,
  'iu',
);
const PUBLISHED_AT = new RegExp(`\\b${PUBLISHED}\\s*(?:am|on|:)?\\s*:?\\s*${WEEKDAY}?(${DATE})`, 'iu');
const UPDATED_AT = new RegExp(`\\b${UPDATED}\\s*(?:am|on|:)?\\s*:?\\s*${WEEKDAY}?(${DATE})`, 'iu');
const DATE_WITH_TIME = new RegExp(`(${DATE})${TIME}`, 'iu');

/** Turns one date as printed ("1.11.2024", "3. März 2024", "2024-03-03") into an ISO date, or null. */
export function toIsoDate(text: string): IsoDate | null {
  const ymd = readDate(text.trim());
  if (!ymd) return null;
  const [y, m, d] = ymd;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Year, month and day of one printed date, unchecked.
function readDate(t: string): [number, number, number] | null {
  const numeric = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})$/.exec(t);
  if (numeric) {
    const y = Number(numeric[3]);
    return [numeric[3]!.length === 2 ? y + 2000 : y, Number(numeric[2]), Number(numeric[1])];
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const dayFirst = /^(\d{1,2})\.?\s+(\p{L}+)\s+(\d{4})$/u.exec(t);
  if (dayFirst) return [Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1])];
  const monthFirst = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(t);
  if (monthFirst) return [Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2])];
  return null;
}

function monthNumber(name: string): number {
  const k = name.toLowerCase();
  return MONTHS[k] ?? EN_MONTHS[k] ?? EN_SHORT_MONTHS[k] ?? 0;
}

// "nov" → 11, "sept" → 9: the short forms of EN_MONTH_SHORT
const EN_SHORT_MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  EN_MONTH_SHORT.toLowerCase()
    .split('|')
    .map((a) => [a, Object.entries(EN_MONTHS).find(([name]) => name.startsWith(a.slice(0, 3)))![1]]),
);

/** True when a line states nothing but a date (with an optional label, weekday and time). */
export function isDateLine(line: string): boolean {
  const m = DATE_LINE.exec(line.trim());
  return m !== null && toIsoDate(m[1]!) !== null;
}

/** True when a line holds a date with a time of day, as page datelines do ("03.03.2024, 14.20 Uhr • …"). */
export function hasDateWithTime(line: string): boolean {
  const m = DATE_WITH_TIME.exec(line);
  return m !== null && toIsoDate(m[1]!) !== null;
}

/**
 * Finds the publication date a page states, or null: "Veröffentlicht am …" first, then a line that is only
 * a date, then "Stand:/aktualisiert am …", then a short dateline with a time. Dates of events in running
 * text are never taken.
 */
export function findStatedDate(lines: readonly string[]): IsoDate | null {
  // each line trimmed and its words counted once for all four tries
  const trimmed = lines.map((raw) => raw.trim());
  // the tries compare the count with at most 15: a line's words are counted up to 16
  const words = trimmed.map((line) => countSpaceSplit(line, 15));
  const tries: ((line: string, n: number) => string | undefined)[] = [
    (l, n) => (n <= 15 ? PUBLISHED_AT.exec(l)?.[1] : undefined),
    (l) => DATE_LINE.exec(l)?.[1],
    (l, n) => (n <= 15 ? UPDATED_AT.exec(l)?.[1] : undefined),
    (l, n) => (n <= 12 ? DATE_WITH_TIME.exec(l)?.[1] : undefined),
    // "Freitag, 20. November 2026 | Das Interview führte X": a date standing as one part of a short meta line
    (l, n) => (n <= 15 ? datePart(l) : undefined),
    // "Bergdorf, 04.02.2025 | Von X", "Springfield, Ill. — March 3, 2026": a place before the date
    (l, n) => (n <= 15 ? placeDate(l) : undefined),
  ];
  for (const get of tries) {
    for (let k = 0; k < trimmed.length; k++) {
      const found = get(trimmed[k]!, words[k]!);
      const iso = found ? toIsoDate(found) : null;
      if (iso) return iso;
    }
  }
  return null;
}

// "Place, " or "Place, Abbr. — " before a date that closes its part of the line: a dateline's place
const PLACE_DATE = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}(?:,\\s*\\p{Lu}[\\p{L}.]{0,5}\\.)?\\s*(?:,|\\s[–—-])\\s*${WEEKDAY}?(${DATE})(?:${TIME})?\\s*(?:Uhr)?\\.?$`,
  'u',
);

// The date of a dateline part that names the place first ("Bergdorf, 04.02.2025"), or undefined.
function placeDate(line: string): string | undefined {
  // every date form holds a digit after the place's comma or dash: a cheap check before the regex
  if (!/[,–—-]/.test(line)) return undefined;
  for (const part of line.split(/\s+[|•·]\s+/)) {
    const m = PLACE_DATE.exec(part.trim());
    if (m) return m[1];
  }
  return undefined;
}

// The date of a short line split by "|", "•" or "·" whose one part is nothing but a date, or undefined.
function datePart(line: string): string | undefined {
  if (!/[|•·]/.test(line)) return undefined;
  for (const part of line.split(/\s+[|•·]\s+/)) {
    const m = DATE_LINE.exec(part.trim());
    if (m) return m[1];
  }
  return undefined;
}
