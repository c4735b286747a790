import { describe, expect, it } from 'vitest';
import { findNames, isNameToken, matchRole, nameKey, tokenize } from './find-names.js';

const strong = (s: string) =>
  findNames(s)
    .filter((h) => h.strong)
    .map((h) => [h.name, h.role]);

describe('findNames', () => {
  it.each([
    [
      'role before the name',
      'Gestern sprach Finanzminister Jonas Ekberg in Oslo.',
      [['Jonas Ekberg', 'Finanzminister']],
    ],
    [
      'adjective and role before',
      'Der schwedische Regierungschef Ulf Dahl reiste ab.',
      [['Ulf Dahl', 'schwedischer Regierungschef']],
    ],
    [
      'genitive place before the role',
      'Norwegens Außenministerin Ine Solberg kam an.',
      [['Ine Solberg', 'Norwegens Außenministerin']],
    ],
    [
      'apposition after the name',
      'Das sagte Lena Wirth, Direktorin des Instituts für Klimafolgen, am Montag.',
      [['Lena Wirth', 'Direktorin des Instituts für Klimafolgen']],
    ],
    [
      'apposition before the name',
      'Nach Angaben des Chefs der Feuerwehr, Bernd Falk, brannte es lange.',
      [['Bernd Falk', 'Chef der Feuerwehr']],
    ],
    [
      'a first name that is also a month abbreviation',
      'Meteorologe Jan Rehder vom Wetterdienst Nordwind sagte das.',
      [['Jan Rehder', 'Meteorologe']],
    ],
    [
      'an academic title between role and name',
      'Studienleiterin Prof. Dr. Ute Kramm stellte die Ergebnisse vor.',
      [['Ute Kramm', 'Studienleiterin']],
    ],
    [
      'an apposition after the name is more telling than a family relation before it',
      'Ihr Bruder Kai Sommer, Kapitän des Gegners, war enttäuscht.',
      [['Kai Sommer', 'Kapitän des Gegners']],
    ],
    ['time spans and sentences are no names', 'Das Gericht hat ihn zu drei Jahren Haft verurteilt.', []],
    [
      'family name first, three parts',
      'Premierminister Lee Hae Jin besuchte Tokio.',
      [['Lee Hae Jin', 'Premierminister']],
    ],
    [
      'hyphenated given name',
      'Vize-Präsident Park Min-jun sagte nichts.',
      [['Park Min-jun', 'Vize-Präsident']],
    ],
    [
      'reporting verb next to the name',
      'Das Projekt sei gescheitert, sagte Olga Brandt.',
      [['Olga Brandt', null]],
    ],
    [
      'compound role with a hyphen',
      'Bahn-Sprecher Kai Möller bestätigte das.',
      [['Kai Möller', 'Bahn-Sprecher']],
    ],
    [
      'a known given name in running text',
      'Den Ausgleich erzielte Jonas Wendt per Kopf.',
      [['Jonas Wendt', null]],
    ],
    [
      'a given name after a noun and "von"',
      'Nach einem Tor von Greta Olsen stand es 1:0.',
      [['Greta Olsen', null]],
    ],
    [
      'an unknown descriptive noun before a given name is the role',
      'Gestern kam Deichgraf Henrik Sommer zum Ortstermin.',
      [['Henrik Sommer', 'Deichgraf']],
    ],
    ['a coach with a genitive club', 'Rostocks Coach Ivan Petrow war zufrieden.', [['Ivan Petrow', 'Coach']]],
    [
      'a noun naming one person before the name',
      'Anwohnerin Greta Lind hörte den Knall.',
      [['Greta Lind', 'Anwohnerin']],
    ],
    [
      'a witness before the name',
      'Gestern meldete sich Augenzeuge Timo Rast.',
      [['Timo Rast', 'Augenzeuge']],
    ],
    [
      'apposition after an organisation with hyphens and an abbreviation',
      'Die Leiterin des Verbands der Zahn- und Kieferärzte (VZK), Hanne Olbrich, forderte Geld.',
      [['Hanne Olbrich', 'Leiterin des Verbands der Zahn- und Kieferärzte']],
    ],
    [
      'a nominalised adjective as a feminine role (article "die")',
      'Die dänische Klimabeauftragte Maren Holt reiste ab.',
      [['Maren Holt', 'dänische Klimabeauftragte']],
    ],
    [
      'a role given only in a relative clause',
      '„Wir brauchen mehr Personal“, sagte Lukas Brenner, der den Ruderverein seit 2019 leitet.',
      [['Lukas Brenner', 'den Ruderverein seit 2019 leitet']],
    ],
    [
      'a relative clause that reports speech is no role',
      'Das bestätigte Lukas Brenner, der sagte, er sei müde.',
      [['Lukas Brenner', null]],
    ],
    [
      'a surname that looks like a demonym after a given name',
      'Anwalt Tobias Unterländer legte Berufung ein.',
      [['Tobias Unterländer', 'Anwalt']],
    ],
    [
      'a surname that looks like a noun after a given name',
      'Trainer Jonas Krieg lobte die Abwehr.',
      [['Jonas Krieg', 'Trainer']],
    ],
    [
      'a compound role in -vorsteherin before the name',
      'Gestern sagte Zweckverbandsvorsteherin Ilse Barth, das Netz sei dicht.',
      [['Ilse Barth', 'Zweckverbandsvorsteherin']],
    ],
    [
      'an Austrian head of a province',
      'Am Abend sprach Landeshauptfrau Vera Lindt.',
      [['Vera Lindt', 'Landeshauptfrau']],
    ],
    [
      "membership of a citizens' group",
      'Gestern sagte Jana Voss von der Elterninitiative Kita, die Plätze reichten nicht.',
      [['Jana Voss', 'Elterninitiative Kita']],
    ],
    [
      'a Swiss head of a municipality',
      'Am Abend sprach Gemeindeammann Beat Sutter.',
      [['Beat Sutter', 'Gemeindeammann']],
    ],
  ])('%s', (_n, sentence, want) => {
    expect(strong(sentence)).toEqual(want);
  });

  it.each([
    ['a country and nouns', 'Die Regierung in Frankreich plant neue Gesetze.'],
    ['capitalised nouns after a verb', 'Gestern sagte die Polizei, die Straße sei frei.'],
    ['institution before a verb', 'Das Landesamt Statistik meldete steigende Preise.'],
    ['a plural of a person noun', 'Anwohner Und Pendler warteten lange.'],
    ['a club with a city', 'Gegen Borussia Lindenau gewann Eintracht Hallberg.'],
    ['a company named after a person', 'Die Peter Krahn GmbH liefert Ersatzteile.'],
    ['half a compound after a role', 'Der 40-Jährige Zahn- und Augenärzte betrogen hatte.'],
    ['a demonym without a given name', 'Der Anwalt Unterländer sagte nichts.'],
  ])('finds no person in %s', (_n, sentence) => {
    expect(strong(sentence)).toEqual([]);
  });
});

