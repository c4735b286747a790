import type { Corpus } from '@dossier/core';
import { buildDocumentFromModel } from './build-doc-definition.js';
import { withGlyphRunCache } from './glyph-run-cache.js';
import { loadTemplates } from './load-templates.js';
import { loadFontCoverage, renderPdf } from './render-pdf.js';
import {
  type RenderDossierOptions,
  type RenderJob,
  type RenderResult,
  toRenderJob,
} from './to-render-job.js';

export type { RenderDossierOptions, RenderJob, RenderResult } from './to-render-job.js';

/** Loads templates and font coverage, builds the document of a render job and renders it. */
export async function renderJob(job: RenderJob, onPhase?: (phase: string) => void): Promise<RenderResult> {
  const templates = await loadTemplates(job.lang, job.templatesDir);
  onPhase?.('templates');
  const { doc, warnings } = buildDocumentFromModel(job.model, {
    ...(job.title ? { title: job.title } : {}),
    createdAt: job.createdAt,
    templates: templates.sources,
    language: job.lang,
    appendix: job.appendix,
    fonts: loadFontCoverage(),
  });
  onPhase?.('document');
  // the words shaped by the build before are taken from the cache folder instead of being shaped again
  const pdf = job.glyphRunsPath
    ? (await withGlyphRunCache(job.glyphRunsPath, () => renderPdf(doc))).result
    : await renderPdf(doc);
  onPhase?.('pdf');
  return { pdf, warnings: [...templates.warnings, ...warnings] };
}

/** Builds the model, the document and the PDF of a corpus on this thread; returns the PDF and warnings. */
export async function renderDossierPdf(
  corpus: Corpus,
  opts: RenderDossierOptions & { onPhase?: (phase: string) => void },
): Promise<RenderResult> {
  const job = toRenderJob(corpus, opts);
  opts.onPhase?.('model');
  return renderJob(job, opts.onPhase);
}
