export { analyzeArticle } from './analyze/analyze-article.js';
export { isMeasureUnit } from './analyze/is-measure-unit.js';
export { extractCorpus } from './extract-corpus.js';
export { buildCorpus } from './merge/build-corpus.js';
export { parseArticle, toArticleId } from './parse/parse-article.js';
export * from './schema.js';
export { type Sentence, splitSentences, toSentences } from './text/split-sentences.js';
export type * from './types.js';

/** The version of the analysis; cached analyses from another version are not reused. */
export const CORE_VERSION = '0.1.0';
