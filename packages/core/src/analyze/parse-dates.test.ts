import { describe, expect, it } from 'vitest';
import { qualifierOffset } from '../lexicon/de/relative-dates.js';
import { parseDateExpressions } from './parse-dates.js';
import { resolveDate } from './resolve-date.js';

/** Anchor: Wednesday 12 March 2025. */
const anchor = { year: 2025, month: 3, day: 12 };

const resolveAll = (text: string, future = false): Array<string | null> =>
  parseDateExpressions(text).map((e) => {
    const r = resolveDate(e, anchor, { future });
    return r ? (r.until ? `${r.date}..${r.until}` : r.date) : null;
  });

describe('parseDateExpressions + resolveDate', () => {
  it.each([
    ['Die Messe öffnete im September 2019 ihre Tore.', ['2019-09']],
    ['Der Verein besteht seit Oktober 2011.', ['2011-10']],
    ['Die Brücke wurde am 3. Mai 2021 eröffnet.', ['2021-05-03']],
    ['Das Stadtfest fand 2018 auf dem Marktplatz statt.', ['2018']],
    ['Im Jahr 2016 zog die Firma nach Leipzig.', ['2016']],
    ['Ende 2020 endete die Förderung.', ['2020']],
    ['Die Bahn streikte vom 2. bis 4. Februar 2024.', ['2024-02-02..2024-02-04']],
    ['Die Bauarbeiten ruhten zwischen dem 10. und 14. Januar.', ['2025-01-10..2025-01-14']],
    ['Das Amt teilte am 24.02. die Zahlen mit.', ['2025-02-24']],
    ['Der Minister trat im Januar zurück.', ['2025-01']],
    ['Der Umsatz stieg Anfang Februar deutlich.', ['2025-02']],
    ['Der Tarif gilt seit letztem Juli.', ['2024-07']],
    ['Die Schule blieb gestern geschlossen.', ['2025-03-11']],
    ['Der Zug entgleiste am Montag bei Kassel.', ['2025-03-10']],
    ['The ferries were built between May 2019 and June 2021.', ['2019-05', '2021-06']],
    ['Die Ministerin besuchte letzten Freitag das Werk.', ['2025-03-07']],
    ['Die Ausstellung öffnet kommenden Dienstag.', ['2025-03-18']],
    ['Der Stadtrat tagte vergangene Woche zweimal.', ['2025-03-03..2025-03-09']],
    ['Die Firma meldete im vergangenen Jahr Verluste.', ['2024']],
    ['Vor drei Tagen brannte eine Scheune.', ['2025-03-09']],
    ['Der Vorstand hatte am Freitag, den 7. März, abgestimmt.', ['2025-03-07']],
    ['Von 2015 bis 2020 leitete sie das Museum.', ['2015', '2020']],
    ['Bereits 2018 war das Freibad geschlossen worden.', ['2018']],
    ['Erst 2021 wurde die Brücke wieder eröffnet.', ['2021']],
    ['Schon 2000 Menschen hatten unterschrieben.', []],
    ['In den Jahren 2019 und 2021 fiel das Fest aus.', ['2019', '2021']],
    ['Das Festival lief am 5. und 6. Juli 2023.', ['2023-07-05..2023-07-06']],
    ['Am Wochenende stürmte es an der Küste.', ['2025-03-08..2025-03-09']],
    ['Die Läufer starten am kommenden Wochenende.', ['2025-03-15..2025-03-16']],
    ['Der Markt war vom 30. April bis zum 2. Mai 2024 geöffnet.', ['2024-04-30..2024-05-02']],
    ['Die Messe lief am 3.–5. Juni 2022 in Bonn.', ['2022-06-03..2022-06-05']],
    ['Die Tagung lief vom 7. bis 9.\u00a0Oktober 2021.', ['2021-10-07..2021-10-09']],
    ['Die Wahl fand zwischen dem 1. und dem 3. März 2024 statt.', ['2024-03-01..2024-03-03']],
    ['The summit opened on March 3, 2024 in Oslo.', ['2024-03-03']],
    ['The vote was held on 14 February 2023.', ['2023-02-14']],
    ['The second study is due to report in June 2026.', ['2026-06']],
    ['Prices have risen since October 2024 across the region.', ['2024-10']],
    ['Im August 2024 und am 3. April 2023 kam die Flut.', ['2024-08', '2023-04-03']],
  ])('%s', (text, expected) => {
    expect(resolveAll(text)).toEqual(expected);
  });

  it.each([
    ['Rund 1.500 Menschen kamen zum Konzert.'],
    ['Es kamen 2000 Besucher.'],
    ['Die Halle fasst etwa 2019 Plätze.'],
    ['August Meier leitet den Chor.'],
    ['Die Zahlen seien gut, so Mo weiter.'],
    ['Er sprach am Morgen mit Reportern.'],
    ['Der Preis stieg um 5,84 Prozent.'],
    ['Die Strecke ist 2020 Meter lang.'],
    ['Die Gemeinde wartet seit langem auf Geld.'],
    ['Bis heute fehlt jede Spur.'],
  ])('finds no date in %s', (text) => {
    expect(parseDateExpressions(text)).toEqual([]);
  });

  it.each([
    ['Der Markt öffnet am Samstag wieder.', true, '2025-03-15'],
    ['Die Sitzung wird im April stattfinden.', true, '2025-04'],
    ['Die Sitzung fand im April statt.', false, '2024-04'],
  ])('follows the tense: %s', (text, future, expected) => {
    expect(resolveAll(text, future)).toEqual([expected]);
  });

  it('picks the year in which a named weekday fits the date', () => {
    const [expr] = parseDateExpressions('Das Werk schloss am Mittwoch (12. März).');
    expect(expr?.weekday).toBe(3);
    expect(resolveDate({ ...expr }, { year: 2026 }, { years: [2024, 2025, 2026] })?.date).toBe('2025-03-12');
  });

  it('leaves relative days unresolved without an anchor', () => {
    const [expr] = parseDateExpressions('Die Polizei meldete am Montag einen Unfall.');
    expect(expr).toBeDefined();
    expect(resolveDate(expr ?? {}, null)).toBeNull();
  });
});

describe('qualifierOffset', () => {
  it.each([
    ['letzten', -1],
    ['Vergangenes', -1],
    ['vorherigem', -1],
    ['dieser', 0],
    ['kommende', 1],
    ['nächsten', 1],
    ['folgendes', 1],
    ['constructor', undefined],
    ['Montag', undefined],
  ])('%s → %s', (word, offset) => {
    expect(qualifierOffset(word)).toBe(offset);
  });
});
