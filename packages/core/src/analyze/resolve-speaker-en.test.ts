import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractPeople } from './extract-people.js';
import { extractQuotes } from './extract-quotes.js';
import { tokenize } from './find-names.js';
import { parseSpeakerEn } from './resolve-speaker-en.js';

const input = (paragraphs: string[]) => analysisInputOf(paragraphs, { language: 'en' });

const quotes = (paragraphs: string[]) =>
  extractQuotes(input(paragraphs)).map((q) => [q.kind, q.text, q.speaker]);

describe('parseSpeakerEn', () => {
  it.each([
    ['Trade Minister Ana Ruiz', 'person', 'Ana Ruiz'],
    ['the comparison site Pricely', 'org', 'Pricely'],
    ['the National Rail Authority', 'org', 'National Rail Authority'],
    ['the transport ministry', 'body', 'transport ministry'],
    ['a company spokeswoman', 'role', 'company spokeswoman'],
    ['analysts', 'source', 'analysts'],
  ])('%s', (phrase, kind, text) => {
    const s = parseSpeakerEn(tokenize(phrase), 0);
    expect([s?.kind, s?.kind === 'person' ? s.name : s?.text]).toEqual([kind, text]);
  });
});

describe('extractQuotes in English articles', () => {
  it.each([
    {
      name: 'a direct quote with the speaker after "said" and an apposition',
      paras: ['"We expected worse," said Ola Berg, chief economist at Nordbank.'],
      want: [['direct', 'We expected worse', 'Ola Berg']],
    },
    {
      name: '"X said that …" and a pronoun in the next sentence',
      paras: [
        'Trade Minister Ana Ruiz said that exports would recover next year. She added that tariffs hurt farmers most.',
      ],
      want: [
        ['indirect', 'exports would recover next year', 'Ana Ruiz'],
        ['indirect', 'tariffs hurt farmers most', 'Ana Ruiz'],
      ],
    },
    {
      name: '"X told <outlet> that …"',
      paras: ['Mayor Tom Hale told the Evening Courier that the bridge would reopen in May.'],
      want: [['indirect', 'the bridge would reopen in May', 'Tom Hale']],
    },
    {
      name: '"…, said X" / "…, X said on <day>"',
      paras: ['Ticket sales fell by a fifth in the spring, the booking site Farely said on Monday.'],
      want: [['indirect', 'Ticket sales fell by a fifth in the spring', 'Farely']],
    },
    {
      name: 'an apposition before the verb: "Its chief, X, said …"',
      paras: ['Its chief, Mia Stone, said drivers should book early this year.'],
      want: [['indirect', 'drivers should book early this year', 'Mia Stone']],
    },
    {
      name: '"according to X"',
      paras: ['The plan will cost about 3 billion dollars, according to the transport ministry.'],
      want: [['indirect', 'The plan will cost about 3 billion dollars', 'transport ministry']],
    },
  ])('$name', ({ paras, want }) => {
    expect(quotes(paras)).toEqual(want);
  });

  it.each([
    {
      name: 'an unnamed witness after "said"',
      paras: ['"The water came in minutes," said one farmer standing by the road.'],
      want: [['direct', 'The water came in minutes', 'farmer']],
    },
    {
      name: 'a two-word title before the apposition',
      paras: ['Its chief executive, Mia Stone, said drivers should book early this year.'],
      want: [['indirect', 'drivers should book early this year', 'Mia Stone']],
    },
    {
      name: 'an organisation with its bracketed abbreviation before the verb',
      paras: ['The Northern Water Quality Centre (NWQC) said it was "testing every well in the valley".'],
      want: [['direct', 'testing every well in the valley', 'Northern Water Quality Centre']],
    },
    {
      name: 'an office named with a possessive and its abbreviation',
      paras: ["The Harbour Master's Office (HMO) confirmed that the port would stay closed until Friday."],
      want: [['indirect', 'the port would stay closed until Friday', "Harbour Master's Office"]],
    },
  ])('$name', ({ paras, want }) => {
    expect(quotes(paras)).toEqual(want);
  });

  it.each([
    ['a verb with no clause', 'The mayor said nothing.'],
    ['an object after "expects", not a clause', 'The city expects savings of about a million dollars.'],
    ['narration without a verb of saying', 'Prices rose sharply in the north of the country last winter.'],
  ])('no quote for %s', (_n, sentence) => {
    expect(quotes([sentence])).toEqual([]);
  });
});

describe('extractPeople in English articles', () => {
  it.each([
    [
      'title before the name',
      'Health Secretary Rosa Diaz visited the hospital.',
      [['Rosa Diaz', 'Health Secretary']],
    ],
    [
      'lower-case role in an apposition',
      'The report was written by Ola Berg, chief economist at Nordbank.',
      [['Ola Berg', 'chief economist at Nordbank']],
    ],
    ['role before a comma', 'Its president, Mia Stone, left early.', [['Mia Stone', 'president']]],
    [
      'two role words before a comma',
      'Its chief executive, Mia Stone, left early.',
      [['Mia Stone', 'chief executive']],
    ],
    [
      'a company name before a multi-word title',
      'Brightline Chief Executive Tom Hale opened the plant.',
      [['Tom Hale', 'Chief Executive']],
    ],
    [
      'two titles joined by "and", no person made of title words',
      'The app was built by co-founder and Chief Operating Officer Lena Park.',
      [['Lena Park', 'co-founder and Chief Operating Officer']],
    ],
    [
      'a lower-case qualifier before the title in an apposition',
      "The party's Saxony regional chair, Omar Quist, resigned.",
      [['Omar Quist', 'regional chair']],
    ],
    ['no person in capitalised nouns', 'The European Central Bank kept rates on hold in March.', []],
  ])('%s', (_n, sentence, want) => {
    expect(extractPeople(input([sentence])).map((p) => [p.name, p.role])).toEqual(want);
  });
});
