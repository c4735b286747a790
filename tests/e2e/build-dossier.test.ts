import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusSchema } from '@dossier/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES } from '../helpers/paths.js';
import { pdfText } from '../helpers/pdf-text.js';
import { runCli } from '../helpers/run-cli.js';

describe('dossier build on data/articles', () => {
  let dir: string;
  let text: string;
  let result: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
    result = await runCli(['build', ARTICLES, '--out', join(dir, 'dossier.pdf')]);
    text = pdfText(join(dir, 'dossier.pdf'));
  }, 120_000);

  it('exits 0 and writes a corpus that validates', async () => {
    expect(result.code, result.stderr).toBe(0);
    const corpus = CorpusSchema.parse(JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf8')));
    expect(corpus.articles).toHaveLength(5);
  });

  it.each(['Lage', 'Zahlen', 'Reaktionen', 'Quellen'])('has the section %s', (heading) => {
    expect(text).toMatch(new RegExp(`^\\s*(\\d+\\s+)?${heading}\\s*$`, 'm'));
  });

  it('shows a known quotation under its speaker in Reaktionen', () => {
    const flat = text.replace(/\u200B/g, '').replace(/\s+/g, ' ');
    // the section runs from its heading (after the table of contents) to the Quellen heading
    const start = flat.indexOf('Reaktionen', flat.indexOf('Seite 2 von'));
    const section = flat.slice(start, flat.indexOf('Quellen Ausgewertet', start));
    const speaker = section.indexOf('Dmitri Peskow');
    expect(speaker).toBeGreaterThan(-1);
    expect(section.indexOf('diese Zusammenarbeit weiter ausbauen', speaker)).toBeGreaterThan(speaker);
  });

  it('closes with the sources and the article texts, with page footers', () => {
    expect(text).toMatch(/^Ausgewertete Artikel$/m);
    expect(text).toMatch(/^Anhang: Artikeltexte$/m);
    expect(text).toMatch(/Seite 3 von \d+/);
  });
});
