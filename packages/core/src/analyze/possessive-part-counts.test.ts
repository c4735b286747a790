import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractFigures } from './extract-figures.js';

describe('extractFigures: a part of a whole after a possessive ("48 seiner 230 Stellen")', () => {
  it.each([
    ['Die Kette schließt 7 ihrer 40 Filialen.', 7, 'Filiale'],
    ['Die Reederei legt 3 seiner 11 Fähren still.', 3, 'Fähre'],
    ['Nur 5 von den 12 Ampeln funktionierten.', 5, 'Ampel'],
  ])('%s', (sentence, value, unit) => {
    const figures = extractFigures(analysisInputOf([sentence]));
    expect(figures.find((f) => f.value === value)?.unit).toBe(unit);
  });
});
