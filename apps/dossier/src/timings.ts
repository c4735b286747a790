/** Records how long each phase of a run took, for `--timings`; the clock is passed in, so it is testable. */
export interface PhaseTimer {
  /** ends the current phase under this name */
  mark(phase: string): void;
  /** the phases in order with their seconds, and the total */
  format(): string;
}

/**
 * A phase timer over a clock in milliseconds (the CLI uses `performance.now()`, zero at process start); the
 * first phase runs from `origin` (default 0).
 */
export function createPhaseTimer(now: () => number, origin = 0): PhaseTimer {
  const phases: { name: string; ms: number }[] = [];
  let last = origin;
  return {
    mark(phase) {
      const t = now();
      const prev = phases.find((p) => p.name === phase);
      // a phase marked twice (per article, per batch) adds up
      if (prev) prev.ms += t - last;
      else phases.push({ name: phase, ms: t - last });
      last = t;
    },
    format() {
      const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      return `${phases.map((p) => `${p.name} ${s(p.ms)}`).join(' · ')} · total ${s(last - origin)}`;
    },
  };
}
