import { describe, expect, it } from 'vitest';
import { findAbbreviatedSources } from './extract-sources.js';
import { findCitedAcronymSources } from './find-cited-acronym-sources.js';
import { findOfficeSources } from './find-office-sources.js';

describe('findCitedAcronymSources', () => {
  it.each([
    ['Nach Angaben des BUND sind die Flüsse zu warm.', ['BUND']],
    ['Nach einer Umfrage der IHK fehlen den Betrieben Lehrlinge.', ['IHK']],
    ['Laut dem THW waren 300 Helfer im Einsatz.', ['THW']],
    ['Laut der SPD ist der Haushalt solide.', []],
    ['Nach Angaben des Vereins sind alle Plätze belegt.', []],
    ['Der ADFC fordert mehr Radwege.', []],
  ])('%s', (sentence, names) => {
    expect(findCitedAcronymSources(sentence).map((s) => s.name)).toEqual(names);
  });
});

describe('ministries cited as the origin of figures', () => {
  it.each([
    ['Nach Angaben des bayerischen Umweltministeriums sank der Pegel.', 'bayerisches Umweltministerium'],
    ['Nach Angaben des Verkehrsministeriums sind 40 Brücken marode.', 'Verkehrsministerium'],
  ])('%s → %s', (sentence, name) => {
    expect(findOfficeSources(sentence).map((s) => s.name)).toEqual([name]);
  });

  it('a bare "Ministerium" names no source', () => {
    expect(findOfficeSources('Nach Angaben des Ministeriums sank der Pegel.')).toEqual([]);
  });
});

describe('abbreviation pairs cited by a survey or by English "figures from"', () => {
  it.each([
    ['Nach einer Erhebung des Bundes Freier Imker (BFI) sterben mehr Völker.', 'BFI'],
    ['Nach einer Studie des Zentrums für Küstenforschung (ZKF) steigt das Meer.', 'ZKF'],
    ['Figures from the National Transport Office (NTO) show that 900 buses run daily.', 'NTO'],
    ['Data published by the Regional Health Agency (RHA) show fewer cases.', 'RHA'],
  ])('%s → %s', (sentence, name) => {
    expect(findAbbreviatedSources([sentence]).map((s) => s.name)).toContain(name);
  });
});
