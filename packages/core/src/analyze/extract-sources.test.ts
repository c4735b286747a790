import { describe, expect, it } from 'vitest';
import { extractSources, findSources } from './extract-sources.js';

describe('findSources', () => {
  it.each([
    ['Das berichtete die Deutsche Presse-Agentur am Abend.', 'dpa'],
    ['Wie der Spiegel (Quelle) berichtet, stockt die Reform.', 'Spiegel'],
    ['Laut Angaben des Deutschen Wetterdienstes wird es heiß.', 'DWD'],
    ['Der Minister sagte gegenüber der New York Times, er sei zuversichtlich.', 'New York Times'],
    ['Das meldete die Nachrichtenagentur Bernama.', 'Bernama'],
    ['Die Zeitung „Nordkurier Heute“ berichtete zuerst darüber.', 'Nordkurier Heute'],
    ['Die Denkfabrik Centre for Urban Futures (CUF) legte eine Studie vor.', 'CUF'],
    ['Ökonomen vom Hamburger-Welt-Institut erwarten Wachstum.', 'Hamburger-Welt-Institut'],
    ['Der französische Auslandsgeheimdienst warnte vor Angriffen.', 'DGSE'],
    ['Der Sender teilte auf Telegram mit, man werde senden.', 'Telegram'],
  ])('%s → %s', (sentence, name) => {
    expect(findSources(sentence).map((s) => s.name)).toContain(name);
  });

  it.each([
    ['Das Finanzministerium widersprach der Darstellung.'],
    ['Die Bundesregierung will die Steuern senken.'],
    ['Der Stern am Himmel leuchtete hell.'],
    ['Die Welt schaut auf die Wahl in Frankreich.'],
    ['Auf den ersten Blick wirkte alles ruhig.'],
    ['Die Zeitung Frankreichs druckte das Bild.'],
  ])('no source in %s', (sentence) => {
    expect(findSources(sentence)).toEqual([]);
  });
});

describe('extractSources', () => {
  it('reads credit lines and source lists but not author initials', () => {
    const got = extractSources({
      article: {
        id: 'a',
        file: 'a.txt',
        title: '',
        date: null,
        publisher: null,
        author: null,
        language: 'de',
        body: '',
      },
      paragraphs: ['Quellen: - ZEIT ONLINE - Spiegel Online - Reuters'],
      sentences: [],
      citedSources: ['kba', 'AFP'],
    });
    expect(got.map((s) => s.name).sort()).toEqual(['AFP', 'Reuters', 'Spiegel', 'ZEIT']);
  });
});

describe('findSources: names that begin with a head word or a first name', () => {
  it.each([
    ['Laut Radio Bremen fiel der Strom aus.', 'Radio Bremen'],
    ['Das meldete der Saarländische Rundfunk am Abend.', 'SR'],
    ['Nach Angaben des Robert Koch-Instituts stieg die Zahl.', 'RKI'],
    ['Laut Heinrich Hertz-Institut steigt die Zahl.', 'Heinrich Hertz-Institut'],
  ])('%s → %s', (sentence, name) => {
    expect(findSources(sentence).map((s) => s.name)).toEqual([name]);
  });
});
