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
  /** the sentence begins by pointing back to one before it: it counts for the others' scores, but is not shown */
  pointsBack?: boolean;
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

/**
 * A first word that points back to a sentence before it (a personal pronoun, a possessive, "dies"/"diese", an
 * adverb like "dafür" or "deshalb"): out of its article, as a summary item, such a sentence says "Sie sollen …
 * kosten" without saying who. German and English; "Das/Die/Der" and "It/This" are left alone, because as articles and placeholders they begin sentences
 * that stand on their own.
 */
export const POINTS_BACK =
  /^(?:Er|Sie|Ihm|Ihnen|Sein|Seine[mnrs]?|Ihr|Ihre[mnrs]?|Dies|Diese[mnrs]?|Derzufolge|Demnach|Dabei|Daraufhin|Dafür|Dagegen|Dazu|Daran|Darauf|Darüber|Davon|Dadurch|Deshalb|Deswegen|Daher|He|She|They|His|Her|Their|These)\s/u;

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
    for (const para of paragraphsOf(a.body)) {
      if (position >= maxPositions) break;
      for (const s of splitSentences(para.replace(/\s+/g, ' ').trim())) {
        if (position >= maxPositions) break;
        // the dateline is the agency's furniture, not part of what happened
        const text = stripDateline(s.trim());
        if (isSummaryWorthy(text)) {
          const quoteShare = toQuoteShare(text);
          // mostly someone's words: a statement (Reaktionen), not the situation
          if (quoteShare <= MAX_QUOTE_SHARE) {
            const candidate: SummaryCandidate = { article: a.id, text, position, quoteShare };
            if (POINTS_BACK.test(text)) candidate.pointsBack = true;
            out.push(candidate);
          }
        }
        position++;
      }
    }
  }
  return out;
}

