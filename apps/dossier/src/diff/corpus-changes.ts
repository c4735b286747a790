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
export const figureKey = (f: Pick<Figure, 'value' | 'unit' | 'claimant'>): string =>
  `${f.value}|${norm(f.unit)}|${norm(f.claimant)}`;
/** The identity of a statement across editions. */
export const quoteKey = (q: Pick<Quote, 'speaker' | 'text'>): string => `${norm(q.speaker)}|${norm(q.text)}`;
/** The identity of an article across editions: its file and content. */
export const articleKey = (a: { file: string; hash?: string | undefined; body: string }): string =>
  `${a.file}|${a.hash ?? a.body}`;

/** What the edition diff needs of a corpus: the keys of its articles (in order), figures and statements. */
export interface EditionKeys {
  articles: string[];
  figures: string[];
  quotes: string[];
}

/** The edition keys of a corpus. */
export function toEditionKeys(corpus: {
  articles: readonly Parameters<typeof articleKey>[0][];
  figures: readonly Parameters<typeof figureKey>[0][];
  quotes: readonly Parameters<typeof quoteKey>[0][];
}): EditionKeys {
  return {
    articles: corpus.articles.map(articleKey),
    figures: corpus.figures.map(figureKey),
    quotes: corpus.quotes.map(quoteKey),
  };
}

/** Compares a corpus with the previous edition's keys: new articles, figures and statements (pure); `keys` are the corpus's own when the caller has them. */
export function diffCorpus(
  current: Corpus,
  previous: EditionKeys,
  keys: EditionKeys = toEditionKeys(current),
): CorpusChanges {
  const oldArticles = new Set(previous.articles);
  const oldFigures = new Set(previous.figures);
  const oldQuotes = new Set(previous.quotes);
  return {
    articles: current.articles.filter((_, i) => !oldArticles.has(keys.articles[i] ?? '')),
    figures: current.figures.filter((_, i) => !oldFigures.has(keys.figures[i] ?? '')),
    quotes: current.quotes.filter((_, i) => !oldQuotes.has(keys.quotes[i] ?? '')),
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

/** Resolves stored keys against the current corpus (entries that no longer exist drop out); `keys` as for diffCorpus. */
export function fromChangeKeys(
  current: Corpus,
  stored: ChangeKeys,
  keys: EditionKeys = toEditionKeys(current),
): CorpusChanges {
  const a = new Set(stored.articles);
  const f = new Set(stored.figures);
  const q = new Set(stored.quotes);
  return {
    articles: current.articles.filter((x) => a.has(x.id)),
    figures: current.figures.filter((_, i) => f.has(keys.figures[i] ?? '')),
    quotes: current.quotes.filter((_, i) => q.has(keys.quotes[i] ?? '')),
  };
}

/** The previous edition as read from corpus.json: its keys and the changes it marked, if any. */
export interface PreviousEdition {
  keys: EditionKeys;
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
  keys: EditionKeys = toEditionKeys(current),
): CorpusChanges | undefined {
  if (!previous) return undefined;
  const old = previous.keys.articles;
  const same = old.length === keys.articles.length && old.every((key, i) => key === keys.articles[i]);
  if (!same) return diffCorpus(current, previous.keys, keys);
  return previous.changes ? fromChangeKeys(current, previous.changes, keys) : undefined;
}
