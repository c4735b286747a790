import type { Article, Corpus, Figure, Quote } from '@dossier/core';

/** What is new in this edition of the dossier compared to the previous one ("Neu seit der letzten Ausgabe"). */
export interface CorpusChanges {
  /** articles not in the previous edition (or whose file content changed) */
  articles: Article[];
  /** figures (value, unit, claimant) no article of the previous edition stated */
  figures: Figure[];
  /** statements (speaker, words) not in the previous edition */
  quotes: Quote[];
}

/** The serialisable form of the changes, stored as `changes` in corpus.json so a rebuild of the same edition marks the same things. */
export interface ChangeKeys {
  articles: string[];
  figures: string[];
  quotes: string[];
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
/** The identity of a figure across editions. */
export const figureKey = (f: Figure): string => `${f.value}|${norm(f.unit)}|${norm(f.claimant)}`;
/** The identity of a statement across editions. */
export const quoteKey = (q: Quote): string => `${norm(q.speaker)}|${norm(q.text)}`;
const articleKey = (a: Article): string => `${a.file}|${a.hash ?? a.body}`;

/** Compares a corpus with the previous edition's: new articles, new figures, new statements (pure). */
export function diffCorpus(current: Corpus, previous: Corpus): CorpusChanges {
  const oldArticles = new Set(previous.articles.map(articleKey));
  const oldFigures = new Set(previous.figures.map(figureKey));
  const oldQuotes = new Set(previous.quotes.map(quoteKey));
  return {
    articles: current.articles.filter((a) => !oldArticles.has(articleKey(a))),
    figures: current.figures.filter((f) => !oldFigures.has(figureKey(f))),
    quotes: current.quotes.filter((q) => !oldQuotes.has(quoteKey(q))),
  };
}

/** The keys of a set of changes, for storing. */
export function toChangeKeys(changes: CorpusChanges): ChangeKeys {
  return {
    articles: changes.articles.map((a) => a.id),
    figures: changes.figures.map(figureKey),
    quotes: changes.quotes.map(quoteKey),
  };
}

/** Resolves stored keys against the current corpus (entries that no longer exist drop out). */
export function fromChangeKeys(current: Corpus, keys: ChangeKeys): CorpusChanges {
  const a = new Set(keys.articles);
  const f = new Set(keys.figures);
  const q = new Set(keys.quotes);
  return {
    articles: current.articles.filter((x) => a.has(x.id)),
    figures: current.figures.filter((x) => f.has(figureKey(x))),
    quotes: current.quotes.filter((x) => q.has(quoteKey(x))),
  };
}

/** The previous edition as read from corpus.json: the corpus and the changes it marked, if any. */
export interface PreviousEdition {
  corpus: Corpus;
  changes?: ChangeKeys;
}

/**
 * What this edition marks as new: nothing on the first edition; the diff against the previous edition when
 * the articles changed; the previous edition's marks when the articles are the same (a rebuild of the same
 * edition, e.g. after a code change), so the PDF stays reproducible.
 */
export function toEditionChanges(
  current: Corpus,
  previous: PreviousEdition | null,
): CorpusChanges | undefined {
  if (!previous) return undefined;
  const same =
    previous.corpus.articles.length === current.articles.length &&
    previous.corpus.articles.every((a, i) => articleKey(a) === articleKey(current.articles[i] as Article));
  if (!same) return diffCorpus(current, previous.corpus);
  return previous.changes ? fromChangeKeys(current, previous.changes) : undefined;
}
