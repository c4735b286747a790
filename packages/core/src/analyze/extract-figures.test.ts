import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/split-sentences.js';
import type { AnalysisInput } from './analysis-input.js';
import {
  extractFigures,
  findEnglishFigures,
  findFigures,
  prevWord,
  toLemma,
  toSubject,
} from './extract-figures.js';

describe('findFigures', () => {
  it.each([
    ['Der Konzern beschäftigt 14 000 Mitarbeiter in Europa.', 14000, 'Mitarbeiter', false],
    ['Die Bahn setzte rund 17.000 zusätzliche Züge ein.', 17000, 'Zug', true],
    ['Der Umsatz stieg auf über 20 Milliarden Euro im Jahr.', 20_000_000_000, 'EUR', true],
    ['Die Inflation lag zuletzt bei 5,84 Prozent im Jahresschnitt.', 5.84, 'Prozent', false],
    ['Die Firma verkaufte mehr als 2.700 Traktoren an Bauern.', 2700, 'Traktor', true],
    ['Im Stadion saßen drei Schiedsrichter auf der Tribüne.', 3, 'Schiedsrichter', false],
    ['Der Sturm beschädigte etwa 400 Häuser an der Küste.', 400, 'Haus', true],
    ['Die Polizei zählte knapp 800 Demonstranten vor dem Rathaus.', 800, 'Demonstrant', true],
    ['Das Land ist der drittgrößte Weinproduzent der Welt.', 3, 'Weinproduzent', false],
    ['Der Fonds verwaltet 2,5 Mio. Dollar für Anleger.', 2_500_000, 'USD', false],
    ['Die Fluggesellschaft strich 1500 Flüge wegen des Streiks.', 1500, 'Flug', false],
    ['Der Verbund zählte 4,1 Millionen Fahrgäste im Jahr.', 4_100_000, 'Fahrgast', false],
    ['Im Schnitt kamen in dieser Saison 3.400 Zuschauer ins Stadion.', 3400, 'Zuschauer', false],
    ['Die neue Turnhalle kostet die Gemeinde Fr. 12 Mio. mehr als geplant.', 12_000_000, 'CHF', false],
    ['Der Kanton zahlt insgesamt CHF 450 000 an die Sanierung.', 450_000, 'CHF', false],
    ['Ein Ticket kostet neu sFr. 35 für Erwachsene.', 35, 'CHF', false],
  ])('%s', (sentence, value, unit, approx) => {
    const f = findFigures(sentence);
    expect(f[0]).toMatchObject({ value, unit, approx });
  });

  it.each([
    ['Die Messe fand im Jahr 2024 in Hannover statt.'],
    ['Der Vertrag wurde am 8. Oktober unterzeichnet.'],
    ['Die Sitzung beginnt um 14.30 Uhr im Rathaus.'],
    ['Der 34-jährige Fahrer blieb unverletzt.'],
    ['Tausende Menschen gingen auf die Straße.'],
    ['Die Firma wurde 2019 in Berlin gegründet.'],
    ['Das Urteil stützt sich auf Artikel 5 des Grundgesetzes.'],
    ['Der Verein spielt in der Saison 2025 in der dritten Liga.'],
    ['Der Verein wartet seit 20 Jahren auf einen Titel.'],
    ['Der Bericht erschien am 1.11.2024 in der Zeitung.'],
    ['Die Partei wird sich ein neues Programm geben.'],
  ])('no figure in %s', (sentence) => {
    expect(findFigures(sentence)).toEqual([]);
  });
});

describe('toLemma and toSubject', () => {
  it.each([
    ['Lastwagen', 'Lastwagen'],
    ['Druckern', 'Drucker'],
    ['Soldaten', 'Soldat'],
    ['Marinesoldaten', 'Marinesoldat'],
    ['Generäle', 'General'],
    ['Offiziere', 'Offizier'],
    ['Truppen', 'Truppe'],
    ['Einheiten', 'Einheit'],
    ['Autos', 'Auto'],
    ['Einsätzen', 'Einsatz'],
    ['Mitarbeiterinnen', 'Mitarbeiterin'],
    ['Unterschriften', 'Unterschrift'],
    ['Vorschriften', 'Vorschrift'],
  ])('%s → %s', (plural, lemma) => {
    expect(toLemma(plural)).toBe(lemma);
  });

  it.each([
    ['Marinesoldat', 'Soldaten'],
    ['Truppe', 'Soldaten'],
    ['Spezialeinheit', 'Soldaten'],
    ['Todesopfer', 'Tote'],
    ['Drucker', 'Drucker'],
  ])('%s has subject %s', (lemma, subject) => {
    expect(toSubject(lemma)).toBe(subject);
  });
});

