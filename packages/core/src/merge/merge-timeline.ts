import { type Anchor, resolveDate, toAnchor } from '../analyze/resolve-date.js';
import { forEachRun } from '../analyze/word-runs.js';
import { FUTURE_MARKERS } from '../lexicon/de/relative-dates.js';
import type { Article, TimelineEvent } from '../schema.js';
import type { EventMention } from '../types.js';

/** Share of common word stems above which two texts on the same date tell the same event. */
const SAME_EVENT = 0.4;

/** The corpus's best guess of "now" for articles without a date: the latest article date, else the latest year named. */
export function corpusAnchor(mentions: readonly EventMention[], articles: readonly Article[]): Anchor | null {
  const dated = articles
    .map((a) => a.date)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const latest = toAnchor(dated[dated.length - 1]);
  if (latest) return latest;
  // Targets ("bis 2030 klimaneutral werden") name years ahead of the present; prefer years told of the past.
  const yearsOf = (ms: readonly EventMention[]): number[] =>
    ms.map((m) => toAnchor(m.date)?.year).filter((y): y is number => y !== undefined);
  const past = yearsOf(mentions.filter((m) => !FUTURE_MARKERS.test(m.text)));
  const years = past.length ? past : yearsOf(mentions);
  if (!years.length) return null;
  const base = Math.max(...years);
  // A weekday named with a day ("Donnerstag (24. Oktober)") tells which year the articles were written in.
  for (const m of mentions) {
    const p = m.partial;
    if (p?.weekday === undefined || p.day === undefined) continue;
    const fit = [base, base + 1, base - 1, base + 2].find(
      (y) => new Date(Date.UTC(y, p.month - 1, p.day)).getUTCDay() === p.weekday,
    );
    if (fit !== undefined && fit > base) return { year: fit };
  }
  return { year: base };
}

/** Years named or implied anywhere in the corpus, for fitting a weekday to a date. */
function corpusYears(mentions: readonly EventMention[], articles: readonly Article[]): number[] {
  const years = [...mentions.map((m) => m.date), ...articles.map((a) => a.date)]
    .map((d) => toAnchor(d)?.year)
    .filter((y): y is number => y !== undefined);
  return [...new Set(years)];
}

/**
 * Word stems of a text, for comparing two tellings of an event: the first six code units of every match of
 * /\p{L}{4,}/gu in the lower-cased text, which are its maximal runs of letters four characters or longer.
 */
export function stems(text: string): Set<string> {
  const low = text.toLowerCase();
  const out = new Set<string>();
  forEachRun(low, 'L', (start, end) => {
    if (end - start < 4) return;
    // a surrogate pair is one character, as the u flag reads it
    let chars = end - start;
    for (let i = start; i < end && chars >= 4; i++) if ((low.charCodeAt(i) & 0xfc00) === 0xdc00) chars--;
    if (chars >= 4) out.add(low.slice(start, Math.min(end, start + 6)));
  });
  return out;
}

/** Whether two texts on one date tell the same event, given their stems. */
function similar(a: string, sa: ReadonlySet<string>, b: string, sb: ReadonlySet<string>): boolean {
  if (!sa.size || !sb.size) return a === b;
  let common = 0;
  for (const s of sa) if (sb.has(s)) common++;
  // Dice coefficient: shared names alone (two people in two different events) stay below it.
  return common >= 2 && (2 * common) / (sa.size + sb.size) >= SAME_EVENT;
}

/** Resolves a mention's date: as extracted, else its partial date against its article's date or the corpus. */
function resolveMention(
  m: EventMention,
  articleDates: ReadonlyMap<string, string | null>,
  fallback: Anchor | null,
  years: readonly number[],
): { date: string; until?: string } | null {
  if (m.date) return { date: m.date, ...(m.until ? { until: m.until } : {}) };
  const p = m.partial;
  if (!p) return null;
  const anchor = toAnchor(articleDates.get(m.article)) ?? fallback;
  const parts = {
    month: p.month,
    ...(p.day !== undefined ? { day: p.day } : {}),
    ...(p.weekday !== undefined ? { weekday: p.weekday } : {}),
    ...(p.yearOffset !== undefined ? { yearOffset: p.yearOffset } : {}),
    ...(p.untilDay !== undefined
      ? { until: { day: p.untilDay, ...(p.untilMonth ? { month: p.untilMonth } : {}) } }
      : {}),
  };
  return resolveDate(parts, anchor, { future: p.future === true, years });
}

/** Resolves partial dates from the corpus, merges the same event told by several articles, and orders the timeline oldest first. */
export function mergeTimeline(
  mentions: readonly EventMention[],
  articles: readonly Article[],
): TimelineEvent[] {
  const articleDates = new Map(articles.map((a) => [a.id, a.date] as const));
  const fallback = corpusAnchor(mentions, articles);
  const years = corpusYears(mentions, articles);
  const events: TimelineEvent[] = [];
  // the events of each date range in creation order, with their stems: finding the first fitting event
  // scanned (and re-stemmed) every event for every mention, quadratic in the corpus
  const byDate = new Map<string, TimelineEvent[]>();
  // stems per text, computed when first compared (many mentions repeat a text, most dates have one event)
  const stemsMemo = new Map<string, Set<string>>();
  const stemsOf = (text: string): Set<string> => {
    let set = stemsMemo.get(text);
    if (!set) {
      set = stems(text);
      stemsMemo.set(text, set);
    }
    return set;
  };
  for (const m of mentions) {
    const resolved = resolveMention(m, articleDates, fallback, years);
    if (!resolved) continue;
    const key = `${resolved.date}|${resolved.until ?? ''}`;
    let list = byDate.get(key);
    const same = list?.find((e) => similar(e.text, stemsOf(e.text), m.text, stemsOf(m.text)));
    if (same) {
      if (!same.articles.includes(m.article)) same.articles.push(m.article);
      continue;
    }
    const event: TimelineEvent = {
      date: resolved.date,
      ...(resolved.until ? { until: resolved.until } : {}),
      text: m.text,
      articles: [m.article],
    };
    events.push(event);
    if (!list) {
      list = [];
      byDate.set(key, list);
    }
    list.push(event);
  }
  // Stable sort: ISO strings order by date, a month before its days; same-date events keep the corpus order.
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
