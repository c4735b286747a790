import { describe, expect, it } from 'vitest';
import { claimantInSentence, findClaimant } from './find-claimant.js';

describe('claimantInSentence: a party tag is an attribute of the person', () => {
  it.each([
    ['Bürgermeisterin Petra Haller (CDU) beziffert die Kosten auf 4 Millionen Euro.', 'Petra Haller'],
    ['Landrat Uwe Brenner (SPD) sagte, 300 Häuser seien beschädigt.', 'Uwe Brenner'],
    ['Der Abgeordnete Kai Roth (AfD) sprach von 40 Fällen.', 'Kai Roth'],
    ['Die Ministerin Eva Lind (Grüne) erwartet 12 Prozent mehr Anträge.', 'Eva Lind'],
    [
      'Die Schule kostet 9 Millionen Euro, wie ein Sprecher von Landrätin Ina Vogt (FDP) mitteilte.',
      'Sprecher von Landrätin Ina Vogt',
    ],
    // an organisation's own abbreviation still names it
    ['Die Bundesanstalt für Wasserbau (BAW) erwartet 3 Meter.', 'BAW'],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });
});

describe('findClaimant: a pronoun speaker is the person named before, not a word of a quotation', () => {
  it.each([
    [
      '„So ein Jahr hatten wir lange nicht“, sagte Bürgermeister Jens Kolb (CDU) am Montag.',
      'Die Kosten bezifferte er auf 8 Millionen Euro.',
      'Jens Kolb',
    ],
    [
      '„So eine Ernte hatten wir nie“, sagte die Forscherin Lena Hoff.',
      'Den Verlust schätzte sie auf 20 Prozent.',
      'Lena Hoff',
    ],
  ])('%s %s → %s', (first, second, claimant) => {
    expect(findClaimant([{ text: first }, { text: second }], 1)).toBe(claimant);
  });

  it('keeps "…, so X" after a quotation', () => {
    expect(claimantInSentence('„Wir brauchen 200 Stellen“, so der Verband.')).toBe('Verband');
  });
});