describe('findFigures: ranges share scale and unit', () => {
  it.each([
    ['Die Miete stieg von 9 auf inzwischen 12 Euro je Quadratmeter.', [9, 12], 'EUR'],
    ['Der Eintritt soll von 4 auf künftig 5 Euro steigen.', [4, 5], 'EUR'],
    ['Das Ergebnis soll zwischen 2,5 und 2,8 Milliarden Euro liegen.', [2_500_000_000, 2_800_000_000], 'EUR'],
    ['Die Mieten steigen um 3 bis 5 Prozent.', [3, 5], 'Prozent'],
    ['Erwartet werden 20 bis 30 Besucher.', [20, 30], 'Besucher'],
    ['Rote Zahlen schreiben 12 der 40 Fabriken im Land.', [12, 40], 'Fabrik'],
    ['Nur 3 von 10 Befragten stimmten zu.', [3, 10], 'Befragte'],
  ])('%s', (sentence, values, unit) => {
    const found = findFigures(sentence);
    expect(found.map((f) => f.value)).toEqual(values);
    expect(found.every((f) => f.unit === unit)).toBe(true);
  });

  it('a span of years stays no figure', () => {
    expect(findFigures('Zwischen 2018 und 2021 wurden Daten gesammelt.')).toEqual([]);
  });
});

