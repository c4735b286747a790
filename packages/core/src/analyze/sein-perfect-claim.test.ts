import { describe, expect, it } from 'vitest';
import { claimantInSentence } from './find-claimant.js';

describe('claim verbs in the perfect with "sein", and figures after the verb', () => {
  it.each([
    ['Der Verband war zunächst von 4,5 Millionen Euro Schaden ausgegangen.', 'Verband'],
    ['Die Kommune ist von 1200 neuen Einwohnern ausgegangen.', 'Kommune'],
    ['Statt der erwarteten 40 Millionen Euro rechnet der Kreis nun mit 31 Millionen Euro.', 'Kreis'],
    ['„Wir warten seit 50 Minuten“, rief Anna Kolb, Sprecherin der Pendler, den Reportern zu.', 'Anna Kolb'],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });
});
