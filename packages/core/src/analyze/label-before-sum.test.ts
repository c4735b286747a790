import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractFigures } from './extract-figures.js';

describe('extractFigures: a label word before a sum ("in der Finanzierungsrunde 8 Millionen Euro")', () => {
  it.each([
    ['Die Firma sammelte in der Finanzierungsrunde 8 Millionen Euro ein.', [8_000_000]],
    ['Der Boxer verlor in Runde 3.', []],
  ])('%s', (sentence, values) => {
    const figures = extractFigures(analysisInputOf([sentence]));
    expect(figures.map((f) => f.value)).toEqual(values);
  });
});
