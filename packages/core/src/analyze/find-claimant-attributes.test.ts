import { describe, expect, it } from 'vitest';
import { claimantInSentence, englishClaimant, findClaimant } from './find-claimant.js';

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

describe('englishClaimant: sources behind a document or descriptor, forecasts and auxiliaries', () => {
  it.each([
    [
      'The market for heat pumps could reach $40 billion by 2030, according to estimates by research firm Solvane Insights.',
      'Solvane Insights',
    ],
    ['Rents rose 6% last year, according to data from the Federal Reserve.', 'Federal Reserve'],
    ['Sales fell 3%, according to consultancy Brightwell Partners.', 'Brightwell Partners'],
    ['Morrison cut her price target on the shares to $40 from $52.', 'Morrison'],
    ['The bank raised its forecast for growth to 2.1%.', 'bank'],
    ['Economists had expected growth of about 1.5%.', 'Economists'],
    ['He had said that 40 stores would close.', 'back'],
    // a cut that is not a forecast names no one
    ['Orvik cut 300 jobs in 2024.', null],
  ])('%s → %s', (sentence, claimant) => {
    expect(englishClaimant(sentence)).toBe(claimant);
  });
});

describe('claimantInSentence: the subject of a clause whose verb stands last', () => {
  it.each([
    ['Am Abend gibt es ein Konzert, zu dem die Organisatoren 5.000 Besucher erwarten.', 'Organisatoren'],
    ['Es ist ein Projekt, das der Verband auf 40 Millionen Euro beziffert.', 'Verband'],
    // a clause without a definite subject names no one
    ['Es ist ein Projekt, das 40 Millionen Euro kostet.', null],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });
});

describe('findClaimant: a reported plan ("soll") continues the demand before it', () => {
  it('"Die Gewerkschaft fordert … Der Lohn soll auf 15 Euro steigen."', () => {
    const sentences = [
      { text: 'Die Gewerkschaft fordert einen neuen Tarifvertrag.' },
      { text: 'Der Lohn soll von 12 Euro auf 15 Euro steigen.' },
    ];
    expect(findClaimant(sentences, 1)).toBe('Gewerkschaft');
  });
});

describe('englishClaimant: a document after "according to" is no claimant', () => {
  it.each([
    ['Patients lost 3.1% of their weight, according to data presented at a congress in Vienna.', null],
    ['Exports fell 4%, according to figures released by the ministry.', 'ministry'],
  ])('%s → %s', (sentence, claimant) => {
    expect(englishClaimant(sentence)).toBe(claimant);
  });
});

describe('findClaimant: a reported plan takes only the sentence right before it', () => {
  it('names no one when the sentence before names no one', () => {
    const sentences = [
      { text: 'Nach Angaben der Polizei wurden 30 Autos beschädigt.', paragraph: 0 },
      { text: 'Der Landtag beschloss am Dienstag ein Hilfspaket.', paragraph: 1 },
      { text: 'Betroffene sollen pauschal 800 Euro erhalten.', paragraph: 1 },
    ];
    expect(findClaimant(sentences, 2)).toBeNull();
  });
});

describe('claimantInSentence: a number after a name is no part of it', () => {
  it.each([
    ['In Hagen mussten nach Angaben der Feuerwehr 120 Menschen ihre Wohnungen verlassen.', 'Feuerwehr'],
    ['Bei dem Unfall gab es laut Polizei 12 Verletzte.', 'Polizei'],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });
});

describe('findClaimant: "Demnach" stays in its paragraph', () => {
  it.each([
    [0, null],
    [1, 'Verband'],
  ])('source in paragraph %s → %s', (para, claimant) => {
    const sentences = [
      { text: 'Die Kosten liegen bei 40 Millionen Euro, teilte der Verband mit.', paragraph: para },
      { text: 'Der Rat legte am Montag eine Sparliste vor.', paragraph: 1 },
      { text: 'Demnach sollen die Zuschüsse um 10 Prozent sinken.', paragraph: 1 },
    ];
    expect(findClaimant(sentences, 2)).toBe(claimant);
  });
});
