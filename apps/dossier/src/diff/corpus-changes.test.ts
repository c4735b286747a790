import type { Corpus } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { diffCorpus, toChangeKeys, toEditionChanges, toEditionKeys } from './corpus-changes.js';

const article = (id: string, hash = id) => ({
  id,
  file: `${id}.txt`,
  title: id,
  date: null,
  publisher: null,
  author: null,
  language: 'de',
  body: 'b',
  hash,
});
const corpus = (
  ids: string[],
  figures: [number, string][] = [],
  quotes: [string, string][] = [],
): Corpus => ({
  schemaVersion: 1,
  articles: ids.map((id) => article(id)),
  figures: figures.map(([value, unit]) => ({
    value,
    unit,
    claimant: null,
    mentions: [{ article: 'a', text: 't' }],
  })),
  quotes: quotes.map(([speaker, text]) => ({ article: 'a', speaker, text, kind: 'direct' as const })),
  sources: [],
  people: [],
  timeline: [],
});

describe('diffCorpus', () => {
  it('finds new articles, figures and statements', () => {
    const prev = corpus(['a'], [[5, 'Züge']], [['Ina Test', 'Wir sind bereit.']]);
    const cur = corpus(
      ['a', 'b'],
      [
        [5, 'züge'],
        [7, 'Busse'],
      ],
      [
        ['Ina Test', 'Wir  sind bereit.'],
        ['Ina Test', 'Neu.'],
      ],
    );
    expect(toChangeKeys(diffCorpus(cur, toEditionKeys(prev)))).toEqual({
      articles: ['b'],
      figures: ['7|busse|'],
      quotes: ['ina test|neu.'],
    });
  });

  it('an edited file (new hash) counts as new', () => {
    const prev = corpus(['a']);
    const cur = { ...corpus(['a']), articles: [article('a', 'other')] };
    expect(diffCorpus(cur, toEditionKeys(prev)).articles.map((a) => a.id)).toEqual(['a']);
  });
});

describe('toEditionChanges', () => {
  const prev = corpus(['a'], [[5, 'Züge']]);
  const cur = corpus(
    ['a', 'b'],
    [
      [5, 'Züge'],
      [7, 'Busse'],
    ],
  );
  it.each([
    ['first edition', cur, null, undefined],
    [
      'new articles',
      cur,
      { keys: toEditionKeys(prev) },
      { articles: ['b'], figures: ['7|busse|'], quotes: [] },
    ],
    [
      'same articles: the stored marks',
      cur,
      { keys: toEditionKeys(cur), changes: { articles: ['b', 'gone'], figures: ['7|busse|'], quotes: [] } },
      { articles: ['b'], figures: ['7|busse|'], quotes: [] },
    ],
    ['same articles, nothing stored', cur, { keys: toEditionKeys(cur) }, undefined],
  ])('%s', (_label, current, previous, expected) => {
    const changes = toEditionChanges(current, previous);
    expect(changes && toChangeKeys(changes)).toEqual(expected);
  });
});
