import { describe, expect, it } from 'vitest';
import { findFigures } from './extract-figures.js';

const figures = (text: string) => findFigures(text).map((f) => [f.value, f.unit]);

describe('findFigures: a duration the sentence states as a length', () => {
  it.each([
    ['Zum Bahnhof brauche ich 25 Minuten.', [[25, 'Minute']]],
    ['Die Mietverträge sollen mindestens zwölf Monate laufen.', [[12, 'Monat']]],
    ['Die Fahrt dauert bis zu 40 Minuten.', [[40, 'Minute']]],
    ['Die Reparatur dauerte drei Stunden.', [[3, 'Stunde']]],
    // time adverbials and points in time stay no figures
    ['Der Verein wartet seit 20 Jahren auf einen Titel.', []],
    ['Vor drei Wochen lief der Vertrag aus.', []],
    ['Zwei Jahre später lief der Vertrag aus.', []],
    ['Sie brauchte einen 52 Jahre alten Wagen.', []],
    ['Der Streik war nach drei Tagen vorbei.', []],
    ['Wegen Betrugs muss er drei Jahre in Haft.', []],
    ['Wer älter als 55 Jahre ist, braucht eine neue Bescheinigung.', []],
    ['In den vergangenen 48 Stunden lief kaum ein Zug pünktlich.', []],
    ['In den kommenden zwei Wochen dauert die Fahrt länger.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});
