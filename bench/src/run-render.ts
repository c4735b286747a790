import { buildDocDefinition, renderPdf } from '@dossier/app';
import type { Corpus } from '@dossier/core';
import { countPdfPages } from './count-pdf-pages.js';

/** Builds and renders the dossier PDF of a corpus in-process and times it (pages per second of the renderer). */
export async function runRender(corpus: Corpus): Promise<{ ms: number; pages: number; bytes: number }> {
  const t = performance.now();
  const doc = buildDocDefinition(corpus, { title: 'Benchmark', createdAt: new Date(0) });
  const pdf = await renderPdf(doc);
  return { ms: performance.now() - t, pages: countPdfPages(pdf), bytes: pdf.length };
}
