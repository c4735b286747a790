import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRebuildScheduler, isRelevantChange } from './watch.js';

describe('isRelevantChange', () => {
  it.each([
    ['a.txt', true],
    ['sub/b.HTML', true],
    ['neuer-ordner', true],
    [null, true],
    ['.dossier-cache/x.json', false],
    ['.a.txt.1f2e.tmp', false],
    ['sub/.git/HEAD', false],
    ['bild.png', false],
    ['dossier.pdf', false],
  ])('%s -> %s', (path, relevant) => {
    expect(isRelevantChange(path)).toBe(relevant);
  });
});

describe('createRebuildScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('coalesces a burst of changes into one rebuild after the quiet period', async () => {
    const rebuild = vi.fn(async () => {});
    const s = createRebuildScheduler({ debounceMs: 100, rebuild });
    s.notify('a.txt');
    await vi.advanceTimersByTimeAsync(50);
    s.notify('b.txt');
    s.notify('a.txt');
    await vi.advanceTimersByTimeAsync(99);
    expect(rebuild).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(rebuild).toHaveBeenCalledTimes(1);
  });

  it('ignores irrelevant paths', async () => {
    const rebuild = vi.fn(async () => {});
    const s = createRebuildScheduler({ debounceMs: 10, rebuild });
    s.notify('.dossier-cache/k.json');
    s.notify('x.pdf');
    await vi.advanceTimersByTimeAsync(100);
    expect(rebuild).not.toHaveBeenCalled();
  });

  it('a change during a rebuild causes exactly one more rebuild afterwards, never overlapping', async () => {
    let running = 0;
    let maxRunning = 0;
    let release: () => void = () => {};
    const rebuild = vi.fn(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise<void>((r) => {
        release = r;
      });
      running--;
    });
    const s = createRebuildScheduler({ debounceMs: 10, rebuild });
    s.notify('a.txt');
    await vi.advanceTimersByTimeAsync(10);
    expect(rebuild).toHaveBeenCalledTimes(1);
    s.notify('b.txt');
    s.notify('c.txt');
    await vi.advanceTimersByTimeAsync(100);
    expect(rebuild).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(10);
    expect(rebuild).toHaveBeenCalledTimes(2);
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(rebuild).toHaveBeenCalledTimes(2);
    expect(maxRunning).toBe(1);
  });

  it('a failing rebuild does not stop watching', async () => {
    const rebuild = vi.fn(async () => {
      throw new Error('kaputt');
    });
    const s = createRebuildScheduler({ debounceMs: 10, rebuild });
    s.notify('a.txt');
    await vi.advanceTimersByTimeAsync(10);
    s.notify('a.txt');
    await vi.advanceTimersByTimeAsync(10);
    expect(rebuild).toHaveBeenCalledTimes(2);
  });

  it('dispose drops a pending rebuild', async () => {
    const rebuild = vi.fn(async () => {});
    const s = createRebuildScheduler({ debounceMs: 10, rebuild });
    s.notify('a.txt');
    s.dispose();
    await vi.advanceTimersByTimeAsync(100);
    expect(rebuild).not.toHaveBeenCalled();
  });
});
