import { toSentences } from '../text/split-sentences.js';
import type { ArticleAnalysis, ParsedArticle } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';
import { extractEvents } from './extract-events.js';
import { extractFigures } from './extract-figures.js';
import { extractPeople } from './extract-people.js';
import { extractQuotes } from './extract-quotes.js';
import { extractSources } from './extract-sources.js';

/** Runs every extractor over one parsed article. */
export function analyzeArticle(parsed: ParsedArticle): ArticleAnalysis {
  const input: AnalysisInput = {
    article: parsed.article,
    paragraphs: parsed.paragraphs,
    sentences: toSentences(parsed.paragraphs),
    citedSources: parsed.citedSources,
  };
  return {
    article: parsed.article,
    paragraphs: parsed.paragraphs,
    figures: extractFigures(input),
    quotes: extractQuotes(input),
    sources: extractSources(input),
    people: extractPeople(input),
    events: extractEvents(input),
    problems: parsed.problems,
  };
}
