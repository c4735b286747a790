import type { Article } from '../schema.js';
import type { Sentence } from '../text/split-sentences.js';

/** What every extractor gets: the cleaned article, its paragraphs and its sentences. */
export interface AnalysisInput {
  article: Article;
  paragraphs: readonly string[];
  sentences: readonly Sentence[];
  /** sources named outside the body (credit lines, source lists) */
  citedSources: readonly string[];
}
