import { renderDossierPdf } from '@dossier/app';
import type { Corpus } from '@dossier/core';
import { countPdfPages } from './count-pdf-pages.js';

/** Builds and renders the dossier PDF of a corpus in-process, as the CLI does, and times it. */
export async function runRender(corpus: Corpus): Promise<{ ms: number; pages: number; bytes: number }> {
  const t = performance.now();
  const { pdf } = await renderDossierPdf(corpus, { createdAt: new Date(0) });
  return { ms: performance.now() - t, pages: countPdfPages(pdf), bytes: pdf.length };
}
