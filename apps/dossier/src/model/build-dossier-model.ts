import { createHash } from 'node:crypto';
import { type Corpus, type Figure, isMeasureUnit } from '@dossier/core';
import { type CorpusChanges, figureKey, quoteKey } from '../diff/corpus-changes.js';
import { selectSummary, toSummaryCandidates } from './select-summary.js';
import { toReactions } from './to-reactions.js';
import type { ArticleEntry, DossierModel, FigureComparison, FigureRow, Ref, TimelineRow } from './types.js';
import { withAntecedent, withWholeSentence } from './with-antecedent.js';

/** Options of the view model. */
export interface ModelOptions {
  /** language of labels and formats; default: the corpus' most common article language */
  language?: string;
  changes?: CorpusChanges | null;
  /** most summary sentences */
  summarySize?: number;
}

/** The corpus' most common article language, "de" when there are no articles. */
export function toCorpusLanguage(corpus: Corpus): string {
  const counts = new Map<string, number>();
  for (const a of corpus.articles) counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'de';
}

/** Numbers the articles [1..n]: oldest first, undated last, then by id, so numbers are stable. */
export function toArticleRefs(corpus: Corpus): Map<string, Ref> {
  const sorted = [...corpus.articles].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id),
  );
  return new Map(sorted.map((a, i) => [a.id, i + 1]));
}

/** A short SHA-256 over the inputs (their raw hashes when known, else file and body). */
export function toContentHash(corpus: Corpus): string {
  const h = createHash('sha256');
  for (const a of [...corpus.articles].sort((x, y) => x.file.localeCompare(y.file))) {
    h.update(`${a.file}\0${a.hash ?? a.body}\0`);
  }
  return h.digest('hex').slice(0, 12);
}

function uniqueSorted(refs: Iterable<Ref | undefined>): Ref[] {
  return [...new Set([...refs].filter((r): r is Ref => r !== undefined))].sort((a, b) => a - b);
}

/** Capitalised words shared by the most article titles: the corpus' topic, for a derived title. */
function toTitleTerms(corpus: Corpus): string[] {
  const counts = new Map<string, number>();
  for (const a of corpus.articles) {
    const words = new Set(a.title.match(/\p{Lu}[\p{L}\p{M}-]{3,}/gu) ?? []);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const minShare = corpus.articles.length > 1 ? 2 : 1;
  return [...counts]
    .filter(([, c]) => c >= minShare)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([w]) => w);
}

function toFigureRow(f: Figure, refs: Map<string, Ref>, newKeys: Set<string>): FigureRow {
  const articles = new Set(f.mentions.map((m) => m.article));
  return {
    value: f.value,
    unit: f.unit,
    claimant: f.claimant,
    ...(f.subject ? { subject: f.subject } : {}),
    approx: f.approx ?? false,
    refs: uniqueSorted([...articles].map((a) => refs.get(a))),
    corroboration: articles.size,
    isNew: newKeys.size > 0 && newKeys.has(figureKey(f)),
  };
}

/**
 * A value this many times smaller than the largest of its subject is another quantity with the same noun ("drei
 * Beschäftigte" under investigation beside a company's 1,350), not a disputed count; police and organisers'
 * counts of one crowd stay well inside it.
 */
const MAX_SPREAD = 50;

/** Groups figures by subject where at least two different values are stated. */
/**
 * The stories of a folder: articles linked by a figure, a figure's claimant, a person or a speaker they share,
 * each story a number. Articles
 * on unrelated events (a mixed folder) give no disputes between them, only because a noun recurs.
 */
export function toStories(corpus: Corpus, refs: Map<string, Ref>): Map<Ref, number> {
  const parent = new Map<Ref, Ref>();
  const find = (r: Ref): Ref => {
    let root = r;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as Ref;
    parent.set(r, root);
    return root;
  };
  const link = (ids: Iterable<string>) => {
    let first: Ref | null = null;
    for (const id of ids) {
      const r = refs.get(id);
      if (r === undefined) continue;
      if (first === null) first = find(r);
      else parent.set(find(r), first);
    }
  };
  const byClaimant = new Map<string, string[]>();
  for (const f of corpus.figures) {
    const articles = f.mentions.map((m) => m.article);
    link(articles);
    // two outlets quoting the fire brigade's count of evacuees report one event, even with no name in common
    if (f.claimant) {
      const key = f.claimant.toLowerCase();
      byClaimant.set(key, [...(byClaimant.get(key) ?? []), ...articles]);
    }
  }
  for (const articles of byClaimant.values()) link(articles);
  for (const p of corpus.people) link(p.articles);
  const bySpeaker = new Map<string, string[]>();
  for (const q of corpus.quotes) {
    if (q.speaker) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q.article]);
  }
  for (const articles of bySpeaker.values()) link(articles);
  const out = new Map<Ref, number>();
  for (const r of refs.values()) out.set(r, find(r));
  return out;
}

