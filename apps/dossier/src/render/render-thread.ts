import { Worker } from 'node:worker_threads';
import type { RenderJob, RenderResult } from './to-render-job.js';

/** A message to the render thread. */
export type RenderThreadMessage = { type: 'job'; job: RenderJob } | { type: 'stop-warm-up' };

/** One phase of the render thread's work, for --timings. */
export interface RenderPhase {
  name: string;
  ms: number;
}

/** The render thread's answer to a job. */
export type RenderThreadReply =
  | {
      type: 'done';
      pdf: ArrayBuffer;
      warnings: string[];
      phases: RenderPhase[];
      warmUp: { rounds: number; ms: number };
    }
  | { type: 'error'; message: string };

/** What the render thread gives for a job: the PDF and warnings, with how it spent its time. */
export interface ThreadedRenderResult extends RenderResult {
  phases: RenderPhase[];
  warmUp: { rounds: number; ms: number };
}

/** The render thread itself failed (it could not start, crashed or exited), as opposed to the render it ran. */
export class RenderThreadLost extends Error {}

/** A second thread that loads the renderer and warms it up while the main thread works, then renders one job. */
export interface RenderThread {
  /** sends the job and resolves with the PDF; rejects if rendering fails, with RenderThreadLost if the thread dies */
  render(job: RenderJob): Promise<ThreadedRenderResult>;
  /** ends the warm-up (when the analysis needs both cores) */
  stopWarmUp(): void;
  /** stops the thread */
  close(): Promise<void>;
}

/** Options of the render thread. */
export interface RenderThreadOptions {
  /** most warm-up rounds (a few pages each) before the job arrives; 0: no warm-up */
  warmUpRounds?: number;
  /** the compiled worker module (default: render-worker.js beside this file) */
  workerUrl?: URL;
  /** the glyph-run cache file the job will name, read by the thread before the job arrives */
  glyphRunsPath?: string;
}

/**
 * Starts the render thread. It does not keep the process alive, and the main thread need not wait for it to
 * be ready: a job sent early waits for the warm-up round under way.
 */
export function startRenderThread(opts: RenderThreadOptions = {}): RenderThread {
  const worker = new Worker(opts.workerUrl ?? new URL('./render-worker.js', import.meta.url), {
    workerData: {
      warmUpRounds: opts.warmUpRounds ?? 0,
      ...(opts.glyphRunsPath ? { glyphRunsPath: opts.glyphRunsPath } : {}),
    },
  });
  worker.unref();
  let failure: Error | null = null;
  let settle: { resolve(r: ThreadedRenderResult): void; reject(e: Error): void } | null = null;
  const fail = (err: Error) => {
    failure ??= err;
    settle?.reject(err);
    settle = null;
  };
  worker.on('error', (err) => fail(new RenderThreadLost(`the render thread failed: ${err.message}`)));
  worker.on('exit', (code) => fail(new RenderThreadLost(`the render thread exited (code ${code})`)));
  worker.on('message', (msg: RenderThreadReply) => {
    if (msg.type === 'error') return fail(new Error(msg.message));
    settle?.resolve({
      pdf: new Uint8Array(msg.pdf),
      warnings: msg.warnings,
      phases: msg.phases,
      warmUp: msg.warmUp,
    });
    settle = null;
  });
  return {
    render(job) {
      if (failure) return Promise.reject(failure);
      return new Promise<ThreadedRenderResult>((resolve, reject) => {
        settle = { resolve, reject };
        worker.postMessage({ type: 'job', job } satisfies RenderThreadMessage);
      });
    },
    stopWarmUp() {
      if (!failure) worker.postMessage({ type: 'stop-warm-up' } satisfies RenderThreadMessage);
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
