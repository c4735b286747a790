import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractFigures } from './extract-figures.js';

describe('extractFigures: "von ihnen" / "of them" after a count in the same sentence', () => {
  it.each([
    [
      'de',
      'Im Landkreis wurden 640 Keller geflutet, rund 90 von ihnen sind einsturzgefährdet.',
      90,
      'Keller',
    ],
    ['en', 'The storm damaged 820 boats and 64 of them sank.', 64, 'boat'],
  ])('%s: %s', (language, sentence, value, unit) => {
    const figures = extractFigures(analysisInputOf([sentence], { language }));
    expect(figures.find((f) => f.value === value)?.unit).toBe(unit);
  });
});