/** The paragraphs of a body (as `split(/\n\s*\n/)` gives them), one at a time: a large corpus reads only the lead. */
function* paragraphsOf(body: string): Generator<string> {
  const gap = /\n\s*\n/g;
  let from = 0;
  for (let m = gap.exec(body); m; m = gap.exec(body)) {
    yield body.slice(from, m.index);
    from = m.index + m[0].length;
  }
  yield body.slice(from);
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
  // Words become numbers and vectors become arrays over them: the maps of words this replaced were most of
  // the dossier model's time at 1,000 articles. Every sum runs in the same order as with the maps, so the
  // scores, and the choice, are the same to the last bit.
  const ids = new Map<string, number>();
  const terms = candidates.map((c) =>
    toTerms(c.text).map((w) => {
      let id = ids.get(w);
      if (id === undefined) {
        id = ids.size;
        ids.set(w, id);
      }
      return id;
    }),
  );
  const vocabulary = ids.size;
  /** each candidate's distinct words, in the order they first occur */
  const words: Int32Array[] = [];
  const tf = new Float64Array(vocabulary);
  const df = new Float64Array(vocabulary);
  for (const t of terms) {
    const distinct: number[] = [];
    for (const w of t) {
      if (tf[w] === 0) distinct.push(w);
      tf[w] = 1;
    }
    for (const w of distinct) {
      df[w] = (df[w] as number) + 1;
      tf[w] = 0;
    }
    words.push(Int32Array.from(distinct));
  }
  const n = candidates.length;
  const weights = terms.map((t, i) => {
    const distinct = words[i] as Int32Array;
    for (const w of t) tf[w] = (tf[w] as number) + 1;
    const x = new Float64Array(distinct.length);
    let norm = 0;
    distinct.forEach((w, k) => {
      const v = (tf[w] as number) * Math.log(1 + n / (df[w] || 1));
      x[k] = v;
      norm += v * v;
      tf[w] = 0;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < x.length; k++) x[k] = (x[k] as number) / norm;
    return x;
  });
  // Σ_j cos(i, j) = v_i · Σ_j v_j: summing the vectors once per article keeps this linear (it was quadratic
  // in the sentences of the whole corpus, minutes at 1,000 articles; found by the benchmark's profile).
  const total = new Float64Array(vocabulary);
  const byArticle = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    addInto(total, words[i] as Int32Array, weights[i] as Float64Array);
    const own = byArticle.get(c.article);
    if (own) own.push(i);
    else byArticle.set(c.article, [i]);
  });
  const multiArticle = byArticle.size > 1;
  const similarity = new Float64Array(n);
  const own = new Float64Array(vocabulary);
  for (const members of byArticle.values()) {
    for (const i of members) addInto(own, words[i] as Int32Array, weights[i] as Float64Array);
    for (const i of members) {
      const w = words[i] as Int32Array;
      const x = weights[i] as Float64Array;
      // agreement across articles counts most; within one article (half weight) only when there is one article
      similarity[i] = multiArticle
        ? dot(w, x, total) - dot(w, x, own)
        : 0.5 * (dot(w, x, total) - selfDot(x));
    }
    for (const i of members) for (const w of words[i] as Int32Array) own[w] = 0;
  }
  const scores = candidates.map(
    // lead sentences carry the news in journalistic writing; quoted words are a speaker's view of it
    (c, i) =>
      (similarity[i] as number) * (1 + 0.5 / (1 + c.position)) * (1 - (c.quoteShare ?? toQuoteShare(c.text))),
  );
  const order = candidates.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const marks = new Uint8Array(vocabulary);
  const numbers = candidates.map((c) => toNumberKey(c.text));
  /**
   * near-duplicates: at least half of the two sentences' distinct words shared (Jaccard ≥ 0.5), or a quarter
   * when they state the same numbers ("Finanzchefin X bezifferte die Umbaukosten auf 95 Millionen Euro" and
   * "Finanzvorständin X bezifferte die Kosten für den Umbau auf 95 Mio. Euro": one fact in two wordings)
   */
  const nearDuplicates = (k: number) => {
    const marked = words[k] as Int32Array;
    for (const w of marked) marks[w] = 1;
    return (j: number) => {
      const other = words[j] as Int32Array;
      let inter = 0;
      for (const w of other) inter += marks[w] as number;
      const union = marked.length + other.length - inter;
      if (union === 0) return false;
      const share = inter / union;
      return share >= 0.5 || (share >= 0.25 && numbers[k] !== '' && numbers[k] === numbers[j]);
    };
  };
  const unmark = (k: number) => {
    for (const w of words[k] as Int32Array) marks[w] = 0;
  };
  const chosen: { index: number; articles: Set<string> }[] = [];
  for (const i of order) {
    if (chosen.length >= max) break;
    const c = candidates[i] as SummaryCandidate;
    // not shown on its own; a near-duplicate of a chosen sentence still adds its article below
    if (c.pointsBack) continue;
    const isNear = nearDuplicates(i);
    const dup = chosen.find((k) => isNear(k.index));
    unmark(i);
    if (dup) {
      dup.articles.add(c.article);
      continue;
    }
    chosen.push({ index: i, articles: new Set([c.article]) });
  }
  // near-duplicates further down the ranking still add their article as a reference
  for (const k of chosen) {
    const isNear = nearDuplicates(k.index);
    candidates.forEach((c, j) => {
      if (j !== k.index && isNear(j)) k.articles.add(c.article);
    });
    unmark(k.index);
  }
  return chosen.map((k) => ({ text: candidates[k.index]?.text ?? '', articles: [...k.articles] }));
}

/** The numbers a sentence states, sorted and without thousands separators ("11.300" = "11300"); "" for none. */
function toNumberKey(text: string): string {
  if (!/\d/.test(text)) return '';
  const found = (text.match(/\d+(?:[.,'’ ]\d+)*/g) ?? []).map((n) =>
    n.replace(/[.'’ ](?=\d{3}(?!\d))/g, '').replace(',', '.'),
  );
  return [...new Set(found)].sort().join(' ');
}

/** Adds a sparse vector (word numbers and weights) into a dense one. */
function addInto(into: Float64Array, words: Int32Array, weights: Float64Array): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as number;
    into[w] = (into[w] as number) + (weights[k] as number);
  }
}

/** The dot product of a sparse vector with a dense one, summed in the sparse vector's order. */
function dot(words: Int32Array, weights: Float64Array, dense: Float64Array): number {
  let s = 0;
  for (let k = 0; k < words.length; k++) s += (weights[k] as number) * (dense[words[k] as number] as number);
  return s;
}

function selfDot(weights: Float64Array): number {
  let s = 0;
  for (const x of weights) s += x * x;
  return s;
}
