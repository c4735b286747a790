import { describe, expect, it } from 'vitest';
import { phasesOf } from './run-build.js';

describe('phasesOf', () => {
  it.each([
    ['dossier: wrote x\ndossier: timings: reading 0.10 s · total 1.00 s\n', 'reading 0.10 s · total 1.00 s'],
    [
      'dossier: render thread: pdf 0.50 s\ndossier: wrote x\ndossier: timings: total 1.00 s\n',
      'total 1.00 s | render thread: pdf 0.50 s',
    ],
    ['dossier: wrote x\n', null],
  ])('reads %j', (stderr, expected) => {
    expect(phasesOf(stderr)).toBe(expected);
  });
});
