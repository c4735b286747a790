import { describe, expect, it } from 'vitest';
import { findEnglishFigures, findFigures } from './extract-figures.js';

const figures = (text: string) => findFigures(text).map((f) => [f.value, f.unit]);
const englishFigures = (text: string) => findEnglishFigures(text).map((f) => [f.value, f.unit]);

describe('findFigures: a duration that is a figure by its shape', () => {
  it.each([
    ['Die Anklage hatte drei Jahre Haft gefordert.', [[3, 'Jahr']]],
    ['Das Gericht verhängte zwei Jahre Freiheitsstrafe auf Bewährung.', [[2, 'Jahr']]],
    [
      'Die neue Linie verkürzt die Fahrzeit von bisher 95 auf 60 Minuten.',
      [
        [95, 'Minute'],
        [60, 'Minute'],
      ],
    ],
    [
      'Die Wartezeit stieg von 8 auf 12 Wochen.',
      [
        [8, 'Woche'],
        [12, 'Woche'],
      ],
    ],
    ['Die Bäckerei gehört seit mehr als 80 Jahren zum Ortsbild.', [[80, 'Jahr']]],
    ['Der Vertrag hat eine Laufzeit von zehn Jahren.', [[10, 'Jahr']]],
    // adverbials stay no figures
    ['Der Chor probt seit 20 Jahren im Gemeindehaus.', []],
    ['Die Straße war für drei Stunden gesperrt.', []],
    ['Wegen Diebstahls muss er zwei Jahre in Haft.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('findEnglishFigures: a duration that is a figure by its shape', () => {
  it.each([
    ['The line will be closed from Friday evening, a period of 52 hours.', [[52, 'hour']]],
    ['The bridge was shut for 3 days last year.', []],
    ['The council must decide within 60 days.', [[60, 'day']]],
    ['The ferry broke down within the past 48 hours.', []],
  ])('%s', (text, want) => {
    expect(englishFigures(text)).toEqual(want);
  });
});
