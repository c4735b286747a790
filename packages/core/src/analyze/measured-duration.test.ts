import { describe, expect, it } from 'vitest';
import { findEnglishFigures, findFigures } from './extract-figures.js';

const figures = (text: string) => findFigures(text).map((f) => [f.value, f.unit]);
const englishFigures = (text: string) => findEnglishFigures(text).map((f) => [f.value, f.unit]);

describe('findFigures: a length stated as a value', () => {
  it.each([
    ['Wartezeit: 14 Wochen, gerechnet ab der Anmeldung', [[14, 'Woche']]],
    ['Ein Widerspruch ist binnen 30 Tagen möglich.', [[30, 'Tag']]],
    ['Die Bearbeitung soll innerhalb von zwei Wochen erfolgen.', [[2, 'Woche']]],
    ['Das mittlere Alter der Befragten lag bei 47 Jahren.', [[47, 'Jahr']]],
    [
      'Die Sanierung dürfte zwischen 8 und 10 Monaten dauern.',
      [
        [8, 'Monat'],
        [10, 'Monat'],
      ],
    ],
    [
      'Nach sechs Monaten waren 40 Prozent der Teilnehmer rauchfrei.',
      [
        [6, 'Monat'],
        [40, 'Prozent'],
      ],
    ],
    ['Eine Sperre von zwei Jahren hielt der Verband für zu hart.', [[2, 'Jahr']]],
    ['Der Beitrag wurde mehr als 25.000 Mal geteilt.', [[25000, 'Mal']]],
    // points in time, ages and a few times stay no figures
    ['Nach zwei Wochen wurde der Patient entlassen.', []],
    ['Die Täter im Alter von 17 und 21 Jahren wurden gefasst.', []],
    ['Der Verein hat es zwei Mal versucht.', []],
    ['Die Sprechstunde ist von 9 bis 12 Uhr.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('findEnglishFigures: a length stated as a value', () => {
  it.each([
    [
      'The average wait reached 19 weeks, up from 11 weeks in 2020.',
      [
        [19, 'week'],
        [11, 'week'],
      ],
    ],
    ['Tenants waited a median of 26 days for repairs.', [[26, 'day']]],
    [
      'The refit could take between 9 and 14 months.',
      [
        [9, 'month'],
        [14, 'month'],
      ],
    ],
    ['Forty-two per cent of tenants said they were satisfied.', [[42, 'Prozent']]],
    // points in time stay no figures
    ['The ferry was sold 12 years ago.', []],
    ['The mill closed three years later.', []],
    ['The hulls were built between May 2021 and June 2023, the records show.', []],
  ])('%s', (text, want) => {
    expect(englishFigures(text)).toEqual(want);
  });
});
