import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const indirect = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs))
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: "laut der Studie" attributes the sentence to the study or its author', () => {
  it.each([
    {
      name: '"laut der Studie" in the middle of the sentence',
      paras: ['Nach sechs Monaten konnten laut der Studie 70 Prozent der Teilnehmer wieder joggen.'],
      want: [['Nach sechs Monaten konnten 70 Prozent der Teilnehmer wieder joggen', 'Studie']],
    },
    {
      name: 'an author the lexicon knows, in the genitive',
      paras: ['Laut einer Umfrage des Instituts Sonnental fahren 40 Prozent der Pendler mit dem Rad.'],
      want: [['fahren 40 Prozent der Pendler mit dem Rad', 'Institut Sonnental']],
    },
    {
      name: 'an author of no known institution noun',
      paras: ['Laut einer Auswertung der Krankenkasse Nord-Gesundheit ließ sich nur jeder Dritte impfen.'],
      want: [['ließ sich nur jeder Dritte impfen', 'Krankenkasse Nord-Gesundheit']],
    },
    {
      name: '"laut einem Bericht der X": the author of the report',
      paras: ['Laut einem Bericht der Nordkurier Zeitung will das Land die Gebühr senken.'],
      want: [['will das Land die Gebühr senken', 'Nordkurier Zeitung']],
    },
    {
      name: '"laut einem Bericht des „Titels“": the publication in quotation marks',
      paras: ['Laut einem Bericht des „Heidebote“ will das Land die Gebühr senken.'],
      want: [['will das Land die Gebühr senken', 'Heidebote']],
    },
    {
      name: '"laut einer Mitteilung der X": the body that issued it',
      paras: ['Laut einer Mitteilung der Stadtwerke steigen die Preise im Januar um zehn Prozent.'],
      want: [['steigen die Preise im Januar um zehn Prozent', 'Stadtwerke']],
    },
    {
      name: 'a report without its author names no one',
      paras: ['Laut dem Bericht steigen die Preise im Januar um zehn Prozent.'],
      want: [],
    },
  ])('$name', ({ paras, want }) => {
    expect(indirect(paras)).toEqual(want);
  });
});
