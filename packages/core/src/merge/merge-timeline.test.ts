import { describe, expect, it } from 'vitest';
import type { Article } from '../schema.js';
import type { EventMention } from '../types.js';
import { mergeTimeline, stems } from './merge-timeline.js';

const article = (id: string, date: string | null): Article =>
  ({
    id,
    file: `${id}.txt`,
    title: id,
    date,
    publisher: null,
    author: null,
    language: 'de',
    body: '',
  }) as Article;

describe('mergeTimeline', () => {
  it('resolves partial dates from the corpus and sorts oldest first', () => {
    const mentions: EventMention[] = [
      {
        article: 'b',
        text: 'Der Deich brach zwischen dem 2. und 4. Mai an drei Stellen.',
        partial: { month: 5, day: 2, untilDay: 4 },
      },
      { article: 'b', text: 'Die Feuerwehr rückte im April aus.', partial: { month: 4 } },
      { article: 'a', text: 'Die Stadt baute im Juli 2021 einen neuen Deich.', date: '2021-07' },
      {
        article: 'b',
        text: 'Das Land zahlte seit letztem März Hilfen.',
        partial: { month: 3, yearOffset: -1 },
      },
    ];
    const tl = mergeTimeline(mentions, [article('a', '2023-05-20'), article('b', null)]);
    expect(tl.map((e) => [e.date, e.until])).toEqual([
      ['2021-07', undefined],
      ['2022-03', undefined],
      ['2023-04', undefined],
      ['2023-05-02', '2023-05-04'],
    ]);
  });

  it.each([
    // 2025-03-12 is a Wednesday; in 2026 it is a Thursday.
    [{ month: 3, day: 12, weekday: 3 }, '2025-03-12'],
    [{ month: 3, day: 12, weekday: 4 }, '2026-03-12'],
  ])('fits the weekday %o', (partial, expected) => {
    const mentions: EventMention[] = [
      { article: 'a', text: 'Die Messe begann 2025 mit einem Rekord.', date: '2025' },
      { article: 'a', text: 'Die Messe begann 2026 mit einem Rekord.', date: '2026' },
      { article: 'b', text: 'Der Landtag stimmte an diesem Tag über das Gesetz ab.', partial },
    ];
    const tl = mergeTimeline(mentions, [article('a', null), article('b', null)]);
    expect(tl.some((e) => e.date === expected && e.articles.includes('b'))).toBe(true);
  });

  it('merges the same event told by two articles', () => {
    const mentions: EventMention[] = [
      { article: 'a', text: 'Der Konzern übernahm im Mai 2022 den Rivalen aus Bremen.', date: '2022-05' },
      { article: 'b', text: 'Im Mai 2022 übernahm der Konzern den Bremer Rivalen.', date: '2022-05' },
      { article: 'b', text: 'Im Mai 2022 streikten die Piloten.', date: '2022-05' },
    ];
    const tl = mergeTimeline(mentions, [article('a', null), article('b', null)]);
    expect(tl).toHaveLength(2);
    expect(tl[0]?.articles).toEqual(['a', 'b']);
  });

  it('puts a month before its days', () => {
    const mentions: EventMention[] = [
      { article: 'a', text: 'Die Wahl fand am 9. Juni 2024 statt.', date: '2024-06-09' },
      { article: 'a', text: 'Im Juni 2024 begann der Wahlkampf.', date: '2024-06' },
    ];
    expect(mergeTimeline(mentions, [article('a', null)]).map((e) => e.date)).toEqual([
      '2024-06',
      '2024-06-09',
    ]);
  });
});

describe('mergeTimeline without any article date', () => {
  it('takes the year a named weekday points to as the present', () => {
    const mentions: EventMention[] = [
      { article: 'a', text: 'Die Reform trat im Mai 2024 in Kraft.', date: '2024-05' },
      // 12 March is a Wednesday in 2025, not in 2024.
      {
        article: 'b',
        text: 'Der Landtag stimmte am Mittwoch (12. März) ab.',
        partial: { month: 3, day: 12, weekday: 3 },
      },
      { article: 'b', text: 'Im Februar begann die Debatte.', partial: { month: 2 } },
    ];
    const tl = mergeTimeline(mentions, [article('a', null), article('b', null)]);
    expect(tl.map((e) => e.date)).toEqual(['2024-05', '2025-02', '2025-03-12']);
  });

  it('does not take a target year as the present', () => {
    const mentions: EventMention[] = [
      { article: 'a', text: 'Der Hafen wurde 2023 erweitert.', date: '2023' },
      { article: 'a', text: 'Die Stadt will bis 2035 klimaneutral werden.', date: '2035' },
      { article: 'b', text: 'Im Mai begann der Umbau.', partial: { month: 5 } },
    ];
    const tl = mergeTimeline(mentions, [article('a', null), article('b', null)]);
    expect(tl.find((e) => e.articles.includes('b'))?.date).toBe('2023-05');
  });
});

describe('stems', () => {
  it.each([
    'Der Deich brach am Montag an drei Stellen.',
    'ÄRZTE-STREIK in Köln: Straßenbahn fährt',
    'ab cd efg hijk lmnopqrstu',
    'İstanbul und ẞtraße, 𝐀𝐁𝐂𝐃 und 𝐀𝐁𝐂',
    '',
  ])('%s: the first six code units of the lower-cased runs of four letters or more', (text) => {
    const want = new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 6)));
    expect(stems(text)).toEqual(want);
  });
});
