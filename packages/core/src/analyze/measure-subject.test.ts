import { describe, expect, it } from 'vitest';
import { measureSubject } from './measure-subject.js';

describe('measureSubject', () => {
  it.each([
    ['Am Abend zeigte der Pegel in Köln 8,12 Meter an.', 'Meter', 'Pegel'],
    ['Der Rekord am Rheinpegel liegt bei 10,69 Metern.', 'Meter', 'Pegel'],
    ['In Aachen fielen 60 Liter Regen pro Quadratmeter.', 'Liter', 'Niederschlag'],
    ['Auf dem Brocken wurden Orkanböen mit 140 km/h gemessen.', 'km/h', 'Wind'],
    ['Die Temperaturen steigen auf 35 Grad.', 'Grad', 'Temperatur'],
    // a noun measured in another unit is no subject
    ['Der Pegel stieg, es fielen 40 Liter.', 'Liter', undefined],
    ['Die Brücke ist 300 Meter lang.', 'Meter', undefined],
  ])('%s (%s) → %s', (text, unit, subject) => {
    const index = text.search(/\d/u);
    expect(measureSubject(text, index, unit)).toBe(subject);
  });
});
