import { describe, expect, it } from 'vitest';
import { ofThemCounts } from './of-them-counts.js';

describe('ofThemCounts', () => {
  it.each([
    ['Etwa 1.200 von ihnen kehrten zurück.', [{ value: 1200, approx: true }]],
    ['Only 40 of them were found.', [{ value: 40, approx: false }]],
    ['About 300 of them stayed.', [{ value: 300, approx: true }]],
    ['27 von 45 Räten stimmten dafür.', []],
    ['Viele von ihnen blieben.', []],
  ])('%s', (text, want) => {
    expect(ofThemCounts(text).map(({ value, approx }) => ({ value, approx }))).toEqual(want);
  });
});
