import type { SourceMention } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';

/** Finds the outlets, agencies and institutes an article cites (first version: credit lines only). */
export function extractSources(input: AnalysisInput): SourceMention[] {
  return input.citedSources.map((name) => ({ article: input.article.id, name }));
}
