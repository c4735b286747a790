import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAnalyzeParallel } from '@dossier/app';
import {
  type ArticleAnalysis,
  analyzeArticle,
  buildCorpus,
  type Corpus,
  parseArticle,
  type RawInput,
  splitSentences,
} from '@dossier/core';

/** Reads every .txt file of a folder in name order, timing the reads. */
export async function loadInputs(dir: string): Promise<{ inputs: RawInput[]; ms: number }> {
  const t = performance.now();
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const inputs: RawInput[] = [];
  for (const file of names) inputs.push({ file, text: await readFile(join(dir, file), 'utf8') });
  return { inputs, ms: performance.now() - t };
}

/** Runs the core (parse + analyze + buildCorpus) on one thread over in-memory inputs and times it. */
export function runExtraction(inputs: readonly RawInput[]): {
  corpus: Corpus;
  ms: number;
  analyzeMs: number;
} {
  // Warm the JIT on a few articles first, so the figure is the steady state a large folder sees.
  for (const input of inputs.slice(0, 20)) analyzeArticle(parseArticle(input));
  const t = performance.now();
  const analyses = inputs.map((input) => analyzeArticle(parseArticle(input)));
  const analyzeMs = performance.now() - t;
  const corpus = buildCorpus(analyses);
  return { corpus, ms: performance.now() - t, analyzeMs };
}

/** The bare baseline: read the files and split them into sentences, nothing else. */
export async function runBaseline(dir: string): Promise<{ ms: number; sentences: number }> {
  const t = performance.now();
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  let sentences = 0;
  for (const file of names) {
    const text = await readFile(join(dir, file), 'utf8');
    for (const p of text.split(/\n\s*\n/)) sentences += splitSentences(p).length;
  }
  return { ms: performance.now() - t, sentences };
}

/** Runs the analysis on the app's worker pool (one worker per core) and builds the corpus; times both. */
export async function runExtractionParallel(
  inputs: readonly RawInput[],
): Promise<{ corpus: Corpus; ms: number }> {
  const t = performance.now();
  const outcomes = await runAnalyzeParallel(inputs);
  const analyses = outcomes.flatMap((o): ArticleAnalysis[] => ('analysis' in o ? [o.analysis] : []));
  const corpus = buildCorpus(analyses);
  return { corpus, ms: performance.now() - t };
}
