import { CorpusSchema } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { renderJob } from './render-dossier-pdf.js';
import { RenderThreadLost, startRenderThread } from './render-thread.js';
import { type RenderJob, toRenderJob } from './to-render-job.js';
import { toWarmUpCorpus } from './warm-up-corpus.js';

// The thread runs the compiled worker (the test task builds first).
const workerUrl = new URL('../../dist/render/render-worker.js', import.meta.url);
const createdAt = new Date(Date.UTC(2031, 0, 2));
const job = (seed: number): RenderJob => toRenderJob(toWarmUpCorpus(4, seed), { createdAt });

describe('toWarmUpCorpus', () => {
  it('is a valid corpus, the same for the same seed and other for another', () => {
    const a = toWarmUpCorpus(5, 7);
    expect(CorpusSchema.parse(a)).toEqual(a);
    expect(toWarmUpCorpus(5, 7)).toEqual(a);
    expect(toWarmUpCorpus(5, 8).articles[0]?.body).not.toBe(a.articles[0]?.body);
    expect(a.articles).toHaveLength(5);
  });
});

describe('toRenderJob', () => {
  it('leaves the article texts out when there is no appendix', () => {
    const corpus = toWarmUpCorpus(3, 1);
    expect(
      toRenderJob(corpus, { createdAt, appendix: false }).model.articles.every((a) => a.body === ''),
    ).toBe(true);
    expect(toRenderJob(corpus, { createdAt, appendix: true }).model.articles.map((a) => a.body)).toEqual(
      corpus.articles.map((a) => a.body),
    );
  });
});

describe('startRenderThread', () => {
  it.each([0, 2])(
    'renders the same bytes as this thread (after %i warm-up rounds)',
    async (warmUpRounds) => {
      const thread = startRenderThread({ workerUrl, warmUpRounds });
      try {
        // sent at once: the job waits for the warm-up round under way, the warm-up leaves no trace in it
        if (warmUpRounds) await new Promise((r) => setTimeout(r, 1500));
        const threaded = await thread.render(job(3));
        const here = await renderJob(job(3));
        expect(Buffer.from(threaded.pdf).equals(Buffer.from(here.pdf))).toBe(true);
        expect(threaded.warnings).toEqual(here.warnings);
        expect(threaded.phases.map((p) => p.name)).toEqual(['templates', 'document', 'pdf']);
        expect(threaded.warmUp.rounds).toBeLessThanOrEqual(warmUpRounds);
      } finally {
        await thread.close();
      }
    },
    60_000,
  );

  it('rejects with the reason when rendering fails', async () => {
    const thread = startRenderThread({ workerUrl });
    try {
      const good = job(1);
      const bad = { ...good, model: { ...good.model, articles: null } } as unknown as RenderJob;
      const err = await thread.render(bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect(err).not.toBeInstanceOf(RenderThreadLost);
    } finally {
      await thread.close();
    }
  }, 30_000);

  it('rejects a job once the thread is gone', async () => {
    const thread = startRenderThread({ workerUrl: new URL('data:text/javascript,process.exit(3)') });
    await new Promise((r) => setTimeout(r, 500));
    await expect(thread.render(job(1))).rejects.toBeInstanceOf(RenderThreadLost);
    await thread.close();
  }, 30_000);
});
