import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ArticleAnalysis, analyzeArticle, parseArticle, type RawInput } from '@dossier/core';

/** What analysing one input gives: its analysis, or the message of the error that stopped it. */
export type AnalyzeOutcome = { analysis: ArticleAnalysis } | { error: string };

/** How the pool runs. */
export interface ParallelOptions {
  /** number of worker threads (default: the machine's available parallelism) */
  workers?: number;
  /** inputs sent to a worker per message: large enough to amortise messaging, small enough to balance */
  batchSize?: number;
  /** the compiled worker module (default: analyze-worker.js beside this file) */
  workerUrl?: URL;
}

/** The number of workers the pool uses by default: one per core the process may use. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** Parses and analyses one input on the calling thread, as a worker does. */
export function analyzeOne(input: RawInput): AnalyzeOutcome {
  try {
    return { analysis: analyzeArticle(parseArticle(input)) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Runs parseArticle + analyzeArticle over the inputs on a pool of worker threads and returns the outcomes in
 * input order; the analysis is pure, so the result is identical to the sequential path's.
 */
export async function runAnalyzeParallel(
  inputs: readonly RawInput[],
  opts: ParallelOptions = {},
): Promise<AnalyzeOutcome[]> {
  const batchSize = Math.max(1, opts.batchSize ?? 16);
  const count = Math.min(opts.workers ?? defaultWorkerCount(), Math.ceil(inputs.length / batchSize));
  if (count <= 0) return [];
  const workerUrl = opts.workerUrl ?? new URL('./analyze-worker.js', import.meta.url);
  const results: AnalyzeOutcome[] = new Array(inputs.length);
  const workers: Worker[] = [];
  let next = 0;
  try {
    await Promise.all(
      Array.from(
        { length: count },
        () =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(workerUrl);
            workers.push(worker);
            let done = false;
            // Batches are handed out on demand, so a worker that gets long articles does not hold the others up.
            const send = () => {
              if (next >= inputs.length) {
                done = true;
                resolve();
                return;
              }
              const start = next;
              next = Math.min(inputs.length, start + batchSize);
              worker.postMessage({ start, inputs: inputs.slice(start, next) });
            };
            worker.on('message', (msg: { start: number; results: AnalyzeOutcome[] }) => {
              msg.results.forEach((r, i) => {
                results[msg.start + i] = r;
              });
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (!done) reject(new Error(`analysis worker exited early (code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
