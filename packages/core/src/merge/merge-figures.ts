import type { Figure } from '../schema.js';
import type { FigureMention } from '../types.js';

// units are compatible when equal, or when both count things of one subject ("Marinesoldat", "Soldat");
// never two currencies, and a figure without a unit joins one with a unit only in its own article or on a
// shared subject ("3 Millionen" in one story is no "£3m" in another)
const compatible = (a: FigureMention, b: FigureMention) =>
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

/**
 * Merges figure mentions into one figure per distinct claim: the same value with a compatible unit,
 * across articles. The claimant is the one most mentions name; the unit the most common one.
 */
export function mergeFigures(mentions: readonly FigureMention[]): Figure[] {
  const groups: FigureMention[][] = [];
  // groups by value, in creation order: finding the first fitting group scanned every group (quadratic;
  // 11 s at 10,000 articles in the benchmark). NaN never equals itself, so it never joins a group.
  const byValue = new Map<number, FigureMention[][]>();
  for (const m of mentions) {
    const same = Number.isNaN(m.value) ? undefined : byValue.get(m.value);
    const g = same?.find((x) => x.every((y) => compatible(y, m)));
    if (g) g.push(m);
    else {
      const fresh = [m];
      groups.push(fresh);
      if (same) same.push(fresh);
      else if (!Number.isNaN(m.value)) byValue.set(m.value, [fresh]);
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
