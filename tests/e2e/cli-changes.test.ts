import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addFiles, BAKERY, HARBOUR, makeFolder, STORM } from '../fixtures/ingest/make-folder.js';
import { runCli } from '../helpers/run-cli.js';

const env = { SOURCE_DATE_EPOCH: '1700000000' };

describe('"Neu seit der letzten Ausgabe"', () => {
  it('marks the articles, figures and statements added since the previous corpus.json; a rebuild keeps the marks', async () => {
    const input = await makeFolder({ 'sturm.txt': STORM, 'hafen.txt': HARBOUR });
    const out = await makeFolder({}, 'dossier-out-');
    const pdf = join(out, 'dossier.pdf');
    const first = await runCli(['build', input, '--out', pdf], { env });
    expect(first.code, first.stderr).toBe(0);
    const json1 = JSON.parse(await readFile(join(out, 'corpus.json'), 'utf8'));
    expect(json1.changes).toBeUndefined(); // the first edition has nothing to compare with
    // the words pdfkit shaped are kept for the next build (its PDF below is the same as shaping them again)
    expect(await readdir(join(out, '.dossier-cache'))).toContain('glyph-runs.json');

    await addFiles(input, { 'baeckerei.txt': BAKERY });
    const second = await runCli(['build', input, '--out', pdf], { env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/new since the previous edition: 1 article/);
    const json2 = JSON.parse(await readFile(join(out, 'corpus.json'), 'utf8'));
    expect(json2.changes.articles).toEqual(['baeckerei']);
    const bakeryQuotes = json2.quotes.filter((q: { article: string }) => q.article === 'baeckerei').length;
    expect(json2.changes.quotes).toHaveLength(bakeryQuotes);
    const pdf2 = await readFile(pdf);

    // Same articles again (e.g. CI after a code-only change): same marks, byte-identical PDF.
    const third = await runCli(['build', input, '--out', pdf], { env });
    expect(third.code, third.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(out, 'corpus.json'), 'utf8')).changes).toEqual(json2.changes);
    expect(await readFile(pdf)).toEqual(pdf2);
  }, 120_000);
});
