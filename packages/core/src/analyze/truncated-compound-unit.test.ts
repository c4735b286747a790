import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractFigures } from './extract-figures.js';

describe('extractFigures: a compound cut short ("Gold- und Silbermünzen") counts the full compound', () => {
  it.each([
    ['Die Diebe nahmen 90 Kupfer- und Messingrohre mit.', 90, 'Messingrohr'],
    ['Im Hafen liegen 14 Fracht- oder Fischerboote.', 14, 'Fischerboot'],
  ])('%s', (sentence, value, unit) => {
    const figures = extractFigures(analysisInputOf([sentence]));
    expect(figures.find((f) => f.value === value)?.unit).toContain(unit);
  });
});
