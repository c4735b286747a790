import { describe, expect, it } from 'vitest';
import { findAssociationBackSources } from './find-association-back-sources.js';

describe('findAssociationBackSources', () => {
  it.each([
    [
      'cited back by "der Verband"',
      [
        'Der Bund der Energieverbraucher sieht das Vorhaben kritisch.',
        'Die Preise seien zu hoch, teilte der Verband mit.',
      ],
      ['Bund der Energieverbraucher'],
    ],
    [
      'one sentence between',
      [
        'Der Verband der Fahrlehrer warnt vor dem Plan.',
        'Viele Schulen müssten schließen.',
        'Das sei nicht hinnehmbar, sagte der Verband.',
      ],
      ['Verband der Fahrlehrer'],
    ],
    ['never cited back', ['Der Verein der Kleingärtner feiert Jubiläum.', 'Es gab Kuchen.'], []],
    ['no association named before', ['Die Preise seien zu hoch, teilte der Verband mit.'], []],
  ])('%s', (_label, sentences, want) => {
    expect(findAssociationBackSources(sentences).map((s) => s.name)).toEqual(want);
  });
});
