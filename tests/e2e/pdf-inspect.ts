import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '@dossier/core';
import { buildDocument, loadFontCoverage, loadTemplates, renderPdf } from '@dossier/app';
import { ROOT } from '../helpers/paths.js';

/** The hand-written corpus of the PDF tests (a fictional flood, with Hangul, Cyrillic and Greek names). */
export function loadFixtureCorpus(): Corpus {
  return JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'pdf', 'corpus.json'), 'utf8')) as Corpus;
}

/** Renders a corpus the way the CLI does (templates from disk, real font coverage) into a temp file. */
export async function renderCorpus(
  corpus: Corpus,
  opts: { lang?: string; appendix?: boolean | 'auto'; templatesDir?: string; changes?: unknown } = {},
): Promise<{ path: string; bytes: Buffer; warnings: string[] }> {
  const lang = opts.lang ?? 'de';
  const t = await loadTemplates(lang, opts.templatesDir);
  const { doc, warnings } = buildDocument(corpus, {
    createdAt: new Date('2031-05-08T00:00:00Z'),
    templates: t.sources,
    language: lang,
    fonts: loadFontCoverage(),
    ...(opts.appendix !== undefined ? { appendix: opts.appendix } : {}),
    // biome-ignore lint/suspicious/noExplicitAny: the changes shape is the app's CorpusChanges
    ...(opts.changes ? { changes: opts.changes as any } : {}),
  });
  const bytes = await renderPdf(doc);
  const dir = await mkdtemp(join(tmpdir(), 'dossier-pdf-'));
  const path = join(dir, 'dossier.pdf');
  await writeFile(path, bytes);
  return { path, bytes, warnings };
}

/** Text of one page (1-based) with pdftotext. */
export function pageText(path: string, page: number): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'], {
    encoding: 'utf8',
  });
}

/** Number of pages (pdfinfo). */
export function pageCount(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(pdfInfo(path))?.[1] ?? 0);
}

/** pdfinfo's output. */
export function pdfInfo(path: string): string {
  return execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
}

/** The outline (bookmarks) as "title@page" lines, nested levels indented, from pdftohtml's XML. */
export function pdfOutline(path: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', path], { encoding: 'utf8' });
  const out: string[] = [];
  let depth = -1;
  for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') depth++;
    else if (m[0] === '</outline>') depth--;
    else out.push(`${'  '.repeat(depth)}${m[2]}@${m[1]}`);
  }
  return out;
}

/** The fonts table of pdffonts, one row per font: name and whether it is embedded. */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return rows.map((r) => {
    const cols = r.trim().split(/\s+/);
    // columns from the right: emb sub uni object ID
    return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** Internal links (GoTo actions to named destinations) and the named destinations that exist. */
export function pdfLinks(bytes: Buffer): { targets: string[]; destinations: Set<string> } {
  const raw = bytes.toString('latin1');
  const targets = [...raw.matchAll(/\/S \/GoTo\s*\/D \(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const names = /\/Dests <<[\s\S]*?\/Names \[([\s\S]*?)\]\s*>>/.exec(raw)?.[1] ?? '';
  const destinations = new Set([...names.matchAll(/\(([^)]*)\) \[/g)].map((m) => m[1] ?? ''));
  return { targets, destinations };
}
