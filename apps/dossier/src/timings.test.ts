import { describe, expect, it } from 'vitest';
import { createPhaseTimer } from './timings.js';

describe('createPhaseTimer', () => {
  it('times each phase from the end of the one before, the first from zero', () => {
    const clock = [120, 420, 1420];
    const timer = createPhaseTimer(() => clock.shift() ?? 0);
    timer.mark('start-up');
    timer.mark('reading');
    timer.mark('render');
    expect(timer.format()).toBe('start-up 0.12 s · reading 0.30 s · render 1.00 s · total 1.42 s');
  });

  it('adds up a phase marked more than once', () => {
    const clock = [100, 300, 350, 650];
    const timer = createPhaseTimer(() => clock.shift() ?? 0);
    timer.mark('a');
    timer.mark('b');
    timer.mark('a');
    timer.mark('b');
    expect(timer.format()).toBe('a 0.15 s · b 0.50 s · total 0.65 s');
  });

  it('starts the first phase at the origin it is given', () => {
    const clock = [5300, 5800];
    const timer = createPhaseTimer(() => clock.shift() ?? 0, 5000);
    timer.mark('reading');
    timer.mark('render');
    expect(timer.format()).toBe('reading 0.30 s · render 0.50 s · total 0.80 s');
  });
});
