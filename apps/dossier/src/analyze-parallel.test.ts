import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeOne, runAnalyzeParallel } from './analyze-parallel.js';

// The pool runs the compiled worker (the test task builds first).
const workerUrl = new URL('../dist/analyze-worker.js', import.meta.url);
const articlesDir = new URL('../../../data/articles/', import.meta.url).pathname;
const seeds = readdirSync(articlesDir)
  .sort()
  .map((f) => ({ file: f, text: readFileSync(join(articlesDir, f), 'utf8') }));
// Enough inputs for several batches per worker, each with its own file name.
const inputs = Array.from({ length: 24 }, (_, i) => ({ ...seeds[i % seeds.length]!, file: `a${i}.txt` }));

describe('runAnalyzeParallel', () => {
  it.each([
    [1, 5],
    [2, 3],
    [3, 100],
  ])(
    'with %i workers and batches of %i gives the sequential result in input order',
    async (workers, batchSize) => {
      const parallel = await runAnalyzeParallel(inputs, { workers, batchSize, workerUrl });
      expect(parallel).toEqual(inputs.map(analyzeOne));
    },
    // Starting workers and analysing 24 articles twice takes seconds when turbo runs the other
    // packages' tests on the same two cores.
    30_000,
  );

  it('gives nothing for no inputs', async () => {
    expect(await runAnalyzeParallel([], { workerUrl })).toEqual([]);
  });
});
