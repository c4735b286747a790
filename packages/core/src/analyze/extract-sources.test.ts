import { describe, expect, it } from 'vitest';
import { extractSources, findAbbreviatedSources, findSources } from './extract-sources.js';

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

describe('findSources: quoted titles, journals and data providers', () => {
  it.each([
    ['Die Studie erschien im Fachjournal „Ocean Science Letters“.', 'Ocean Science Letters'],
    ['Das belgische Sportportal „Voetbalkrant“ titelte: „Er kommt“.', 'Voetbalkrant'],
    ['Die „Neue Presse“ hatte zuvor über den Verkauf berichtet.', 'Neue Presse'],
    ['Nach Informationen der „Westfälischen Rundschau“ fehlen 20 Lehrer.', 'Westfälische Rundschau'],
    ['Das bestätigte ein Sprecher dem „Trierischen Volksfreund“ am Montag.', 'Trierischer Volksfreund'],
    ['Nach Recherchen des „Kölner Stadt-Anzeigers“ fehlt das Geld.', 'Kölner Stadt-Anzeiger'],
    ['Exports fell 4% in May, according to Eurostat data.', 'Eurostat'],
    ['Das Meinungsforschungsinstitut Pollux befragte 900 Menschen.', 'Pollux'],
    ['It was the biggest deal this year according to Dealroom figures.', 'Dealroom'],
  ])('%s → %s', (sentence, name) => {
    expect(findSources(sentence).map((s) => s.name)).toContain(name);
  });

  it.each([
    ['Der Film „Das Boot“ lief am Abend im Kino.'],
    ['Er rief „Hilfe“ und rannte los.'],
    ['Die Partei „Neue Mitte“ hat 300 Mitglieder.'],
    ['„Wir schaffen das“, sagte sie am Abend.'],
  ])('no source in %s', (sentence) => {
    expect(findSources(sentence)).toEqual([]);
  });
});

describe('findSources: a station of a known broadcaster', () => {
  it.each([
    ['The coach told BBC Radio Devon that he would stay.', 'BBC Radio Devon'],
    ['Das sagte der Bürgermeister im ORF Radio Tirol.', 'ORF Radio Tirol'],
  ])('%s → %s', (sentence, name) => {
    expect(findSources(sentence).map((s) => s.name)).toEqual([name]);
  });
});

describe('findAbbreviatedSources', () => {
  it.each([
    [['Die Landesanstalt für Wasserwirtschaft (LAWA) hat nach eigenen Angaben 40 Pegel geprüft.'], 'LAWA'],
    [
      [
        'Das Bundesinstitut für Bevölkerungsforschung (BiB) stellte neue Zahlen vor.',
        'Nach BiB-Angaben sank die Geburtenrate.',
      ],
      'BiB',
    ],
    [['Bereits im Mai hatte das Amt für Statistik und Wahlen (ASW) einen Rückgang gemeldet.'], 'ASW'],
    [['Nach Angaben des Nordischen Instituts für Gletscherkunde (RIGK) schmolz das Eis.'], 'RIGK'],
    [['Das Landesamt für Wald, Jagd und Fischerei (LWJF) meldet trockene Böden.'], 'LWJF'],
    [['Das Bundesamt für Seefahrt (BfS) hatte der Reederei die Genehmigung erteilt.'], 'BfS'],
    [
      [
        'Laut Eva Kurz, Leiterin der Agentur für Forst (AFO), sinkt der Bestand.',
        'Ein AFO-Sprecher nannte Zahlen.',
      ],
      'AFO',
    ],
    [['The Northern Water Quality Centre (NWQC) said the river was safe.'], 'NWQC'],
    [["The Harbour Master's Office (HMO) confirmed the closure on Monday."], 'HMO'],
    [
      ['Unterstützung kommt vom Deutschen Imkerbund (DIB).', 'Nach dessen Angaben gibt es weniger Völker.'],
      'DIB',
    ],
  ])('%j → %s', (sentences, name) => {
    expect(findAbbreviatedSources(sentences).map((s) => s.name)).toEqual([name]);
  });

  it('an organisation that only acts is no source', () => {
    expect(
      findAbbreviatedSources(['Der Kommunale Arbeitgeberverband (KAV) hält die Forderungen für zu hoch.']),
    ).toEqual([]);
  });

  it.each([
    [['The Coastal Shipping Board (CSB) met on Friday.', 'Danach wurde nichts entschieden.']],
    [['Der Verband Alpiner Skischulen (RVAS) lädt ein.']],
    [['Landrat Jens Ohlsen (SPD) said nothing.']],
  ])('no cited organisation in %j', (sentences) => {
    expect(findAbbreviatedSources(sentences)).toEqual([]);
  });
});

describe('findSources: source organisations, neuter publications, all-caps names', () => {
  it.each([
    ['Wie das Gartenblatt berichtet, wächst der Kürbis früher.', 'Gartenblatt'],
    ['Wie das Deutsche Ärzteblatt berichtete, fehlen Praxen auf dem Land.', 'Ärzteblatt'],
    ['Nach Daten der Wirtschaftsauskunftei Boniversum steigen die Pleiten.', 'Boniversum'],
    ['Laut dem Branchenverband BVXQ sinkt der Absatz von Rädern.', 'BVXQ'],
    ['Das ergab eine Erhebung der Auskunftei Schufa im Frühjahr.', 'Schufa'],
    ['Nach Angaben von infratest dimap liegt die Partei vorn.', 'Infratest dimap'],
    [
      'Forscher des Staatlichen Observatoriums in Porto rechnen mit Regen.',
      'Staatliches Observatorium Porto',
    ],
    ['Seismologen des Geologischen Instituts warnen vor Nachbeben.', 'Geologisches Institut'],
  ])('%s → %s', (sentence, name) => {
    expect(findSources(sentence).map((s) => s.name)).toContain(name);
  });

  it.each([
    ['Das sagte die Ministerin dem MOORLAND KURIER am Montag.', 'Kurier'],
    ['Wie das Ministerium berichtet, sinken die Zahlen.', 'Ministerium'],
  ])('%s has no source %s', (sentence, name) => {
    expect(findSources(sentence).map((s) => s.name)).not.toContain(name);
  });
});
