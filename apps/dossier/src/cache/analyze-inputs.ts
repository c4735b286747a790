import {
  type ArticleAnalysis,
  analyzeArticle,
  type Problem,
  parseArticle,
  type RawInput,
} from '@dossier/core';
import { type AnalysisCache, toCacheKey } from './analysis-cache.js';

/** What analysing one input gives: its analysis, or why it failed. */
export type AnalysisOutcome = { analysis: ArticleAnalysis } | { error: string };

/** Analyses many inputs in order (sequentially here; the CLI may pass a worker pool). */
export type AnalyzeMany = (
  inputs: readonly RawInput[],
  onDone?: (done: number) => void,
) => Promise<AnalysisOutcome[]>;

/** How the analysis step runs. */
export interface AnalyzeOptions {
  cache?: AnalysisCache;
  /** fingerprint of the core build, part of the cache key */
  coreBuild?: string;
  /** how cache misses are analysed (default: one after the other on this thread) */
  analyzeMany?: AnalyzeMany;
  /** called as articles are analysed, with the number analysed so far and the number to analyse */
  onProgress?: (done: number, total: number) => void;
}

/** What analysing the inputs gives: analyses in input order, problems of articles left out, and counts. */
export interface AnalyzeResult {
  analyses: ArticleAnalysis[];
  problems: Problem[];
  analysed: number;
  cached: number;
}

/** How many cache entries are written at the same time. */
const CACHE_WRITE_BATCH = 64;

/** Parses and analyses inputs one after the other; an error in one input does not stop the others. */
export const analyzeSequential: AnalyzeMany = async (inputs, onDone) =>
  inputs.map((input, i) => {
    let outcome: AnalysisOutcome;
    try {
      outcome = { analysis: analyzeArticle(parseArticle(input)) };
    } catch (err) {
      outcome = { error: err instanceof Error ? err.message : String(err) };
    }
    onDone?.(i + 1);
    return outcome;
  });

/** Analyses each input, taking what it can from the cache; articles with no text left are left out with their problem. */
export async function analyzeInputs(
  inputs: readonly RawInput[],
  opts: AnalyzeOptions = {},
): Promise<AnalyzeResult> {
  const keys = inputs.map((input) => toCacheKey(input, opts.coreBuild));
  const found = await Promise.all(keys.map((k) => opts.cache?.get(k)));
  const missing = inputs.flatMap((input, i) => (found[i] ? [] : [{ input, i }]));
  const analyzeMany = opts.analyzeMany ?? analyzeSequential;
  const outcomes = await analyzeMany(
    missing.map((m) => m.input),
    (done) => opts.onProgress?.(done, missing.length),
  );
  const results: AnalysisOutcome[] = found.map((a) => (a ? { analysis: a } : { error: 'not analysed' }));
  const writes: (() => Promise<void>)[] = [];
  for (const [j, m] of missing.entries()) {
    const outcome = outcomes[j] ?? { error: 'no result from the analysis' };
    results[m.i] = outcome;
    const key = keys[m.i];
    const cache = opts.cache;
    if ('analysis' in outcome && key && cache) writes.push(() => cache.set(key, outcome.analysis));
  }
  // the entries are independent files: written side by side in batches, not one after the other (a batch
  // bounds how many serialised analyses are held at once)
  for (let i = 0; i < writes.length; i += CACHE_WRITE_BATCH) {
    await Promise.all(writes.slice(i, i + CACHE_WRITE_BATCH).map((w) => w()));
  }

  const analyses: ArticleAnalysis[] = [];
  const problems: Problem[] = [];
  for (const [i, outcome] of results.entries()) {
    const file = inputs[i]?.file ?? '';
    if ('error' in outcome) {
      // A bug in one extractor must not cost the other articles; the file is named and skipped.
      problems.push({
        code: 'analysis-failed',
        file,
        message: `analysis failed: ${outcome.error}`,
        severity: 'error',
        skipped: true,
      });
    } else if (!outcome.analysis.article.body.trim()) {
      // Only boilerplate: nothing to brief on. The problem stays (marked skipped) so Quellen lists the file.
      const own: Problem[] = outcome.analysis.problems.length
        ? outcome.analysis.problems
        : [{ code: 'empty-body', file, message: 'no article text left after cleaning', severity: 'warning' }];
      problems.push(...own.map((p) => ({ ...p, skipped: true })));
    } else analyses.push(outcome.analysis);
  }
  await opts.cache?.prune(new Set(keys));
  return { analyses, problems, analysed: missing.length, cached: inputs.length - missing.length };
}
