import { describe, expect, it } from 'vitest';
import { findClaimant } from './find-claimant.js';
import { bareOpeningName, opensWithOwnAccount } from './own-account-opener.js';

describe('opensWithOwnAccount', () => {
  it.each([
    ['Nach eigenen Angaben beschäftigt die Firma 80 Leute.', true],
    ['Eigenen Angaben zufolge kamen 900 Gäste.', true],
    ['Die Messe zählte nach eigenen Angaben 900 Gäste.', false],
  ])('%s → %s', (sentence, opens) => {
    expect(opensWithOwnAccount(sentence)).toBe(opens);
  });
});

describe('bareOpeningName', () => {
  it.each([
    ['Ventorix baut Lastenräder in Görlitz.', 'Ventorix'],
    ['Insgesamt gibt es 4 Werke.', null],
    ['Dort steht ein Turm.', null],
  ])('%s → %s', (sentence, name) => {
    expect(bareOpeningName(sentence, new Set(['insgesamt', 'dort']))).toBe(name);
  });
});

describe('findClaimant: an own account opening the sentence', () => {
  it.each([
    [
      ['Ventorix baut Lastenräder in Görlitz.', 'Nach eigenen Angaben verkauft es 1.200 Räder im Jahr.'],
      'Ventorix',
    ],
    [
      ['Die Genossenschaft Feldkorn liefert Mehl.', 'Nach eigenen Angaben beliefert sie 60 Bäcker.'],
      'Feldkorn',
    ],
  ])('%s → %s', (texts, claimant) => {
    const sentences = texts.map((text) => ({ text, paragraph: 0 }));
    expect(findClaimant(sentences, 1)).toContain(claimant);
  });
});
