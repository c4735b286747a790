import { watch as fsWatch } from 'node:fs';
import { extname } from 'node:path';
import { ACCEPTED_EXTENSIONS } from './load/walk-folder.js';

/** Timers the scheduler uses; tests pass fake ones. */
export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** Coalesces change notifications into rebuilds. */
export interface RebuildScheduler {
  /** reports a changed path (relative to the watched folder); irrelevant paths are ignored */
  notify(path: string | null): void;
  /** resolves when no rebuild is running or pending */
  idle(): Promise<void>;
  /** stops: pending rebuilds are dropped */
  dispose(): void;
}

/** Whether a changed path can affect the dossier: not hidden (temp files, the cache), an article extension or a folder. */
export function isRelevantChange(path: string | null): boolean {
  if (path === null) return true; // the platform did not say which file: rebuild to be safe
  const parts = path.split(/[\\/]/);
  if (parts.some((p) => p.startsWith('.'))) return false;
  const ext = extname(parts[parts.length - 1] ?? '').toLowerCase();
  return ext === '' || (ACCEPTED_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * Debounces change events: a rebuild starts `debounceMs` after the last relevant change; changes during a
 * rebuild schedule exactly one more afterwards, so builds never overlap and no change is missed.
 */
export function createRebuildScheduler(opts: {
  debounceMs: number;
  rebuild: () => Promise<unknown>;
  timers?: Timers;
}): RebuildScheduler {
  const timers: Timers = opts.timers ?? {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  };
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let dirty = false;
  let disposed = false;

  const start = () => {
    timer = null;
    if (disposed) return;
    if (running) {
      dirty = true;
      return;
    }
    running = (async () => {
      try {
        await opts.rebuild();
      } catch {
        // the rebuild reports its own errors; watching goes on
      }
      running = null;
      if (dirty && !disposed) {
        dirty = false;
        schedule();
      }
    })();
  };
  const schedule = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(start, opts.debounceMs);
  };
  return {
    notify(path) {
      if (disposed || !isRelevantChange(path)) return;
      if (running) dirty = true;
      else schedule();
    },
    async idle() {
      while (running || timer !== null) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, 5));
      }
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}

/** Watches a folder (recursively) and rebuilds on changes until the signal aborts (Ctrl-C). */
export async function runWatch(
  dir: string,
  rebuild: () => Promise<unknown>,
  opts: { signal: AbortSignal; debounceMs?: number },
): Promise<void> {
  const scheduler = createRebuildScheduler({ debounceMs: opts.debounceMs ?? 300, rebuild });
  const watcher = fsWatch(dir, { recursive: true, signal: opts.signal }, (_event, name) =>
    scheduler.notify(name === null ? null : String(name)),
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      scheduler.dispose();
      watcher.close();
      resolve();
    };
    if (opts.signal.aborted) stop();
    else opts.signal.addEventListener('abort', stop, { once: true });
    // An AbortError from the watcher is the normal way out, not a failure.
    watcher.on('error', stop);
  });
  await scheduler.idle();
}
