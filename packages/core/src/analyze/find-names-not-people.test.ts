import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractPeople } from './extract-people.js';
import { findNames } from './find-names.js';
import { isQuotedName } from './is-quoted-name.js';

const strong = (s: string, lang = 'de') =>
  findNames(s, 0, lang)
    .filter((h) => h.strong)
    .map((h) => h.name);

describe('findNames: firms and places that look like names', () => {
  it.each([
    [
      'an English firm ending in a company word',
      'Analysts at Brookfield Capital estimated the cost.',
      'en',
      [],
    ],
    ['a legal form ends the name', 'Shares in Norland Foods Ltd fell, said Tom Baker.', 'en', ['Tom Baker']],
    [
      'a place after an institution and "von"',
      'Der Hotelverband von Porto Ercole meldete Absagen.',
      'de',
      [],
    ],
    [
      'a place after an institution and "aus"',
      'Die Feuerwehr aus Monte Lauro meldete zwei Brände.',
      'de',
      [],
    ],
    [
      'a known given name after "von" stays a person',
      'Das Büro von Jana Körber teilte mit, es gebe Absagen.',
      'de',
      ['Jana Körber'],
    ],
  ])('%s', (_n, text, lang, want) => {
    expect(strong(text, lang)).toEqual(want);
  });
});

describe('isQuotedName', () => {
  it.each([
    [['A group calling itself "Night Owl" claimed the attack.'], 'Night Owl', true],
    [['Die Initiative „Grünes Tal“ sammelte Unterschriften.'], 'Grünes Tal', true],
    [['»Nordlicht« heißt das Projekt.'], 'Nordlicht', true],
    [['„Wir bleiben“, sagte Jana Körber.'], 'Jana Körber', false],
  ])('%j, %s', (paras, name, want) => {
    expect(isQuotedName(paras, name)).toBe(want);
  });
});

describe('extractPeople: a name the article quotes is a label', () => {
  it('leaves out a group named in quotation marks, keeps the person', () => {
    const people = extractPeople(
      analysisInputOf(
        [
          'A group calling itself "Night Owl" claimed the attack.',
          'Mark Ellison said Night Owl had struck before.',
        ],
        { language: 'en' },
      ),
    ).map((p) => p.name);
    expect(people).toEqual(['Mark Ellison']);
  });
});

describe('findNames: English lower-case roles before a name', () => {
  it.each([
    ['two role words', '"We are sorry," chief executive Tom Baker said.', [['Tom Baker', 'chief executive']]],
    ['a qualifier and a role', 'The club said head coach Ann Lee would stay.', [['Ann Lee', 'head coach']]],
    [
      'a qualifier that is no role word',
      'The move angered deputy mayor Ann Lee.',
      [['Ann Lee', 'deputy mayor']],
    ],
    ['a verb is no qualifier', 'The paper quoted director Ann Lee.', [['Ann Lee', 'director']]],
    [
      'a capitalised qualifier opening the sentence',
      'Council leader Ann Lee told the paper the bridge would open.',
      [['Ann Lee', 'Council leader']],
    ],
  ])('%s', (_n, text, want) => {
    expect(
      findNames(text, 0, 'en')
        .filter((h) => h.strong)
        .map((h) => [h.name, h.role]),
    ).toEqual(want);
  });
});

describe('findNames: English operators are no people', () => {
  it.each([
    ['a company word last', 'Coastal Rail said it would cut services.', []],
    ['an operator ending', 'Eastfield Powergrid said 4,000 homes were without power.', []],
    ['an operator opener', 'Southern Ferries said sailings were cancelled.', []],
    [
      'a surname ending like a firm is kept',
      'Jane Bennet said the road was closed.',
      [['Jane Bennet', null]],
    ],
  ])('%s', (_n, text, want) => {
    expect(
      findNames(text, 0, 'en')
        .filter((h) => h.strong)
        .map((h) => [h.name, h.role]),
    ).toEqual(want);
  });
});
