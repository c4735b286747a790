import { describe, expect, it } from 'vitest';
import { findClaimant } from './find-claimant.js';

describe('findClaimant: findings of a test or a count', () => {
  it.each([
    [
      'Am Dienstag hatte das Institut Hydrotest in Marbach Nitrat nachgewiesen, und zwar 70 Milligramm je Liter.',
      'Hydrotest',
    ],
    ['Die Verkehrswacht hat am Samstag 320 Radfahrer gezählt.', 'Verkehrswacht'],
    ['Die Wetterwarte hatte in der Nacht 41 Liter Regen gemessen.', 'Wetterwarte'],
    ['Bei der Kontrolle hatte ein Zollteam 30 Kilogramm Tabak gefunden.', 'Zollteam'],
  ])('%s → %s', (sentence, claimant) => {
    expect(findClaimant([{ text: sentence, paragraph: 0 }], 0)).toContain(claimant);
  });
});