function toComparisons(rows: readonly FigureRow[], stories: Map<Ref, number>): FigureComparison[] {
  const bySubject = new Map<string, { subject: string; rows: FigureRow[] }>();
  for (const r of rows) {
    if (!r.subject) continue;
    const measure = r.unit !== null && isMeasureUnit(r.unit);
    // "10 Kilometer" beside "3 Kilometer" with nothing else said: two distances, not one disputed one
    if (measure && r.subject === r.unit) continue;
    // a subject's amounts in euros and its percentages are not one scale; one story's figures are not
    // disputed by another story's
    const story = stories.get(r.refs[0] ?? 0) ?? 0;
    const key = `${r.subject}\0${measure ? r.unit : ''}\0${story}`;
    const entry = bySubject.get(key) ?? { subject: r.subject, rows: [] };
    entry.rows.push(r);
    bySubject.set(key, entry);
  }
  const out: FigureComparison[] = [];
  for (const { subject, rows: all } of bySubject.values()) {
    const top = Math.max(...all.map((r) => r.value));
    const group = all.filter((r) => r.value * MAX_SPREAD >= top);
    const values = new Set(group.map((r) => r.value));
    // a disagreement needs two articles or two named claimants: one sentence giving two numbers is two
    // things, and in one article the article's own figure beside a claimant's is mostly a before and after
    // ("costs rose from 1.2 to 1.9 billion, the operator said"), not a dispute
    const claimants = new Set(group.flatMap((r) => (r.claimant ? [r.claimant.toLowerCase()] : [])));
    const articles = new Set(group.flatMap((r) => r.refs));
    if (values.size < 2 || (claimants.size < 2 && articles.size < 2)) continue;
    const sorted = [...group].sort((a, b) => b.value - a.value);
    out.push({
      subject,
      rows: sorted,
      min: Math.min(...values),
      max: Math.max(...values),
    });
  }
  return out.sort((a, b) => a.subject.localeCompare(b.subject));
}

/** A timeline item as the row shows it: a cut clause as its sentence, a sentence pointing back with the one before. */
function toTimelineText(text: string, bodies: readonly (string | undefined)[]): string {
  return withAntecedent(withWholeSentence(text, bodies), bodies);
}

/**
 * One row per sentence: a sentence of the same articles dated twice ("zwischen Januar 2024 und Juni 2025", "gilt
 * ab dem 2. April und endet am 1. Dezember") stands at its first date with the later ones beside it, not twice.
 */
export function foldTimeline(rows: readonly TimelineRow[]): TimelineRow[] {
  const first = new Map<string, TimelineRow>();
  const out: TimelineRow[] = [];
  for (const r of rows) {
    const key = `${r.text}\0${r.refs.join(',')}`;
    const seen = first.get(key);
    if (!seen) {
      const row = { ...r };
      first.set(key, row);
      out.push(row);
    } else if (seen.date !== r.date || seen.until !== r.until) {
      seen.also = [...(seen.also ?? []), { date: r.date, ...(r.until ? { until: r.until } : {}) }];
    }
  }
  return out;
}

/** Builds the view model of a dossier: what each section shows, with article references resolved. */
export function buildDossierModel(corpus: Corpus, opts: ModelOptions = {}): DossierModel {
  const refs = toArticleRefs(corpus);
  const byRef = (ids: Iterable<string>) => uniqueSorted([...ids].map((id) => refs.get(id)));
  const articles: ArticleEntry[] = corpus.articles
    .map((a) => ({
      ref: refs.get(a.id) ?? 0,
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      author: a.author,
      date: a.date,
      file: a.file,
      body: a.body,
    }))
    .sort((a, b) => a.ref - b.ref);
  const dates = corpus.articles.map((a) => a.date).filter((d): d is string => !!d);
  const bodies = new Map(corpus.articles.map((a) => [a.id, a.body]));
  // the period is what the articles cover by their own dates; dates of events inside them may lie years back
  const sortedDates = [...dates].sort();
  const period =
    sortedDates.length > 0
      ? { from: sortedDates[0] ?? '', to: sortedDates[sortedDates.length - 1] ?? '' }
      : null;
  const publishers = [
    ...new Set(corpus.articles.map((a) => a.publisher).filter((p): p is string => !!p)),
  ].sort((a, b) => a.localeCompare(b));
  const newFigures = new Set((opts.changes?.figures ?? []).map(figureKey));
  const newQuotes = new Set((opts.changes?.quotes ?? []).map(quoteKey));
  const figures = corpus.figures
    .map((f) => toFigureRow(f, refs, newFigures))
    .sort(
      (a, b) => b.corroboration - a.corroboration || (a.refs[0] ?? 0) - (b.refs[0] ?? 0) || b.value - a.value,
    );
  const summary = selectSummary(toSummaryCandidates(corpus.articles), opts.summarySize ?? 6).map((s) => ({
    text: s.text,
    refs: byRef(s.articles),
  }));
  const changes = opts.changes
    ? {
        newArticleRefs: byRef(opts.changes.articles.map((a) => a.id)),
        newFigures: opts.changes.figures.length,
        newQuotes: opts.changes.quotes.length,
      }
    : null;
  return {
    language: opts.language ?? toCorpusLanguage(corpus),
    titleTerms: toTitleTerms(corpus),
    period,
    undatedCount: corpus.articles.length - dates.length,
    articleCount: corpus.articles.length,
    publisherCount: publishers.length,
    publishers,
    contentHash: toContentHash(corpus),
    summary,
    timeline: foldTimeline(
      [...corpus.timeline]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((e) => ({
          date: e.date,
          ...(e.until ? { until: e.until } : {}),
          text: toTimelineText(
            e.text,
            e.articles.map((id) => bodies.get(id)),
          ),
          refs: byRef(e.articles),
        })),
    ),
    figures,
    comparisons: toComparisons(figures, toStories(corpus, refs)),
    reactions: toReactions(corpus, refs, newQuotes),
    articles,
    sources: corpus.sources
      .map((s) => ({
        name: s.name,
        kind: s.kind ?? null,
        count: s.count ?? s.articles.length,
        refs: byRef(s.articles),
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    problems: (corpus.problems ?? []).map((p) => ({
      file: p.file,
      message: p.message,
      severity: p.severity,
      skipped: p.skipped ?? false,
    })),
    changes,
  };
}
