import { analyzeArticle } from './analyze/analyze-article.js';
import { buildCorpus } from './merge/build-corpus.js';
import { parseArticle } from './parse/parse-article.js';
import type { Corpus, Problem } from './schema.js';
import type { RawInput } from './types.js';

/** Parses, analyzes and merges raw inputs into a corpus in one call. */
export function extractCorpus(inputs: readonly RawInput[], problems: readonly Problem[] = []): Corpus {
  return buildCorpus(
    inputs.map((input) => analyzeArticle(parseArticle(input))),
    problems,
  );
}
