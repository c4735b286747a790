import {
  type ArticleAnalysis,
  analyzeArticle,
  type Problem,
  parseArticle,
  type RawInput,
} from '@dossier/core';
import { type AnalysisCache, toCacheKey } from './analysis-cache.js';

/** How the analysis step runs. */
export interface AnalyzeOptions {
  cache?: AnalysisCache;
  /** fingerprint of the core build, part of the cache key */
  coreBuild?: string;
  /** called after each article with the count done so far */
  onProgress?: (done: number, total: number, cached: number) => void;
}

/** What analysing the inputs gives: analyses in input order, problems of articles left out, and counts. */
export interface AnalyzeResult {
  analyses: ArticleAnalysis[];
  problems: Problem[];
  analysed: number;
  cached: number;
}

/** Parses and analyses each input (or takes its analysis from the cache); articles with no text left are left out with their problem. */
export async function analyzeInputs(
  inputs: readonly RawInput[],
  opts: AnalyzeOptions = {},
): Promise<AnalyzeResult> {
  const analyses: ArticleAnalysis[] = [];
  const problems: Problem[] = [];
  const keys = new Set<string>();
  let analysed = 0;
  let cached = 0;
  for (const [i, input] of inputs.entries()) {
    const key = toCacheKey(input, opts.coreBuild);
    keys.add(key);
    let analysis = await opts.cache?.get(key);
    if (analysis) cached++;
    else {
      try {
        analysis = analyzeArticle(parseArticle(input));
      } catch (err) {
        // A bug in one extractor must not cost the other articles; the file is named and skipped.
        problems.push({
          code: 'analysis-failed',
          file: input.file,
          message: `analysis failed: ${err instanceof Error ? err.message : String(err)}`,
          severity: 'error',
          skipped: true,
        });
        opts.onProgress?.(i + 1, inputs.length, cached);
        continue;
      }
      analysed++;
      await opts.cache?.set(key, analysis);
    }
    if (!analysis.article.body.trim()) {
      // Only boilerplate: nothing to brief on. The problem stays (marked skipped) so Quellen lists the file.
      const own = analysis.problems.length
        ? analysis.problems
        : [
            {
              code: 'empty-body',
              file: input.file,
              message: 'no article text left after cleaning',
              severity: 'warning' as const,
            },
          ];
      problems.push(...own.map((p) => ({ ...p, skipped: true })));
    } else analyses.push(analysis);
    opts.onProgress?.(i + 1, inputs.length, cached);
  }
  await opts.cache?.prune(keys);
  return { analyses, problems, analysed, cached };
}
