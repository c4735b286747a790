import { describe, expect, it } from 'vitest';
import { clauseClaimant, englishClauseClaimant } from './clause-claimant.js';

describe('clauseClaimant', () => {
  it.each([
    ['Die Polizei zählte 800 Teilnehmer, die Veranstalter sprachen von 3000.', 'Veranstalter'],
    ['Laut Stadt kamen 500 Gäste, der Verein sprach dagegen von rund 900.', 'Verein'],
    ['Die Polizei zählte 800 Radler, das Bündnis „Pedal frei“ als Veranstalter sprach von 3000.', 'Bündnis'],
    ['Die Stadt nannte 40 Stände, der Markt als privater Betreiber sprach von 55.', 'Markt'],
    ['Die Polizei zählte 800 Teilnehmer.', null],
    ['Die Veranstalter sprachen von einem Erfolg mit 3000 Gästen.', null],
  ])('%s → %s', (sentence, who) => {
    const m = /\d[\d.]*(?!.*\d)/u.exec(sentence)!;
    expect(clauseClaimant(sentence, m.index)).toBe(who);
  });
});

describe('clauseClaimant: a trailing "wie"-clause', () => {
  it.each([
    [
      'Die Gewerkschaft nennt 400 Stellen, nicht 250, wie die Geschäftsführung am Montag mitgeteilt hatte.',
      '250',
      'Geschäftsführung',
    ],
    [
      'Eine Strafe von drei Jahren, wie sie die Staatsanwaltschaft gefordert hatte, hielt das Gericht für zu hoch.',
      'drei',
      'Staatsanwaltschaft',
    ],
    ['Die Halle kostet 12 Millionen Euro, wie in der Sitzung zu hören war.', '12', null],
  ])('%s', (sentence, at, who) => {
    expect(clauseClaimant(sentence, sentence.indexOf(at))).toBe(who);
  });
});

describe('englishClauseClaimant', () => {
  it.each([
    ['Rents rose 6 percent, above the 4 percent reported by the National Housing Council (NHC).', '4', 'NHC'],
    [
      'Tenants waited 30 days, against 21 days published by Harbour Valley Statistics.',
      '21',
      'Harbour Valley Statistics',
    ],
    ['Rents rose 6 percent, the council said.', '6', null],
  ])('%s', (sentence, at, who) => {
    expect(englishClauseClaimant(sentence, sentence.indexOf(at))).toBe(who);
  });
});
