import type { Figure } from '../schema.js';
import type { FigureMention } from '../types.js';

/**
 * Whether a group's member `a` lets mention `b` (of the same value) join: units are compatible when equal,
 * or when both count things of one subject ("Marinesoldat", "Soldat"); never two currencies, and a figure
 * without a unit joins one with a unit only in its own article or on a shared subject ("3 Millionen" in one
 * story is no "£3m" in another). The grouping reads it per kind of member (`kindFits`); tests check both
 * agree.
 */
export const isCompatibleMention = (a: FigureMention, b: FigureMention): boolean =>
  !isCurrencyPair(a.unit, b.unit) &&
  // "drei Jahre" in two stories are two lengths: a duration joins one of another article only on a subject
  !(a.article !== b.article && isTimeUnit(a.unit) && !(a.subject && a.subject === b.subject)) &&
  (a.unit === b.unit ||
    (!!a.subject && a.subject === b.subject) ||
    ((a.unit === null || b.unit === null) && a.article === b.article));

// ISO 4217 codes, as the extractors write currencies
const CURRENCY_CODE = /^[A-Z]{3}$/;
// Whether two units are different currencies ("EUR" and "GBP").
function isCurrencyPair(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b && CURRENCY_CODE.test(a) && CURRENCY_CODE.test(b);
}

// the units of a length of time, as the extractors write them
const TIME_UNITS = new Set([
  'Sekunde',
  'Minute',
  'Stunde',
  'Tag',
  'Woche',
  'Monat',
  'Jahr',
  'Jahrzehnt',
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
]);
const isTimeUnit = (unit: string | null): boolean => unit !== null && TIME_UNITS.has(unit);

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** A group of mentions of one value, its place in creation order, and the one article it is closed to. */
interface Group {
  members: FigureMention[];
  /** the members by unit and subject, with their articles: all `isCompatibleMention` reads of a member */
  kinds: Map<string, Kind>;
  index: number;
  /** set once a member is a length of time without a subject: no mention of another article fits any more */
  localTo: string | null;
}

/** Members of a group with one unit and subject, and the articles they come from. */
interface Kind {
  unit: string | null;
  subject: string | undefined;
  articles: Set<string>;
}

const newGroup = (m: FigureMention, index: number): Group => {
  const g: Group = { members: [], kinds: new Map(), index, localTo: null };
  join(g, m);
  return g;
};

function join(g: Group, m: FigureMention): void {
  g.members.push(m);
  const key = JSON.stringify([m.unit, m.subject ?? null, m.subject === undefined]);
  const kind = g.kinds.get(key);
  if (kind) kind.articles.add(m.article);
  else g.kinds.set(key, { unit: m.unit, subject: m.subject, articles: new Set([m.article]) });
}

/**
 * Whether every member of a kind lets the mention join (`isCompatibleMention`), read once for the kind: a
 * big group (one count in thousands of articles) was compared member by member for every new mention
 * (quadratic).
 */
function kindFits(k: Kind, m: FigureMention): boolean {
  if (isCurrencyPair(k.unit, m.unit)) return false;
  const onlyOwnArticle = k.articles.size === 1 && k.articles.has(m.article);
  // the second rule of `isCompatibleMention`, for the members from another article
  if (!onlyOwnArticle && isTimeUnit(k.unit) && !(k.subject && k.subject === m.subject)) return false;
  if (k.unit === m.unit || (!!k.subject && k.subject === m.subject)) return true;
  // the third alternative holds for every member only if all are from the mention's article
  return (k.unit === null || m.unit === null) && onlyOwnArticle;
}

/** The groups of one value: those any article's mention may join, and those closed to all but one article. */
interface ValueGroups {
  open: Group[];
  local: Map<string, Group[]>;
}

/**
 * Whether a mention, once in a group, keeps every other article's mentions out of it: a length of time
 * without a subject is compatible with no mention of another article (the second rule of
 * `isCompatibleMention`), and a group takes a mention only when all its members are compatible with it. So a
 * group holding one is looked at only for its own article's mentions: thousands of "drei Jahre" of thousands
 * of articles were each compared with all the others.
 */
const closesGroup = (m: FigureMention): boolean => isTimeUnit(m.unit) && !m.subject;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Moves an open group to the closed ones of an article, keeping that list in creation order. */
function close(bucket: ValueGroups, g: Group, article: string): void {
  g.localTo = article;
  bucket.open.splice(bucket.open.indexOf(g), 1);
  const list = bucket.local.get(article) ?? [];
  let at = list.length;
  while (at > 0 && (list[at - 1] as Group).index > g.index) at--;
  list.splice(at, 0, g);
  bucket.local.set(article, list);
}

/**
 * The first group in creation order whose every member is compatible with the mention: among the open groups
 * and those closed to the mention's own article (no other group can take it).
 */
function firstFitting(bucket: ValueGroups, m: FigureMention): Group | undefined {
  const fits = (g: Group) => {
    for (const k of g.kinds.values()) if (!kindFits(k, m)) return false;
    return true;
  };
  const open = bucket.open.find(fits);
  const local = bucket.local.get(m.article)?.find((g) => (open ? g.index < open.index : true) && fits(g));
  return local ?? open;
}

/**
 * Merges figure mentions into one figure per distinct claim: the same value with a compatible unit,
 * across articles. The claimant is the one most mentions name; the unit the most common one.
 */
export function mergeFigures(mentions: readonly FigureMention[]): Figure[] {
  const groups: FigureMention[][] = [];
  // groups by value, in creation order: finding the first fitting group scanned every group (quadratic;
  // 11 s at 10,000 articles in the benchmark). NaN never equals itself, so it never joins a group.
  const byValue = new Map<number, ValueGroups>();
  for (const m of mentions) {
    const same = Number.isNaN(m.value) ? undefined : byValue.get(m.value);
    const g = same ? firstFitting(same, m) : undefined;
    if (g) {
      join(g, m);
      if (same && g.localTo === null && closesGroup(m)) close(same, g, m.article);
    } else {
      const fresh = newGroup(m, groups.length);
      groups.push(fresh.members);
      if (Number.isNaN(m.value)) continue;
      let bucket = same;
      if (!bucket) {
        bucket = { open: [], local: new Map() };
        byValue.set(m.value, bucket);
      }
      if (closesGroup(m)) {
        fresh.localTo = m.article;
        pushTo(bucket.local, m.article, fresh);
      } else bucket.open.push(fresh);
    }
  }
  return groups.map((g) => {
    const subject = mostCommon(g.map((m) => m.subject ?? null));
    const mentionsOut: Figure['mentions'] = [];
    // the texts seen per article (a nested index instead of a JSON key made for every mention)
    const seen = new Map<string, Set<string>>();
    for (const m of g) {
      let texts = seen.get(m.article);
      if (!texts) {
        texts = new Set();
        seen.set(m.article, texts);
      } else if (texts.has(m.text)) continue;
      texts.add(m.text);
      mentionsOut.push({ article: m.article, text: m.text });
    }
    return {
      value: g[0]!.value,
      unit: mostCommon(g.map((m) => m.unit)),
      claimant: mostCommon(g.map((m) => m.claimant)),
      ...(subject ? { subject } : {}),
      ...(g.some((m) => m.approx) ? { approx: true } : {}),
      mentions: mentionsOut,
    };
  });
}
