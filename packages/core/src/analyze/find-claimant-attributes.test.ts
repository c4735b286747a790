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

describe('claimantInSentence: a hyphenated "nach X-Zahlen" names X', () => {
  it.each([
    ['Nach ADAC-Zahlen stieg der Preis um 4 Prozent.', 'ADAC'],
    ['Denn nach BKA-Daten sind nur 12 Prozent der Fälle aufgeklärt.', 'BKA'],
    // unhyphenated, the compound says what is counted
    ['Nach Besucherzahlen lag die Messe mit 8000 Gästen vorn.', null],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });
});

describe('findClaimant: a Konjunktiv sentence continues the statement before it', () => {
  it('"…, teilte der Verband mit. Der größte Teil entfalle auf …"', () => {
    const sentences = [
      { text: 'Der Schaden liegt bei 50 Millionen Euro.' },
      { text: 'Das teilte der Verband am Montag mit.' },
      { text: 'Der größte Teil entfalle auf Wohnungen, etwa 9 Millionen Euro auf Betriebe.' },
    ];
    expect(findClaimant(sentences, 2)).toBe('Verband');
  });
});
