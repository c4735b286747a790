import { describe, expect, it } from 'vitest';
import type { SourceMention } from '../types.js';
import { mergeSources } from './merge-sources.js';

describe('mergeSources', () => {
  it.each([
    [
      'an abbreviation with its full name',
      [
        { article: 'a', name: 'CUF', fullName: 'Centre for Urban Futures' },
        { article: 'b', name: 'Centre for Urban Futures' },
      ],
      'CUF',
      ['a', 'b'],
    ],
    [
      'spelling variants',
      [
        { article: 'a', name: 'Tagesblatt Online' },
        { article: 'b', name: 'Tagesblatt' },
      ],
      'Tagesblatt',
      ['a', 'b'],
    ],
  ] as [string, SourceMention[], string, string[]][])('merges %s', (_label, mentions, name, articles) => {
    const got = mergeSources(mentions);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ name, articles, count: 2 });
  });
});
