import type { Article, IsoDate, Problem, Quote } from './schema.js';

/** One raw input handed to the core: the text of a file plus what the user stated about it. */
export interface RawInput {
  /** path relative to the input folder, forward slashes */
  file: string;
  /** the decoded text (UTF-8 already; the core never reads files) */
  text: string;
  /** metadata the user stated (front matter, HTML meta tags); wins over what is extracted */
  meta?: InputMeta;
  /** content hash of the raw bytes, when the caller has one */
  hash?: string;
}

/** Metadata stated by the user or the page, each field optional. */
export interface InputMeta {
  title?: string;
  date?: string;
  publisher?: string;
  author?: string;
  language?: string;
  url?: string;
}

/** An article after parsing and cleaning, before analysis. */
export interface ParsedArticle {
  article: Article;
  /** cleaned paragraphs (the body is these joined by a blank line) */
  paragraphs: string[];
  /** sources named outside the body: credit lines "(bme mit AFP)", "Quellen: …" lists, syndication notes */
  citedSources: string[];
  problems: Problem[];
}

/** A figure as found in one article, before merging. */
export interface FigureMention {
  article: string;
  value: number;
  unit: string | null;
  claimant: string | null;
  subject?: string;
  approx?: boolean;
  /** the sentence that states it */
  text: string;
}

/** A source as cited in one article. */
export interface SourceMention {
  article: string;
  name: string;
  /** the full name when the text pairs it with an abbreviation ("Institute for the Study of War (ISW)") */
  fullName?: string;
  kind?: 'agency' | 'outlet' | 'intelligence' | 'institute' | 'platform' | 'other';
}

/** A person as named in one article. */
export interface PersonMention {
  article: string;
  name: string;
  role: string | null;
  /** other spellings of the name seen in the same article */
  aliases?: string[];
}

/** A dated event as found in one article; partial dates are resolved when the corpus is built. */
export interface EventMention {
  article: string;
  text: string;
  /** resolved ISO date, when the article alone suffices */
  date?: IsoDate;
  until?: IsoDate;
  /** what the text gives when the year is missing and the article has no date */
  partial?: {
    month: number;
    day?: number;
    weekday?: number;
    untilDay?: number;
    /** month of the range's last day, when it differs ("vom 30. April bis 2. Mai") */
    untilMonth?: number;
    /** "letzten August": the year before the anchor's */
    yearOffset?: number;
    /** the sentence speaks of the future, so the next such month is meant */
    future?: boolean;
  };
}

/** Everything found in one article: JSON-serialisable, so it can be cached and sent between threads. */
export interface ArticleAnalysis {
  article: Article;
  paragraphs: string[];
  figures: FigureMention[];
  quotes: Quote[];
  sources: SourceMention[];
  people: PersonMention[];
  events: EventMention[];
  problems: Problem[];
}
