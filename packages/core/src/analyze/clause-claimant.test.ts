import { describe, expect, it } from 'vitest';
import { clauseClaimant } from './clause-claimant.js';

describe('clauseClaimant', () => {
  it.each([
    ['Die Polizei zählte 800 Teilnehmer, die Veranstalter sprachen von 3000.', 'Veranstalter'],
    ['Laut Stadt kamen 500 Gäste, der Verein sprach dagegen von rund 900.', 'Verein'],
    ['Die Polizei zählte 800 Teilnehmer.', null],
    ['Die Veranstalter sprachen von einem Erfolg mit 3000 Gästen.', null],
  ])('%s → %s', (sentence, who) => {
    const m = /\d[\d.]*(?!.*\d)/u.exec(sentence)!;
    expect(clauseClaimant(sentence, m.index)).toBe(who);
  });
});
