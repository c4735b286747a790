import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '@dossier/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/pdf-text.js';
import {
  loadFixtureCorpus,
  pageCount,
  pageText,
  pdfFonts,
  pdfInfo,
  pdfLinks,
  pdfOutline,
  renderCorpus,
} from './pdf-inspect.js';

// pdftotext may keep the break opportunities we insert into long tokens, and wraps lines
const flat = (s: string) => s.replace(/\u200B/g, '').replace(/\s+/g, ' ');

describe('the briefing PDF of a hand-written corpus', () => {
  let path: string;
  let bytes: Buffer;
  let warnings: string[];
  let text: string;

  beforeAll(async () => {
    ({ path, bytes, warnings } = await renderCorpus(loadFixtureCorpus()));
    text = flat(pdfText(path));
  });

  it.each([
    ['cover', 'Lagebild aus 3 Artikeln von 3 Herausgebern.'],
    ['cover period', '6.–8. Mai 2031'],
    ['table of contents', 'Inhalt'],
    ['Lage', 'Zusammenfassung'],
    ['Lage summary sentence', 'ist der Fluss Velna über die Ufer getreten'],
    ['timeline', 'Tagelanger Starkregen im Einzugsgebiet der Velna'],
    ['Zahlen table', 'ca. 1.200'],
    ['Zahlen currency', '40 Mio. €'],
    ['Zahlen comparison note', 'Die Angaben zu „evakuierte Menschen“ unterscheiden sich'],
    ['Reaktionen direct quote', '„Wir haben die Lage noch nicht unter Kontrolle“'],
    ['Reaktionen speaker with role', 'Maren Kolb – Landrätin'],
    ['Reaktionen reported speech', 'sinngemäß: das Werk bleibe mindestens eine Woche geschlossen'],
    ['Quellen article', 'Hochwasser legt Werk von Hanbit Electronics lahm'],
    ['Quellen article meta', 'Nordkurier Testblatt · von Lena Sommer · 6. Mai 2031 · Datei: a1.txt'],
    ['Quellen cited source', 'Reuters'],
    ['Quellen problem file', 'Warnung (übersprungen): die Datei enthält keinen Text'],
    ['Anhang', 'Anhang: Artikeltexte'],
    ['Anhang body', 'Meteorologen rechnen mit weiterem Regen.'],
  ])('shows the %s', (_what, sample) => {
    expect(text).toContain(sample);
  });

  it.each(['박지훈', 'Иван Петров', 'Ελένη Παππά'])('keeps %s as text', (name) => {
    expect(text).toContain(name);
  });

  it('reports no uncovered characters for Latin, Cyrillic, Greek and Hangul', () => {
    expect(warnings).toEqual([]);
  });

  it('has a bookmark for every section and sub-section', () => {
    const outline = pdfOutline(path).map((l) => l.replace(/@\d+$/, ''));
    expect(outline).toEqual(
      expect.arrayContaining([
        'Lage',
        '  Zusammenfassung',
        '  Chronologie',
        'Zahlen',
        '  Kennzahlen',
        '  Abweichende Angaben',
        'Reaktionen',
        'Quellen',
        '  Ausgewertete Artikel',
        '  Zitierte Quellen',
        'Anhang: Artikeltexte',
      ]),
    );
  });

  it('puts "Seite N von M" and the title on every page after the cover, not on the cover', () => {
    const pages = pageCount(path);
    expect(pages).toBeGreaterThan(3);
    expect(pageText(path, 1)).not.toMatch(/Seite \d+ von/);
    for (let p = 2; p <= pages; p++) {
      const page = flat(pageText(path, p));
      expect(page).toContain(`Seite ${p} von ${pages}`);
      expect(page).toContain('Dossier: Hochwasser · Hollberg');
    }
  });

  it('lists the sections in the table of contents with their page numbers', () => {
    const toc = flat(pageText(path, 2));
    const outline = pdfOutline(path);
    for (const entry of outline.filter((l) => !l.startsWith(' '))) {
      const [title, page] = entry.split('@');
      expect(toc).toContain(`${title} ${page}`);
    }
  });

  it('links every [n] reference to an existing destination in Quellen', () => {
    const { targets, destinations } = pdfLinks(bytes);
    const refs = targets.filter((t) => t.startsWith('article-'));
    expect(refs.length).toBeGreaterThan(10);
    for (const t of targets) expect(destinations).toContain(t);
    expect(destinations).toEqual(new Set([...destinations].filter(Boolean)));
    expect([...destinations]).toEqual(expect.arrayContaining(['article-1', 'article-2', 'article-3']));
  });

  it('embeds every font, Hangul included', () => {
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => f.name.includes('NotoSansKR'))).toBe(true);
  });

  it('fills the PDF info: title, subject, keywords, creator, language', () => {
    const info = pdfInfo(path);
    expect(info).toMatch(/Title:\s+Dossier: Hochwasser · Hollberg/);
    expect(info).toMatch(/Subject:\s+Lagebild aus 3 Artikeln/);
    expect(info).toMatch(/Keywords:\s+.*Nordkurier Testblatt/);
    expect(info).toMatch(/Creator:\s+dossier/);
    expect(info).toMatch(/CreationDate:\s+.*2031/);
    expect(bytes.toString('latin1')).toContain('/Lang (de-DE)');
  });

  it('is byte-identical when built again from the same input', async () => {
    const again = await renderCorpus(loadFixtureCorpus());
    expect(again.bytes.equals(bytes)).toBe(true);
  });
});

