import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type SelectedSentence,
  type SummaryCandidate,
  selectSummary,
} from '../../apps/dossier/src/model/select-summary.js';

/**
 * The word-map implementation selectSummary had before its words became numbers (with the same rule for
 * near-duplicates): the oracle that the faster one must match exactly (same scores to the last bit, so the
 * same sentences in the same order).
 */
function referenceSelect(candidates: readonly SummaryCandidate[], max: number): SelectedSentence[] {
  if (candidates.length === 0) return [];
  const terms = candidates.map((c) =>
    (c.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4),
  );
  const df = new Map<string, number>();
  for (const t of terms) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = candidates.length;
  const vectors = terms.map((t) => {
    const v = new Map<string, number>();
    for (const w of t) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of v) {
      const x = tf * Math.log(1 + n / (df.get(w) ?? 1));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  const add = (into: Map<string, number>, v: ReadonlyMap<string, number>) => {
    for (const [w, x] of v) into.set(w, (into.get(w) ?? 0) + x);
  };
  const total = new Map<string, number>();
  const perArticle = new Map<string, Map<string, number>>();
  vectors.forEach((v, i) => {
    add(total, v);
    const id = candidates[i]?.article ?? '';
    const own = perArticle.get(id) ?? new Map<string, number>();
    perArticle.set(id, own);
    add(own, v);
  });
  const dot = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) => {
    let s = 0;
    for (const [w, x] of a) s += x * (b.get(w) ?? 0);
    return s;
  };
  const multi = perArticle.size > 1;
  const scores = candidates.map((c, i) => {
    const v = vectors[i] ?? new Map<string, number>();
    const s = multi
      ? dot(v, total) - dot(v, perArticle.get(c.article) ?? new Map())
      : 0.5 * (dot(v, total) - dot(v, v));
    return s * (1 + 0.5 / (1 + c.position)) * (1 - (c.quoteShare ?? 0));
  });
  const order = candidates.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const sets = terms.map((t) => new Set(t));
  const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
    let inter = 0;
    for (const x of a) if (b.has(x)) inter++;
    const union = a.size + b.size - inter;
    return union === 0 ? 0 : inter / union;
  };
  // the numbers a sentence states (thousands separators dropped); two sentences with the same ones are one fact
  // when a quarter of their words agree
  const numbers = candidates.map((c) => {
    const found = (c.text.match(/\d+(?:[.,'’ ]\d+)*/g) ?? []).map((x) =>
      x.replace(/[.'’ ](?=\d{3}(?!\d))/g, '').replace(',', '.'),
    );
    return [...new Set(found)].sort().join(' ');
  });
  const near = (a: number, b: number) => {
    const j = jaccard(sets[a] ?? new Set(), sets[b] ?? new Set());
    return j >= 0.5 || (j >= 0.25 && numbers[a] !== '' && numbers[a] === numbers[b]);
  };
  const chosen: { index: number; articles: Set<string> }[] = [];
  for (const i of order) {
    if (chosen.length >= max) break;
    const c = candidates[i] as SummaryCandidate;
    const dup = chosen.find((k) => near(k.index, i));
    if (dup) dup.articles.add(c.article);
    else chosen.push({ index: i, articles: new Set([c.article]) });
  }
  for (const k of chosen) {
    candidates.forEach((c, j) => {
      if (j !== k.index && near(k.index, j)) k.articles.add(c.article);
    });
  }
  return chosen.map((k) => ({ text: candidates[k.index]?.text ?? '', articles: [...k.articles] }));
}

// a small vocabulary, so sentences share words, repeat and nearly repeat across articles
const word = fc.constantFrom(
  'Hafen',
  'Brücke',
  'Sturm',
  'Stadtrat',
  'Millionen',
  'Kosten',
  'Schaden',
  'Woche',
  'Behörde',
  'wird',
  'die',
  'neue',
  'Ausbau',
  'Bahn',
  'Fähre',
  '2025',
  '1.200',
  '1200',
  'Euro',
);
const candidate = fc.record({
  article: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
  text: fc.array(word, { minLength: 0, maxLength: 14 }).map((ws) => `${ws.join(' ')}.`),
  position: fc.nat({ max: 8 }),
  quoteShare: fc.constantFrom(0, 0.25, 0.5),
});

describe('selectSummary', () => {
  it('chooses exactly what the word-map implementation it replaced chose', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (cands, max) => {
        expect(selectSummary(cands, max)).toEqual(referenceSelect(cands, max));
      }),
      { numRuns: 400 },
    );
  });

  it('with one article, ranks by agreement within it', () => {
    const cands = ['Hafen Brücke Sturm.', 'Hafen Brücke Kosten.', 'Bahn Fähre Euro.'].map(
      (text, position) => ({ article: 'a', text, position, quoteShare: 0 }),
    );
    expect(selectSummary(cands, 2)).toEqual(referenceSelect(cands, 2));
  });
});
