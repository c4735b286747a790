import { toSentences } from '../text/split-sentences.js';
import type { AnalysisInput } from './analysis-input.js';

/** A test article made of the given paragraphs, as the extractors receive it (tests only; not built). */
export function analysisInputOf(
  paragraphs: string[],
  opts: { language?: string; date?: string | null } = {},
): AnalysisInput {
  return {
    article: {
      id: 'a1',
      file: 'a1.txt',
      title: 'Test',
      date: opts.date ?? null,
      publisher: null,
      author: null,
      language: opts.language ?? 'de',
      body: paragraphs.join('\n\n'),
    },
    paragraphs,
    sentences: toSentences(paragraphs),
    citedSources: [],
  };
}
