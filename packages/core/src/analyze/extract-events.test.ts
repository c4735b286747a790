import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractEvents, readsTense, toEventText } from './extract-events.js';
import type { DateParts } from './parse-dates.js';
import { resolveDate } from './resolve-date.js';

const input = (paragraphs: string[], date: string | null = null) => analysisInputOf(paragraphs, { date });

describe('extractEvents', () => {
  it.each([
    ['Die Stadtwerke erhöhten im März 2023 die Preise für Fernwärme.', null, '2023-03'],
    ['Der Orkan zog am Dienstag über die Nordsee hinweg.', '2025-02-14', '2025-02-11'],
    ['Das Hochwasser erreichte am 3. Juni seinen Höchststand in Passau.', '2024-06-20', '2024-06-03'],
    ['Die Bank senkte vergangene Woche erneut den Leitzins.', '2025-01-15', '2025-01-06'],
    ['Der 64-Jährige wurde am Montag in Hamburg festgenommen.', '2025-01-15', '2025-01-13'],
  ])('dates %s', (text, date, expected) => {
    const events = extractEvents(input([text], date));
    expect(events.map((e) => e.date)).toEqual([expected]);
    expect(events[0]?.text).toBe(text);
  });

  it.each([
    ['1.11.2024 Stadt plant neues Schwimmbad'],
    ['Stand: 14.03.2025, 16:42 Uhr'],
    ['Die Sängerin wurde am 4. Mai 1961 in Köln geboren und lebt heute in Bonn.'],
    ['Findet das Turnier im August statt?'],
    ['Der Hafen im Winter (Januar 2021).'],
    ['Die Polizei meldete am Montag einen schweren Unfall auf der A7.'],
  ])('skips %s', (text) => {
    expect(extractEvents(input([text], null))).toEqual([]);
  });

  it('keeps the year open when the article has no date', () => {
    const [e] = extractEvents(
      input(['Der Zoo eröffnete am Samstag (5. April) ein neues Gehege für Pinguine.']),
    );
    expect(e?.date).toBeUndefined();
    expect(e?.partial).toEqual({ month: 4, day: 5, weekday: 6 });
  });

  it('cuts a long sentence to the clauses around the date', () => {
    const sentence =
      'Die Landesregierung erklärte, dass die Förderung im Oktober 2022 ausgelaufen sei, weshalb zahlreiche kleine Betriebe in der Region, die auf das Geld angewiesen waren, ihre Pläne für neue Maschinen, Hallen und Fahrzeuge aufgeben oder verschieben mussten, wie ein Sprecher des Verbands sagte.';
    const text = toEventText(sentence, sentence.indexOf('Oktober'));
    expect(text.startsWith('Die Landesregierung erklärte, dass die Förderung im Oktober 2022')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(225);
  });

  it.each([
    [
      'Die Kommissarin Lena Brandt, die am Dienstag in Kiel ermittelte, fand in einem Keller am Hafen drei Kisten mit gestohlenen Bildern, zwei Koffer mit Bargeld, mehrere gefälschte Pässe und eine Liste mit Namen von Käufern aus dem ganzen Land.',
      'Die Kommissarin Lena Brandt, die am Dienstag in Kiel ermittelte',
    ],
    [
      'Die Werft hat zwei Fähren, drei Schlepper und ein Forschungsschiff an Kunden in Norwegen, Dänemark und Schweden verkauft, und der dänische Verkehrsminister wird im kommenden Mai die Werft in Flensburg besuchen, um über weitere Aufträge zu sprechen.',
      'Der dänische Verkehrsminister wird im kommenden Mai',
    ],
  ])('keeps a long sentence readable: %s', (sentence, start) => {
    const text = toEventText(sentence, sentence.search(/am Dienstag|im kommenden Mai/u));
    expect(text.startsWith(start)).toBe(true);
  });
});

describe('extractEvents: tense, nights and English', () => {
  it.each([
    ['Der Stadtrat werde am Dienstag über die Hilfen beraten.', '2025-03-08', '2025-03-11'],
    ['Die Bahn rechnet damit, den Verkehr am Montag wieder aufzunehmen.', '2025-03-08', '2025-03-10'],
    ['Ein Gewitter hat in der Nacht zu Samstag Keller überflutet.', '2025-03-08', '2025-03-08'],
    ['Die Verhandlung hatte am 2. Mai begonnen.', '2025-07-01', '2025-05-02'],
    ['Die Ernte hat am Mittwoch begonnen und soll noch zwei Wochen dauern.', '2025-03-08', '2025-03-05'],
    ['Die Ernte hat begonnen und soll am Mittwoch enden.', '2025-03-08', '2025-03-12'],
    ['The regulator said last week that prices had fallen.', '2025-10-08', '2025-09-29'],
    ['The tax cut takes effect from January 1, 2026 for every household.', '2025-10-08', '2026-01-01'],
    ['The company said on Tuesday that sales had dropped.', '2025-10-08', '2025-10-07'],
    ['A review published Monday by the harbour board found 12 faults.', '2025-10-08', '2025-10-06'],
  ])('dates %s', (text, date, expected) => {
    expect(extractEvents(input([text], date)).map((e) => e.date)).toEqual([expected]);
  });

  it.each([
    ['Dafür müsste der Verein bis Ende Februar 3.000 Unterschriften sammeln.', '2026-02'],
    ['Der Verein sammelte bis Ende Februar 3.000 Unterschriften.', '2025-02'],
  ])('a deadline under a Konjunktiv II modal lies ahead: %s', (text, date) => {
    expect(extractEvents(input([text], '2025-11-20'))[0]?.date).toBe(date);
  });
});

describe('extractEvents: a day something is called or set for lies ahead', () => {
  // 2025-03-12 is a Wednesday
  it.each([
    ['Die Gewerkschaft hat die Lehrkräfte für Freitag zu einem Warnstreik aufgerufen.', '2025-03-14'],
    ['Der Bauernverband ruft für Montag zu einer Sternfahrt nach Kiel auf.', '2025-03-17'],
    ['Die Gemeinde lädt für Donnerstag zu einer Informationsrunde ins Rathaus ein.', '2025-03-13'],
    ['Die Feuerwehr rückte am Montag zu einem Brand in der Altstadt aus.', '2025-03-10'],
    // a participle after the day names what had been set for it: the tense of the clause decides
    ['Der Kreistag hat die für Dienstag geplante Wahl des Landrats auf Mai vertagt.', '2025-03-11'],
    ['Die für Freitag angesetzte Sitzung des Rates wird verschoben.', '2025-03-14'],
  ])('%s', (text, expected) => {
    expect(extractEvents(input([text], '2025-03-12')).map((e) => e.date)).toEqual([expected]);
  });
});

describe('readsTense', () => {
  const anchors = [{ year: 2031, month: 3, day: 12 }, { year: 2031, month: 11 }, { year: 2031 }];
  it.each<[DateParts, boolean]>([
    [{ year: 2030, month: 5, day: 3 }, false],
    [{ year: 2030 }, false],
    [{ month: 5, day: 3 }, true],
    [{ month: 5 }, true],
    [{ month: 5, yearOffset: -1 }, true],
    [{ month: 5, day: 3, weekday: 2, until: { day: 7 } }, true],
    [{ year: 2030, month: 5, day: 3, until: { day: 7, month: 6 } }, false],
    [{ relative: { unit: 'day', offset: -1 } }, false],
    [{ relative: { unit: 'week', offset: 1 } }, false],
    [{ relative: { unit: 'month', offset: -1 } }, false],
    [{ relative: { unit: 'year', offset: 0 } }, false],
    [{ relative: { unit: 'weekday', weekday: 1, mode: 'nearest' } }, true],
    [{ relative: { unit: 'weekday', weekday: 1, mode: 'last' } }, false],
    [{ relative: { unit: 'weekday', weekday: 5, mode: 'next' } }, false],
    [{ relative: { unit: 'weekday', weekday: 3, mode: 'week', weekOffset: 0 } }, false],
    [{ relative: { unit: 'weekend', offset: null } }, true],
    [{ relative: { unit: 'weekend', offset: -1 } }, false],
  ])('%j → %s, and the tense changes no resolution it does not read', (parts, reads) => {
    expect(readsTense(parts)).toBe(reads);
    if (!reads)
      for (const anchor of [...anchors, null])
        expect(resolveDate(parts, anchor, { future: true })).toEqual(
          resolveDate(parts, anchor, { future: false }),
        );
  });
});

describe('extractEvents: a date without its year inside a direct quote is no event', () => {
  it.each([
    ['„Vor drei Wochen hätte ich darauf nicht gewettet“, sagte die Trainerin.', []],
    ['„Wer jetzt nicht baut, zahlt in fünf Jahren doppelt“, so der Architekt.', []],
    ['„Ob wir im Juli noch spielen, weiß keiner“, sagte der Kapitän.', []],
    ['„Wir haben die Halle am 3. März 2025 geschlossen“, sagte die Trainerin.', ['2025-03-03']],
    ['Vor drei Wochen hatte der Verein die Halle geschlossen.', ['2025-02-19']],
  ])('%s', (text, expected) => {
    expect(extractEvents(input([text], '2025-03-12')).map((e) => e.date)).toEqual(expected);
  });
});

describe('extractEvents: starts, expectations, "seit heute" and English months', () => {
  // 2025-03-12 is a Wednesday
  it.each([
    ['Ab Freitag gilt auf der Brücke ein Tempolimit von 30.', '2025-03-14'],
    ['Von Montag an sei die Halle für Vereine gesperrt, teilte die Stadt mit.', '2025-03-17'],
    ['Ab Montag galt das Parkverbot in der ganzen Innenstadt.', '2025-03-10'],
    ['Seit heute früh ist die Fähre nach Sylt wieder in Betrieb.', '2025-03-12'],
    ['Eine Entspannung am Wohnungsmarkt sei erst im Mai zu erwarten.', '2025-05'],
    ['A report by the regulator published in February, 40 of the 60 lines ran late in 2023-24.', '2025-02'],
  ])('%s', (text, expected) => {
    expect(extractEvents(input([text], '2025-03-12')).map((e) => e.date)).toEqual([expected]);
  });
});
