import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractEvents } from './extract-events.js';
import { findFigures } from './extract-figures.js';

describe('years that date a clause, and counts after a year label', () => {
  it.each([
    ['Schon 2017 hatte Brenner in Kassel eine zweite Filiale eröffnet.', []],
    ['Die Bibliothek lieh im vergangenen Jahr 48.000 Bücher aus.', [[48_000, 'Bücher']]],
    ['In der vergangenen Saison 1.800 Besucher pro Spiel, nun deutlich mehr.', [[1_800, 'Besucher']]],
    ['Im Jahr 2021 kamen 700 Gäste ins Museum.', [[700, 'Gast']]],
    ['Der Kreis will im kommenden Jahr 12 Millionen Euro in Radwege stecken.', [[12_000_000, 'EUR']]],
  ])('%s', (sentence, expected) => {
    expect(findFigures(sentence).map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it.each([
    ['Bereits 2016 hatte die Gemeinde das alte Freibad geschlossen.', '2016'],
    ['Erst 2022 war die neue Ortsumgehung fertig geworden.', '2022'],
  ])('dates %s', (text, date) => {
    expect(extractEvents(analysisInputOf([text])).map((e) => e.date)).toEqual([date]);
  });
});
