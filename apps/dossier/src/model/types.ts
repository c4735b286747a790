/** A reference to an article: its number [n] in the Quellen list. */
export type Ref = number;

/** One sentence of the situation summary. */
export interface SummaryItem {
  text: string;
  refs: Ref[];
}

/** One dated event. */
export interface TimelineRow {
  date: string;
  until?: string;
  /** later dates the same sentence of the same articles gives ("zwischen Januar 2024 und Juni 2025") */
  also?: { date: string; until?: string }[];
  text: string;
  refs: Ref[];
}

/** One row of the figures table. */
export interface FigureRow {
  value: number;
  unit: string | null;
  claimant: string | null;
  subject?: string;
  approx: boolean;
  refs: Ref[];
  /** how many distinct articles state this figure */
  corroboration: number;
  /** not in the previous edition */
  isNew: boolean;
}

/** Figures about the same subject whose values differ. */
export interface FigureComparison {
  subject: string;
  rows: FigureRow[];
  min: number;
  max: number;
}

/** One statement of an actor. */
export interface Statement {
  text: string;
  kind: 'direct' | 'indirect';
  refs: Ref[];
  /** not in the previous edition */
  isNew: boolean;
}

/** Statements grouped by the actor who made them. */
export interface ActorGroup {
  /** null when the text does not say who spoke */
  actor: string | null;
  role: string | null;
  /** a person (named in the corpus' people or with a role), a body or organisation, or no speaker known */
  kind: 'person' | 'body' | 'unattributed';
  statements: Statement[];
}

/** One article in the Quellen list. */
export interface ArticleEntry {
  ref: Ref;
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  date: string | null;
  file: string;
  body: string;
}

/** A source the articles cite. */
export interface CitedSource {
  name: string;
  kind: string | null;
  count: number;
  refs: Ref[];
}

/** A file that was skipped or had problems. */
export interface ProblemEntry {
  file: string;
  message: string;
  severity: string;
  skipped: boolean;
}

/** Everything the PDF shows, computed from the corpus and independent of layout. */
export interface DossierModel {
  language: string;
  /** words for a derived title: the terms most articles share */
  titleTerms: string[];
  /** first and last article date; null when no article has a date */
  period: { from: string; to: string } | null;
  /** articles without a date (not part of the period) */
  undatedCount: number;
  articleCount: number;
  publisherCount: number;
  publishers: string[];
  /** short hash of the inputs, identifies the edition */
  contentHash: string;
  summary: SummaryItem[];
  timeline: TimelineRow[];
  figures: FigureRow[];
  comparisons: FigureComparison[];
  reactions: ActorGroup[];
  articles: ArticleEntry[];
  sources: CitedSource[];
  problems: ProblemEntry[];
  changes: { newArticleRefs: Ref[]; newFigures: number; newQuotes: number } | null;
}
