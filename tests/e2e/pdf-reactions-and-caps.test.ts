import type { Corpus } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/pdf-text.js';
import { loadFixtureCorpus, pageCount, pdfOutline, renderCorpus } from './pdf-inspect.js';

const flat = (s: string) => s.replace(/\u200B/g, '').replace(/\s+/g, ' ');
const count = (text: string, sample: string) => text.split(sample).length - 1;

// invented statements of a fictional flood; speakers and wording are not from any real article
const quote = (
  article: string,
  speaker: string | null,
  text: string,
  kind: 'direct' | 'indirect',
  role?: string,
) => ({
  article,
  speaker,
  text,
  kind,
  ...(role ? { role } : {}),
});

describe('Reaktionen of a hand-written corpus', () => {
  const base = loadFixtureCorpus();
  const corpus: Corpus = {
    ...base,
    quotes: [
      quote('a1', 'Maren Kolb', 'Wir haben die Lage noch nicht unter Kontrolle', 'direct', 'Landrätin'),
      quote('a1', 'Maren Kolb', 'die Dämme hielten „nur noch Stunden“', 'indirect', 'Landrätin'),
      quote('b2', 'Maren Kolb', 'nur noch Stunden', 'direct', 'Landrätin'),
      quote('b2', 'Maren Kolb', 'sie kündigte Soforthilfen an', 'indirect', 'Landrätin'),
      quote('c3', 'Technisches Hilfswerk', 'die Pumpen liefen rund um die Uhr', 'indirect'),
      quote('c3', 'Technisches Hilfswerk', 'weitere Helfer seien unterwegs', 'indirect'),
      quote('c3', 'Kreisbrandmeister', 'Die Wehren sind am Limit', 'direct', 'Kreisbrandmeister'),
      quote('b2', 'Иван Петров', 'Solche Ereignisse werden häufiger', 'direct', 'Klimaforscher'),
      quote('a1', null, 'die Evakuierung sei zu spät gekommen', 'indirect'),
    ],
  };
  let text = '';
  let outline: string[] = [];

  it('renders', async () => {
    const { path } = await renderCorpus(corpus);
    text = flat(pdfText(path));
    outline = pdfOutline(path).map((l) => l.replace(/@\d+$/, ''));
  }, 60_000);

  it('shows a quoted fragment once, inside the statement that reports it, with both references', () => {
    expect(count(text, 'nur noch Stunden')).toBe(1);
    expect(text).toContain('sinngemäß: die Dämme hielten „nur noch Stunden“ [1][2]');
  });

  it('leaves out a role that only repeats the speaker', () => {
    expect(text).not.toContain('Kreisbrandmeister – Kreisbrandmeister');
    expect(text).toContain('Kreisbrandmeister');
  });

  it('groups people first, then bodies, then unattributed statements', () => {
    const at = (s: string) => text.indexOf(s, text.indexOf('Äußerungen von'));
    const order = [
      'Personen',
      'Maren Kolb – Landrätin',
      'Иван Петров',
      'Institutionen und Organisationen',
      'Technisches Hilfswerk',
      'Ohne Zuordnung',
      'die Evakuierung sei zu spät gekommen',
    ];
    const positions = order.map(at);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(outline).toEqual(
      expect.arrayContaining([
        'Reaktionen',
        '  Personen',
        '  Institutionen und Organisationen',
        '  Ohne Zuordnung',
      ]),
    );
  });
});

describe('the cover of a partly dated corpus', () => {
  it('takes the period from the dated articles and counts the undated ones', async () => {
    const base = loadFixtureCorpus();
    const corpus = { ...base, articles: base.articles.map((a, i) => (i === 2 ? { ...a, date: null } : a)) };
    const text = flat(pdfText((await renderCorpus(corpus)).path));
    expect(text).toContain('6.–7. Mai 2031 · 1 Artikel ohne Datum');
  }, 60_000);

  it('says so in English too', async () => {
    const base = loadFixtureCorpus();
    const corpus = { ...base, articles: base.articles.map((a) => ({ ...a, date: null })) };
    const text = flat(pdfText((await renderCorpus(corpus, { lang: 'en' })).path));
    expect(text).toContain('3 undated articles');
  }, 60_000);
});

/** A corpus of n short invented articles, each with figures, statements, an event and a cited source. */
function bigCorpus(n: number): Corpus {
  const base = loadFixtureCorpus();
  const ids = Array.from({ length: n }, (_, i) => `n${String(i).padStart(4, '0')}`);
  const day = (i: number) => `2031-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return {
    ...base,
    articles: ids.map((id, i) => ({
      id,
      file: `${id}.txt`,
      title: `Pegel an Messstelle ${i} steigt weiter`,
      date: day(i),
      publisher: `Blatt ${i % 40}`,
      author: null,
      language: 'de',
      body: `An der Messstelle ${i} stieg der Pegel am Morgen um ${i % 90} Zentimeter. Die Behörden beobachten die Lage.`,
    })),
    figures: ids.map((id, i) => ({
      value: 100 + i,
      unit: 'Zentimeter',
      claimant: `Pegeldienst ${i % 300}`,
      subject: `Pegel ${i % 50}`,
      mentions: [{ article: id, text: `${100 + i} Zentimeter` }],
    })),
    quotes: ids.flatMap((id, i) => [
      quote(
        id,
        `Sprecherin ${i % 200}`,
        `Der Pegel an Messstelle ${i} ist auffällig`,
        'direct',
        'Sprecherin',
      ),
      quote(id, `Behörde ${i % 150}`, `man beobachte Messstelle ${i} genau`, 'indirect'),
      quote(id, null, `es werde an Messstelle ${i} gepumpt`, 'indirect'),
    ]),
    sources: Array.from({ length: 120 }, (_, k) => ({
      name: `Quelle ${k}`,
      articles: ids.filter((_, i) => i % 120 === k),
      count: ids.filter((_, i) => i % 120 === k).length,
    })),
    timeline: ids.map((id, i) => ({ date: day(i), text: `Pegelanstieg an Messstelle ${i}`, articles: [id] })),
    problems: [],
  };
}

describe('a corpus of 1,000 articles', () => {
  it('stays bounded: capped lists with "… und N weitere", no appendix, a few seconds to render', async () => {
    const started = Date.now();
    const { path } = await renderCorpus(bigCorpus(1000));
    const seconds = (Date.now() - started) / 1000;
    const text = flat(pdfText(path));
    for (const line of [
      '… und 940 weitere Ereignisse',
      '… und 940 weitere Zahlenangaben',
      '… und 38 weitere Gegenstände mit abweichenden Angaben',
      '… und 80 weitere Quellen',
      'weitere Äußerungen',
      'weitere Akteure',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('Anhang');
    // every article stays in Quellen, since every reference links there
    expect(text).toContain('[1000] Pegel an Messstelle');
    expect(pageCount(path)).toBeLessThan(80);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});