describe('findEnglishFigures', () => {
  it.each([
    ['The utility said 12,500 homes lost power on Friday.', [[12_500, 'home']]],
    ['The plan will cost about 2.7 billion euros, officials said.', [[2_700_000_000, 'EUR']]],
    ['Prices rose 4.5 percent in the year to March.', [[4.5, 'Prozent']]],
    ['The club paid $30 million for the striker.', [[30_000_000, 'USD']]],
    ['Police counted 300 protesters outside the parliament.', [[300, 'protester']]],
    ['The court heard 45 licensed brokers over two days.', [[45, 'broker']]],
    [
      'The airport handled 4.1 million passengers in May, up from 3.6 million a year earlier.',
      [
        [4_100_000, 'passenger'],
        [3_600_000, 'passenger'],
      ],
    ],
    ['The canton will pay CHF 12 million towards the new bridge.', [[12_000_000, 'CHF']]],
    [
      'Unemployment rose from 4.2 to 4.8 percent in March.',
      [
        [4.2, 'Prozent'],
        [4.8, 'Prozent'],
      ],
    ],
    [
      'Between 300 and 400 homes lost power overnight.',
      [
        [300, 'home'],
        [400, 'home'],
      ],
    ],
    [
      'The chain now runs 240 stores, compared with 310 in 2019.',
      [
        [240, 'store'],
        [310, 'store'],
      ],
    ],
    [
      'The farm employs 30 pickers, rising to about 80 at harvest time.',
      [
        [30, 'picker'],
        [80, 'picker'],
      ],
    ],
    [
      'A survey found that 9 of the 20 largest hospitals had cut beds.',
      [
        [9, 'hospital'],
        [20, 'hospital'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(findEnglishFigures(sentence).map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it.each([
    ['The 47-year-old was arrested on June 3, 2024 at 6:30 a.m.'],
    ['The law took effect in 2023 and lasts 10 years.'],
    ['She lives at No. 12 on the main road.'],
  ])('finds no figure in %s', (sentence) => {
    expect(findEnglishFigures(sentence)).toEqual([]);
  });
});

describe('findFigures: separators, changes, counted days and captivity', () => {
  it.each([
    ["Die Stiftung verteilte im Winter über 15'000 Decken an Obdachlose.", 15000, 'Decke'],
    ['Der Konzern streicht bis 2027 rund 2’400 Stellen im Tessin.', 2400, 'Stelle'],
    ['Die Gemeinde zahlte insgesamt 7’500 Franken an den Verein.', 7500, 'CHF'],
    ['Die Messstation meldete an 17 Tagen Frost im April.', 17, 'Tag'],
  ])('%s', (sentence, value, unit) => {
    expect(findFigures(sentence)[0]).toMatchObject({ value, unit });
  });

  it.each([
    [
      'Die Zahl der Unwetterwarnungen stieg von durchschnittlich 3 auf 8 pro Jahrzehnt.',
      [3, 8],
      'Unwetterwarnung',
    ],
    ['Die Zahl der Frosttage ist von 40 auf 22 pro Winter gesunken.', [40, 22], 'Frosttag'],
    ['Die Anzahl der Anfragen wuchs von 120 auf 310 im Monat.', [120, 310], 'Anfrage'],
    ['Die Quote kletterte von 4,8 auf 5,3 Prozent.', [4.8, 5.3], 'Prozent'],
    ['Die Zahl der Neuanmeldungen liegt inzwischen bei etwa 4’500.', [4500], 'Neuanmeldung'],
  ])('a change names both numbers: %s', (sentence, values, unit) => {
    const found = findFigures(sentence);
    expect(found.map((f) => f.value)).toEqual(values);
    expect(found.every((f) => f.unit === unit)).toBe(true);
  });

  it.each([
    ['Seit 3 Tagen regnet es ohne Pause in der Stadt.'],
    ['Der Preis stieg von 2019 bis 2023 kräftig an.'],
    ['Die Straße bleibt von 8 bis 12 gesperrt, teilte die Stadt mit.'],
  ])('no figure in %s', (sentence) => {
    expect(findFigures(sentence)).toEqual([]);
  });

  it.each([
    ['Nach seinen Angaben sitzen noch 1.300 Georgier in russischer Haft.', 1300],
    ['Noch immer werden über 600 Soldatinnen und Soldaten in Lagern festgehalten.', 600],
    ['Insgesamt 42 Häftlinge kamen frei.', 42],
  ])('people in captivity count as prisoners: %s', (sentence, value) => {
    expect(findFigures(sentence)[0]).toMatchObject({ value, subject: 'Gefangene' });
  });
});

describe('findEnglishFigures: decimals are no times', () => {
  it.each([
    ['The bank will pay 12.75 dollars per share in cash.', 12.75, 'USD'],
    ['Shares closed up 4% at 31.20 euros in Paris.', 31.2, 'EUR'],
  ])('%s', (sentence, value, unit) => {
    expect(findEnglishFigures(sentence).some((f) => f.value === value && f.unit === unit)).toBe(true);
  });

  it('a time with am/pm stays no figure', () => {
    expect(findEnglishFigures('The market opened at 9.30 am in London.')).toEqual([]);
  });
});

describe('extractFigures: subheadings and payment subjects', () => {
  const run = (paragraphs: string[]) => {
    const sentences = paragraphs.flatMap((p, paragraph) =>
      splitSentences(p).map((text) => ({ text, paragraph })),
    );
    return extractFigures({
      article: { id: 'a', language: 'de' } as AnalysisInput['article'],
      paragraphs,
      sentences: sentences.map((s, index) => ({ ...s, index })),
      citedSources: [],
    });
  };

  it('a subheading repeating a figure of the body yields none of its own', () => {
    const figs = run([
      'Der Betreiber meldete am Montag einen Rekord.',
      'Flughafen zählt 9000 Starts',
      'Nach Angaben des Betreibers starteten im Mai mehr als 9000 Flugzeuge am Flughafen.',
    ]);
    expect(figs.filter((f) => f.value === 9000).map((f) => f.text)).toEqual([
      'Nach Angaben des Betreibers starteten im Mai mehr als 9000 Flugzeuge am Flughafen.',
    ]);
  });

  it('sums for the same payment share its noun as subject', () => {
    const figs = run([
      'Über den Kaufpreis schweigen beide Seiten. Der Investor zahlt eine Grundablöse von 12 Millionen Euro. Ein Magazin hatte zuvor von 15 Millionen Euro berichtet. Der Verkäufer nennt eine Gesamtsumme von 17 Millionen Euro.',
    ]);
    const subjects = figs.map((f) => f.subject);
    expect(subjects).toEqual(['Ablöse', 'Ablöse', 'Ablöse']);
  });

  it('a sum after a verb of costing is a cost, and so is the share of it named next', () => {
    const figs = run([
      'Die neue Sporthalle kostet nach der Planung 14 Millionen Euro. Auf den Kreis entfallen davon 9 Millionen Euro.',
    ]);
    expect(figs.map((f) => f.subject)).toEqual(['Kosten', 'Kosten']);
  });

  it.each([
    ['Die Schäden bezifferte die Ministerin auf mehr als 40 Millionen Euro.', 'Schaden'],
    ['Der Kreis beziffert die Kosten für die Beseitigung der Sturmschäden auf 9 Millionen Euro.', 'Kosten'],
  ])('a plural with umlaut, and the head of a "für" complement: %s', (text, subject) => {
    expect(run([text]).map((f) => f.subject)).toEqual([subject]);
  });

  it.each([
    [['Rund 900 Gäste mussten das Hotel verlassen. Etwa 700 von ihnen kehrten am Abend zurück.'], [900, 700]],
    // the sentence before must count something, and in the same paragraph
    [['Das Hotel kostete 9 Millionen Euro. Etwa 700 von ihnen kehrten zurück.'], [9_000_000]],
    [['Rund 900 Gäste mussten das Hotel verlassen.', 'Etwa 700 von ihnen kehrten am Abend zurück.'], [900]],
  ])('"N von ihnen" counts the noun of the sentence before: %j', (paras, values) => {
    const figs = run(paras);
    expect(figs.map((f) => f.value)).toEqual(values);
    expect(new Set(figs.filter((f) => f.unit !== 'EUR').map((f) => f.unit)).size).toBeLessThanOrEqual(1);
  });
});

describe('prevWord reads the word before a number like the end-anchored pattern', () => {
  const byPattern = (before: string) => before.match(/([\p{L}§.]+)\s*$/u)?.[1]?.toLowerCase() ?? '';
  it.each([
    ['Es kamen rund '],
    ['Es kamen rund'],
    ['Laut § '],
    ['Die Zahl stieg auf ca. '],
    ['Mehr als\u00a0\u2003 '],
    ['Zuvor waren es ('],
    [''],
    ['   '],
    ['Der Wert 𝐀𝐁𝐂 '],
    ['Der Wert x𝐀 '],
    ['Ein \ud835 '],
    ['Ein a\udc00 '],
    ['Straße Nr. '],
  ])('%j', (before) => {
    expect(prevWord(before)).toBe(byPattern(before));
  });
});
