import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { preloadGlyphRuns } from './glyph-run-cache.js';
import { renderJob } from './render-dossier-pdf.js';
import type { RenderThreadMessage, RenderThreadReply } from './render-thread.js';
import { type RenderJob, toRenderJob } from './to-render-job.js';
import { toWarmUpCorpus } from './warm-up-corpus.js';

// The render thread: it loads pdfmake and the fonts, renders made-up dossiers while the main thread reads and
// analyses the articles (so the real one meets compiled code), then renders the job it is sent.
const data = workerData as { warmUpRounds?: number; glyphRunsPath?: string } | undefined;
const maxRounds = data?.warmUpRounds ?? 0;
let warming = maxRounds > 0;
let job: RenderJob | null = null;
const warmUp = { rounds: 0, ms: 0 };
let running = true;

const reply = (msg: RenderThreadReply, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(msg, transfer);

parentPort?.on('message', (msg: RenderThreadMessage) => {
  if (msg.type === 'stop-warm-up') warming = false;
  else {
    warming = false;
    job = msg.job;
    // a job that arrives after the warm-up ended starts at once
    if (!running) void run();
  }
});

async function run(): Promise<void> {
  running = true;
  try {
    // the words shaped by the build before, read while the main thread works
    if (data?.glyphRunsPath) preloadGlyphRuns(data.glyphRunsPath);
    // a job already sent (a small corpus analysed while this thread loaded) goes first, without a warm-up
    await yieldToEvents();
    while (warming && warmUp.rounds < maxRounds) {
      const t = performance.now();
      // each round is a few pages, so a job waits at most that long; every round has other words
      await renderJob(
        toRenderJob(toWarmUpCorpus(2, warmUp.rounds + 1), { createdAt: new Date(0), lang: 'de' }),
      );
      warmUp.ms += performance.now() - t;
      warmUp.rounds++;
      await yieldToEvents();
    }
  } catch {
    // a failed warm-up costs only time; the job still runs
  }
  if (job) {
    const current = job;
    job = null;
    try {
      const phases: { name: string; ms: number }[] = [];
      let last = performance.now();
      const result = await renderJob(current, (name) => {
        const now = performance.now();
        phases.push({ name, ms: now - last });
        last = now;
      });
      // a copy of its own (a small Buffer may sit in a shared pool), handed over without another copy
      const pdf = new Uint8Array(result.pdf).buffer as ArrayBuffer;
      reply({ type: 'done', pdf, warnings: result.warnings, phases, warmUp }, [pdf]);
    } catch (err) {
      reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }
  running = false;
}
void run();
