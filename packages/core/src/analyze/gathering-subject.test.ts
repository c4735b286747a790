import { describe, expect, it } from 'vitest';
import { gatheringSubject } from './gathering-subject.js';
import { measureSubject } from './measure-subject.js';

describe('gatheringSubject', () => {
  it.each([
    ['Rund 800 Menschen demonstrierten vor dem Rathaus.', 'Menschen', 'Teilnehmer'],
    ['Zu der Kundgebung kamen 300 Menschen.', 'Menschen', 'Teilnehmer'],
    ['Rund 800 Menschen mussten ihre Häuser verlassen.', 'Menschen', 'Menschen'],
    ['Rund 800 Schüler demonstrierten vor dem Rathaus.', 'Schüler', 'Schüler'],
    ['Am Umzug nahmen etwa 1.900 Menschen teil.', 'Menschen', 'Teilnehmer'],
    ['Etwa 900 Streikende zogen zu einer Kundgebung am Hafen.', 'Streikende', 'Teilnehmer'],
    ['Etwa 900 Menschen nahmen das Angebot an.', 'Menschen', 'Menschen'],
  ])('%s', (sentence, subject, want) => {
    expect(gatheringSubject(sentence, subject)).toBe(want);
  });
});

describe('measureSubject: an area with no noun named is a surface', () => {
  it.each([
    ['Bislang sind rund 900 Hektar verbrannt.', 'Hektar', 'Fläche'],
    ['Das Hochwasser bedeckte 12 Quadratkilometer.', 'Quadratkilometer', 'Fläche'],
    ['Der Regen brachte 40 Liter pro Quadratmeter.', 'Liter', 'Niederschlag'],
  ])('%s', (sentence, unit, want) => {
    expect(measureSubject(sentence, sentence.search(/\d/u), unit)).toBe(want);
  });
});
