import type { DateParts } from './parse-dates.js';

/** The date relative dates are counted from: the article's date, or what the corpus suggests. */
export interface Anchor {
  year: number;
  month?: number;
  day?: number;
}

/** A resolved date at the precision the text gives. */
export interface ResolvedDate {
  date: string;
  until?: string;
}

/** Options of the resolution. */
export interface ResolveOptions {
  /** the sentence speaks of the future: an undated day or month is the next one */
  future?: boolean;
  /** years that are plausible in this corpus, tried when a named weekday does not fit */
  years?: readonly number[];
}

const DAY = 864e5;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Formats a year, month and day at the precision given. */
export function toIso(year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year).padStart(4, '0');
  if (day === undefined) return `${String(year).padStart(4, '0')}-${pad(month)}`;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** Parses an ISO date of any precision ("2024", "2024-06", "2024-10-24T…") into an anchor. */
export function toAnchor(iso: string | null | undefined): Anchor | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(iso ?? '');
  if (!m) return null;
  const anchor: Anchor = { year: Number(m[1]) };
  if (m[2]) anchor.month = Number(m[2]);
  if (m[3]) anchor.day = Number(m[3]);
  return anchor;
}

function fromDays(days: number): string {
  const d = new Date(days * DAY);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY;
const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const validDay = (y: number, m: number, d: number): boolean =>
  new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;

/** The last Saturday strictly before the day (a Sunday counts as the end of that weekend). */
function lastSaturday(day: number): number {
  const wd = new Date(day * DAY).getUTCDay();
  return wd === 0 ? day - 1 : day - ((wd + 1) % 7 || 7);
}

/** Resolves a date relative to the anchor day (week ranges run Monday to Sunday). */
function resolveRelative(rel: NonNullable<DateParts['relative']>, anchor: Anchor): ResolvedDate | null {
  if (rel.unit === 'year') return { date: toIso(anchor.year + rel.offset) };
  if (anchor.month === undefined) return null;
  if (rel.unit === 'month') {
    const total = anchor.year * 12 + anchor.month - 1 + rel.offset;
    return { date: toIso(Math.floor(total / 12), (total % 12) + 1) };
  }
  if (anchor.day === undefined) return null;
  const today = dayNumber(anchor.year, anchor.month, anchor.day);
  const monday = today - ((weekdayOf(anchor.year, anchor.month, anchor.day) + 6) % 7);
  if (rel.unit === 'day') return { date: fromDays(today + rel.offset) };
  if (rel.unit === 'week') {
    const start = monday + 7 * rel.offset;
    return { date: fromDays(start), until: fromDays(start + 6) };
  }
  if (rel.unit === 'weekend' && rel.offset !== null) {
    const saturday =
      rel.offset === 0 ? monday + 5 : rel.offset < 0 ? lastSaturday(today) : lastSaturday(today) + 7;
    return { date: fromDays(saturday), until: fromDays(saturday + 1) };
  }
  if (rel.unit !== 'weekday') return null;
  const todayWd = weekdayOf(anchor.year, anchor.month, anchor.day);
  const back = (todayWd - rel.weekday + 7) % 7;
  const ahead = (rel.weekday - todayWd + 7) % 7;
  switch (rel.mode) {
    case 'last':
      return { date: fromDays(today - (back || 7)) };
    case 'next':
      return { date: fromDays(today + (ahead || 7)) };
    case 'week':
      return { date: fromDays(monday + 7 * (rel.weekOffset ?? 0) + ((rel.weekday + 6) % 7)) };
    default:
      return null;
  }
}

/** Picks the year for a month (and day) without one: the closest to the anchor, leaning to the past unless the sentence speaks of the future. */
function closestYear(anchor: Anchor, month: number, day: number | undefined, future: boolean): number {
  if (anchor.month === undefined) return anchor.year;
  const ref = dayNumber(anchor.year, anchor.month, anchor.day ?? 15);
  let best = anchor.year;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const y of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const diff = dayNumber(y, month, day ?? 15) - ref;
    // Without a day, the anchor's own month counts as the past.
    const ahead = day === undefined ? y * 12 + month > anchor.year * 12 + anchor.month : diff > 0;
    const cost = Math.abs(diff) * (ahead !== future && diff !== 0 ? 12 : 1);
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}

/** Resolves date parts against an anchor into an ISO date at the text's precision; null when it cannot be known. */
export function resolveDate(
  parts: DateParts,
  anchor: Anchor | null,
  options: ResolveOptions = {},
): ResolvedDate | null {
  if (parts.relative) {
    if (parts.relative.unit === 'weekday' && parts.relative.mode === 'nearest') {
      if (!anchor || anchor.month === undefined || anchor.day === undefined) return null;
      const wd = weekdayOf(anchor.year, anchor.month, anchor.day);
      const today = dayNumber(anchor.year, anchor.month, anchor.day);
      const shift = options.future
        ? (parts.relative.weekday - wd + 7) % 7
        : -((wd - parts.relative.weekday + 7) % 7);
      return { date: fromDays(today + shift) };
    }
    if (parts.relative.unit === 'weekend' && parts.relative.offset === null) {
      return anchor ? resolveRelative({ unit: 'weekend', offset: options.future ? 1 : -1 }, anchor) : null;
    }
    return anchor ? resolveRelative(parts.relative, anchor) : null;
  }
  const { month, day } = parts;
  let year = parts.year;
  if (year === undefined) {
    if (month === undefined || !anchor) return null;
    year =
      parts.yearOffset !== undefined
        ? anchor.year + parts.yearOffset
        : closestYear(anchor, month, day, options.future === true);
    // A weekday the text names must fit: try the plausible years nearest first.
    if (parts.weekday !== undefined && day !== undefined && weekdayOf(year, month, day) !== parts.weekday) {
      const first = year;
      const tries = [...new Set([first - 1, first + 1, ...(options.years ?? [])])].sort(
        (a, b) => Math.abs(a - first) - Math.abs(b - first) || b - a,
      );
      const fit = tries.find(
        (y) =>
          Math.abs(y - first) <= 6 && validDay(y, month, day) && weekdayOf(y, month, day) === parts.weekday,
      );
      if (fit !== undefined) year = fit;
    }
  }
  if (month !== undefined && day !== undefined && !validDay(year, month, day)) return null;
  const out: ResolvedDate = { date: toIso(year, month, day) };
  const u = parts.until;
  if (u?.day !== undefined && month !== undefined && day !== undefined) {
    const um = u.month ?? month;
    const uy = u.year ?? (um < month ? year + 1 : year);
    if (validDay(uy, um, u.day) && dayNumber(uy, um, u.day) > dayNumber(year, month, day))
      out.until = toIso(uy, um, u.day);
  }
  return out;
}