describe('isNameToken and matchRole', () => {
  it.each([
    ['Ekberg', true],
    ['Min-jun', true],
    ['Regierung', false],
    ['Frankreichs', false],
    ['Montag', false],
    ['Südafrikaner', false],
    ['Außenministerin', false],
  ])('isNameToken(%s) = %s', (w, want) => {
    expect(isNameToken(w)).toBe(want);
  });

  it.each([
    ['Präsidenten', 'präsident', false],
    ['Außenministerin', 'minister', true],
    ['Kremlchef', 'chef', false],
    ['NATO-Chef', 'chef', false],
  ])('matchRole(%s)', (w, base, female) => {
    expect(matchRole(w)).toMatchObject({ base, female });
  });

  it.each([
    ['Alexej Nawalny', 'Alexei Navalny'],
    ['Dmitrij Medwedew', 'Dmitry Medvedev'],
    ['Lee Hae-jin', 'Lee Hae Jin'],
    ['Dmitrij Medwedew', 'Dmitri Medvedev'],
    ['Jörg Grünwald', 'Joerg Gruenwald'],
    ['Matthias Seitzberger', 'Mathias Seizberger'],
  ])('nameKey(%s) = nameKey(%s)', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });
});

describe('tokenize', () => {
  // the regex the tokenizer was cut from
  const byRegex = (text: string, offset: number) =>
    [...text.matchAll(/([\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*)|[^\s\p{L}\p{N}]/gu)].map((m) => ({
      text: m[0],
      lower: m[0].toLowerCase(),
      start: m.index + offset,
      end: m.index + m[0].length + offset,
      word: m[1] !== undefined,
    }));
  it.each([
    ['Die Kreml-Sprecherin sagte: „Nein.“'],
    ["O'Neill und d’Alembert kamen um 9.30 Uhr – mit 3,5 Mio. Euro."],
    ['Ende-. Anfang -Mitte a--b a.-b x. y'],
    ['Ein 𝔸lpha-𝔹eta 😀 Test\u00a0mit\u2009Zeichen\ufeff und \ud800 allein'],
    ['ÄRZTE über ÖL, İstanbul und ß.'],
    [''],
  ])('cuts %j like the regex', (text) => {
    expect(tokenize(text, 7)).toEqual(byRegex(text, 7));
  });
});
