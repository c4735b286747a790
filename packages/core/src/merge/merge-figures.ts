import type { Figure } from '../schema.js';
import type { FigureMention } from '../types.js';

// units are compatible when equal, or when both count things of one subject ("Marinesoldat", "Soldat")
const compatible = (a: FigureMention, b: FigureMention) =>
  a.unit === b.unit || (!!a.subject && a.subject === b.subject) || a.unit === null || b.unit === null;

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
  for (const m of mentions) {
    const g = groups.find((x) => x[0]!.value === m.value && x.every((y) => compatible(y, m)));
    if (g) g.push(m);
    else groups.push([m]);
  }
  return groups.map((g) => {
    const subject = mostCommon(g.map((m) => m.subject ?? null));
    const mentionsOut: Figure['mentions'] = [];
    for (const m of g) {
      if (!mentionsOut.some((x) => x.article === m.article && x.text === m.text))
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
