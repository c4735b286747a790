import { describe, expect, it } from 'vitest';
import { type CpuProfile, summarizeProfile } from './summarize-profile.js';

const frame = (functionName: string, lineNumber = 0) => ({
  functionName,
  url: 'file:///x/packages/core/dist/a.js',
  lineNumber,
});
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 3] },
    { id: 2, callFrame: frame('slow', 9) },
    { id: 3, callFrame: frame('fast', 19) },
  ],
  samples: [2, 2, 3, 2],
  timeDeltas: [1000, 1000, 1000, 1000],
};

describe('summarizeProfile', () => {
  it.each([
    [0, 'slow', 3, 0.75],
    [1, 'fast', 1, 0.25],
  ])('row %i is %s with its self time and share', (row, fn, ms, share) => {
    const r = summarizeProfile(profile)[row]!;
    expect(r).toMatchObject({ fn, selfMs: ms, share });
    expect(r.where).toMatch(/^packages\/core\/dist\/a\.js:\d+$/);
  });

  it('keeps the top rows only', () => {
    expect(summarizeProfile(profile, 1)).toHaveLength(1);
  });
});
