import { describe, expect, it } from 'vitest';
import { isRetractedFigure } from './is-retracted-figure.js';

describe('isRetractedFigure', () => {
  it.each([
    ['In einer früheren Version dieses Artikels hieß es, die Halle koste 14 Millionen Euro.', '14', true],
    ['An earlier version of this story said the bridge cost $9 million.', '9', true],
    ['Richtig ist ein Betrag von 12 Millionen Euro.', '12', false],
    ['Die Halle kostet 12 Millionen Euro.', '12', false],
  ])('%s', (sentence, number, retracted) => {
    expect(isRetractedFigure(sentence, sentence.indexOf(number))).toBe(retracted);
  });
});