describe('PDF options and edge cases', () => {
  it('uses English labels and formats with lang en', async () => {
    const { path } = await renderCorpus(loadFixtureCorpus(), { lang: 'en' });
    const text = flat(pdfText(path));
    for (const s of ['Contents', 'Situation', 'Figures', 'Reactions', 'Sources', 'Page 2 of', '1,200']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('May 2031');
  });

  it('leaves the appendix out when asked', async () => {
    const { path } = await renderCorpus(loadFixtureCorpus(), { appendix: false });
    const text = flat(pdfText(path));
    expect(text).not.toContain('Anhang');
    expect(text).toContain('Quellen');
  });

  it('takes labels and prose from a user template folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-tpl-'));
    await writeFile(join(dir, 'labels.hbs'), '{{#*inline "lage"}}Lagebild <&> heute{{/inline}}\n');
    await writeFile(join(dir, 'cover.hbs'), 'Eigene Einleitung für {{articleCount}} Texte.\n');
    const { path } = await renderCorpus(loadFixtureCorpus(), { templatesDir: dir });
    const text = flat(pdfText(path));
    expect(text).toContain('Lagebild <&> heute');
    expect(text).toContain('Eigene Einleitung für 3 Texte.');
    expect(text).toContain('Zahlen');
  });

  it('shows what is new since the previous edition', async () => {
    const corpus = loadFixtureCorpus();
    const changes = { articles: [corpus.articles[2]], figures: [corpus.figures[0]], quotes: [] };
    const { path } = await renderCorpus(corpus, { changes });
    const text = flat(pdfText(path));
    expect(text).toContain('Neu seit der letzten Ausgabe');
    expect(text).toContain('1 neuer Artikel, 1 neue Zahlenangabe, 0 neue Äußerungen.');
    expect(text).toContain('Neue Artikel: [3]');
  });

  it('lays out a word of 30 000 characters without hanging and keeps it as text', async () => {
    const corpus = loadFixtureCorpus();
    const token = 'x'.repeat(30_000);
    const first = corpus.articles[0];
    if (!first) throw new Error('fixture has no article');
    const huge: Corpus = {
      ...corpus,
      articles: [{ ...first, body: `Ein Wort: ${token} Ende.` }, ...corpus.articles.slice(1)],
      quotes: [...corpus.quotes, { article: first.id, speaker: 'Tester', text: token, kind: 'direct' }],
    };
    const started = Date.now();
    const { path } = await renderCorpus(huge);
    expect(Date.now() - started).toBeLessThan(45_000);
    const text = pdfText(path).replace(/\s|\u200B/g, '');
    // a page holds a few thousand characters of it; compare booleans to keep failure output short
    expect(text.includes('x'.repeat(1500))).toBe(true);
    expect(text.includes('Ende.')).toBe(true);
  }, 60_000);

  it('reports a character no embedded font covers and shows its code instead of a box', async () => {
    const corpus = loadFixtureCorpus();
    const q = { article: 'a1', speaker: 'ทดสอบ', text: 'สวัสดี', kind: 'direct' as const };
    const { path, warnings } = await renderCorpus({ ...corpus, quotes: [...corpus.quotes, q] });
    expect(warnings.some((w) => w.includes('U+0E17'))).toBe(true);
    expect(flat(pdfText(path))).toContain('[U+0E17]');
  });
});
