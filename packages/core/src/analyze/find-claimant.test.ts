import { describe, expect, it } from 'vitest';
import { claimantInSentence, englishClaimant, findClaimant } from './find-claimant.js';

describe('claimantInSentence', () => {
  it.each([
    ['Nach Angaben der Feuerwehr wurden 40 Keller überflutet.', 'Feuerwehr'],
    ['Laut Destatis stiegen die Preise um 2,1 Prozent.', 'Destatis'],
    ['Nach Angaben des Deutschen Wetterdienstes fielen 80 Liter Regen.', 'DWD'],
    ['Der Umsatz stieg um 8 Prozent, teilte der Konzern am Montag mit.', 'Konzern'],
    ['Die Gewerkschaft erklärte, dass 5000 Beschäftigte streiken.', 'Gewerkschaft'],
    ['Ministerin Anna Berger sagte, dass 300 Schulen saniert würden.', 'Anna Berger'],
    ['Am Freitag warnte der Chef der Bank, Paul Lenz, vor 2000 Entlassungen.', 'Paul Lenz'],
    ['Dem ifo Institut zufolge sank die Stimmung deutlich.', 'ifo'],
    ['Wie die Nachrichtenagentur Reuters berichtete, fielen die Kurse.', 'Reuters'],
    ['Nach israelischen Geheimdienstangaben wurden 20 Agenten enttarnt.', 'Mossad'],
    ['Nach britischen Geheimdienstangaben wurden 20 Agenten enttarnt.', 'britischer Geheimdienst'],
    ['Der 52-jährige Bürgermeister sagte, drei Dörfer seien betroffen.', 'Bürgermeister'],
    ['Die Preise stiegen um 3 Prozent.', null],
    ['Berichten zufolge kamen 200 Gäste.', null],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });

  it.each([
    ['Insgesamt seien 90 Filialen betroffen, so der Bericht weiter.'],
    ['Es seien 90 Filialen betroffen, hieß es.'],
    ['Es gebe 90 Filialen, sagte er.'],
  ])('%s points back', (sentence) => {
    expect(claimantInSentence(sentence)).toBe('back');
  });
});

describe('findClaimant', () => {
  it('resolves "so der Bericht" to the source named before', () => {
    const sentences = [
      { text: 'Das Forschungsinstitut DIW hatte am Dienstag einen Bericht veröffentlicht.' },
      { text: 'Insgesamt fehlten 40.000 Fachkräfte, so der Bericht weiter.' },
    ];
    expect(findClaimant(sentences, 1)).toBe('DIW');
  });
});

describe('claimantInSentence: more attribution forms', () => {
  it.each([
    ['Am Flughafen maß der DWD nach eigenen Angaben Böen von 120 Kilometern pro Stunde.', 'DWD'],
    ['Die Stadtwerke haben nach eigenen Angaben 300 Leitungen geprüft.', 'Stadtwerke'],
    [
      'Zuvor waren 40 Keller vollgelaufen, wie ein Sprecher der Feuerwehr mitteilte.',
      'Sprecher der Feuerwehr',
    ],
    ['Wie die Polizei am Sonntag weiter mitteilte, wurden 12 Menschen verletzt.', 'Polizei'],
    ['Die Erlöse fielen um 4 Prozent, wie der Konzern am Montag mitteilte.', 'Konzern'],
    [
      'Händler rechneten mit 3 Prozent, wie Bloomberg unter Berufung auf eine Umfrage berichtete.',
      'Bloomberg',
    ],
    ['Laut „Sportschau“ kostet der Wechsel 12 Millionen Euro.', 'Sportschau'],
    ['Der Verein habe 30 Mitglieder getäuscht, befand das Gericht am Mittwoch.', 'Gericht'],
    ['Das geht aus dem aktuellen Monatsbericht der Bundesbank hervor.', 'Bundesbank'],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });

  it.each([
    [
      [
        'Die Preise für Heizöl stiegen zuletzt um 12 Prozent.',
        'Das geht aus einer Auswertung von Destatis hervor.',
      ],
      0,
      'Destatis',
    ],
    [
      [
        'Der Bund der Steuerzahler hat die Stadt gewarnt.',
        'Nach seinen Berechnungen fehlen 40 Millionen Euro.',
      ],
      1,
      'Bund der Steuerzahler',
    ],
  ])('across sentences: %j [%i] → %s', (texts, index, claimant) => {
    expect(
      findClaimant(
        texts.map((text) => ({ text })),
        index,
      ),
    ).toBe(claimant);
  });
});

describe('englishClaimant', () => {
  it.each([
    ['Sales fell 3 percent, according to the statistics office.', 'statistics office'],
    ['Sales fell 3 percent, according to Destatis.', 'Destatis'],
    ['The Federal Statistical Office (Destatis) said on Monday that sales fell.', 'Destatis'],
    ['The consultancy Prognos estimated that 200 plants would close.', 'Prognos'],
    ['"We expect a recovery," said Mary Jones, chief economist at the bank.', 'Mary Jones'],
    ['He said that 40 stores would close.', 'back'],
    ['Sales fell 3 percent in the second quarter.', null],
  ])('%s → %s', (sentence, claimant) => {
    expect(englishClaimant(sentence)).toBe(claimant);
  });
});
