import { parentPort } from 'node:worker_threads';
import { analyzeArticle, parseArticle, type RawInput } from '@dossier/core';
import type { AnalyzeOutcome } from './analyze-parallel.js';

// A worker of the analysis pool: receives batches of inputs, answers with their analyses in the same order.
parentPort?.on('message', (msg: { start: number; inputs: RawInput[] }) => {
  const results = msg.inputs.map((input): AnalyzeOutcome => {
    try {
      return { analysis: analyzeArticle(parseArticle(input)) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
  parentPort?.postMessage({ start: msg.start, results });
});
