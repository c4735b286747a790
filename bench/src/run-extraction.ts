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
  analyses: ArticleAnalysis[];
  ms: number;
  /** parseArticle alone: cleaning, metadata, language (the part the Readability peer also does) */
  parseMs: number;
  analyzeMs: number;
} {
  // Warm the JIT on a few articles first, so the figure is the steady state a large folder sees.
  for (const input of inputs.slice(0, 20)) analyzeArticle(parseArticle(input));
  const t = performance.now();
  const parsed = inputs.map((input) => parseArticle(input));
  const parseMs = performance.now() - t;
  const analyses = parsed.map((p) => analyzeArticle(p));
  const analyzeMs = performance.now() - t;
  const corpus = buildCorpus(analyses);
  return { corpus, analyses, ms: performance.now() - t, parseMs, analyzeMs };
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
export async function runExtractionParallel(inputs: readonly RawInput[]): Promise<{
  corpus: Corpus;
  analyses: (ArticleAnalysis | null)[];
  errors: string[];
  ms: number;
}> {
  const t = performance.now();
  const outcomes = await runAnalyzeParallel(inputs);
  const analyses = outcomes.map((o) => ('analysis' in o ? o.analysis : null));
  const corpus = buildCorpus(analyses.filter((a): a is ArticleAnalysis => a !== null));
  const errors = outcomes.flatMap((o, i) => ('error' in o ? [`${inputs[i]?.file}: ${o.error}`] : []));
  return { corpus, analyses, errors, ms: performance.now() - t };
}

/** Compares per-article analyses of two runs: how many differ, and where the first difference is. */
export function compareAnalyses(
  a: readonly (ArticleAnalysis | null)[],
  b: readonly (ArticleAnalysis | null)[],
): { differing: number; first: string | null } {
  let differing = 0;
  let first: string | null = null;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    differing++;
    if (first === null) {
      const key = (
        ['article', 'paragraphs', 'figures', 'quotes', 'sources', 'people', 'events', 'problems'] as const
      ).find((k) => JSON.stringify(x?.[k]) !== JSON.stringify(y?.[k]));
      first = `${x?.article.file ?? y?.article.file ?? i} (${key ?? 'missing'})`;
    }
  }
  return { differing, first };
}
