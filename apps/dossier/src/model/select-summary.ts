import { splitSentences } from '@dossier/core';
import { stripDateline } from './strip-dateline.js';

/** A sentence of one article, as a candidate for the summary. */
export interface SummaryCandidate {
  article: string;
  text: string;
  /** index of the sentence in its article, for a small lead bonus */
  position: number;
  /** share of the sentence inside quotation marks; computed from the text when missing */
  quoteShare?: number;
}

/** A chosen summary sentence with every article that says (nearly) the same. */
export interface SelectedSentence {
  text: string;
  articles: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercased content words; short words are mostly function words in every language, so they are left out. */
function toTerms(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 4);
}

/** Text inside quotation marks: „…“, “…”, "…", «…», »…«. */
const QUOTED = /„[^“”"]*[“”"]|“[^”]*”|"[^"]*"|«[^»]*»|»[^«]*«/g;

/** The share of a sentence's letters that stand inside quotation marks (0 … 1). */
export function toQuoteShare(text: string): number {
  if (!/[„“"«»]/.test(text)) return 0;
  const count = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').length;
  const all = count(text);
  if (all === 0) return 0;
  let quoted = 0;
  for (const m of text.matchAll(QUOTED)) quoted += count(m[0]);
  return quoted / all;
}

/** Above this share of quoted words a sentence is someone's statement (Reaktionen), not the situation. */
const MAX_QUOTE_SHARE = 0.5;

/** A sentence that can stand alone in a summary: long enough, not a question, not a fragment of navigation. */
function isSummaryWorthy(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (words < 8 || words > 60) return false;
  if (!/[.!]["“”«»']?$/.test(text)) return false;
  if (/^\p{Ll}/u.test(text)) return false;
  return true;
}

/** Sentences a large corpus reads per article for the summary (at least SUMMARY_MIN_POSITIONS each). */
export const SUMMARY_SENTENCE_BUDGET = 10_000;
const SUMMARY_MIN_POSITIONS = 2;

/**
 * How many leading sentences of each article compete for the summary: all of them in a small corpus, the lead
 * only in a large one (news stands in the lead; splitting every sentence of 1,000 articles was a second of
 * the build in the benchmark's profile).
 */
export function toSummaryPositions(articleCount: number): number {
  return Math.max(SUMMARY_MIN_POSITIONS, Math.floor(SUMMARY_SENTENCE_BUDGET / Math.max(1, articleCount)));
}

/** Splits article bodies into summary candidates, reading at most `maxPositions` sentences of each. */
export function toSummaryCandidates(
  articles: readonly { id: string; body: string }[],
  maxPositions = toSummaryPositions(articles.length),
): SummaryCandidate[] {
  const out: SummaryCandidate[] = [];
  for (const a of articles) {
    let position = 0;
    for (const para of a.body.split(/\n\s*\n/)) {
      if (position >= maxPositions) break;
      for (const s of splitSentences(para.replace(/\s+/g, ' ').trim())) {
        if (position >= maxPositions) break;
        // the dateline is the agency's furniture, not part of what happened
        const text = stripDateline(s.trim());
        if (isSummaryWorthy(text)) {
          const quoteShare = toQuoteShare(text);
          // mostly someone's words: a statement (Reaktionen), not the situation
          if (quoteShare <= MAX_QUOTE_SHARE) out.push({ article: a.id, text, position, quoteShare });
        }
        position++;
      }
    }
  }
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Above this many candidate sentences only the leading sentences of each article compete. */
export const SUMMARY_MAX_CANDIDATES = 20_000;

/**
 * Keeps the sentences up to the smallest position that leaves at most SUMMARY_MAX_CANDIDATES: news stands in
 * the lead, and scoring every sentence of 10,000 articles cost 12 s and 650 MB (the benchmark's profile).
 */
function leadingCandidates(candidates: readonly SummaryCandidate[]): readonly SummaryCandidate[] {
  if (candidates.length <= SUMMARY_MAX_CANDIDATES) return candidates;
  const perPosition: number[] = [];
  for (const c of candidates) perPosition[c.position] = (perPosition[c.position] ?? 0) + 1;
  let kept = 0;
  let cut = 0;
  while (cut < perPosition.length && kept + (perPosition[cut] ?? 0) <= SUMMARY_MAX_CANDIDATES) {
    kept += perPosition[cut] ?? 0;
    cut++;
  }
  return candidates.filter((c) => c.position < Math.max(1, cut));
}

/**
 * Picks the most central sentences: those whose words recur in other articles (TF-IDF cosine
 * similarity summed over sentences of other articles), merging near-duplicates into one item.
 */
export function selectSummary(all: readonly SummaryCandidate[], max = 6): SelectedSentence[] {
  const candidates = leadingCandidates(all);
  if (candidates.length === 0) return [];
  const terms = candidates.map((c) => toTerms(c.text));
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
  // Σ_j cos(i, j) = v_i · Σ_j v_j: summing the vectors once per article keeps this linear (it was quadratic
  // in the sentences of the whole corpus, minutes at 1,000 articles; found by the benchmark's profile).
  const add = (into: Map<string, number>, v: ReadonlyMap<string, number>, k = 1) => {
    for (const [w, x] of v) into.set(w, (into.get(w) ?? 0) + k * x);
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
  const multiArticle = perArticle.size > 1;
  const scores = candidates.map((c, i) => {
    const v = vectors[i] ?? new Map<string, number>();
    // agreement across articles counts most; within one article (half weight) only when there is one article
    const s = multiArticle
      ? dot(v, total) - dot(v, perArticle.get(c.article) ?? new Map())
      : 0.5 * (dot(v, total) - dot(v, v));
    // lead sentences carry the news in journalistic writing; quoted words are a speaker's view of it
    return s * (1 + 0.5 / (1 + c.position)) * (1 - (c.quoteShare ?? toQuoteShare(c.text)));
  });
  const order = candidates.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const sets = terms.map((t) => new Set(t));
  const chosen: { index: number; articles: Set<string> }[] = [];
  for (const i of order) {
    if (chosen.length >= max) break;
    const c = candidates[i];
    const set = sets[i];
    if (!c || !set) continue;
    const dup = chosen.find((k) => jaccard(sets[k.index] ?? new Set(), set) >= 0.5);
    if (dup) {
      dup.articles.add(c.article);
      continue;
    }
    chosen.push({ index: i, articles: new Set([c.article]) });
  }
  // near-duplicates further down the ranking still add their article as a reference
  for (const k of chosen) {
    const set = sets[k.index] ?? new Set();
    candidates.forEach((c, j) => {
      if (j !== k.index && jaccard(sets[j] ?? new Set(), set) >= 0.5) k.articles.add(c.article);
    });
  }
  return chosen.map((k) => ({ text: candidates[k.index]?.text ?? '', articles: [...k.articles] }));
}
