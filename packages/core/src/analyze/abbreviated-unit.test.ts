import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractFigures } from './extract-figures.js';

describe('extractFigures: a unit named in full before its short form ("14 koloniebildende Einheiten (KBE)")', () => {
  it.each([
    ['Die Messung ergab 9 koloniebildende Einheiten (KBE) je Liter.', 9, 'Kbe'],
    ['Im Einsatz waren 12 Beamte (LKA) aus der Hauptstadt.', 12, 'Beamte'],
  ])('%s', (sentence, value, unit) => {
    const figures = extractFigures(analysisInputOf([sentence]));
    expect(figures.find((f) => f.value === value)?.unit).toBe(unit);
  });
});
