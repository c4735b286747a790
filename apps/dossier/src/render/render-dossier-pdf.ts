import type { Corpus } from '@dossier/core';
import type { CorpusChanges } from '../diff/corpus-changes.js';
import { toCorpusLanguage } from '../model/build-dossier-model.js';
import { buildDocument } from './build-doc-definition.js';
import { loadTemplates } from './load-templates.js';
import { loadFontCoverage, renderPdf } from './render-pdf.js';

/** What the CLI passes to render a dossier. */
export interface RenderDossierOptions {
  title?: string;
  /** language of labels; default: the corpus language */
  lang?: string;
  /** a user folder of .hbs templates overriding the built-in ones */
  templatesDir?: string;
  appendix?: boolean | 'auto';
  createdAt: Date;
  changes?: CorpusChanges;
  /** called at the end of each phase (templates, document, pdf), for --timings */
  onPhase?: (phase: string) => void;
}

/** Loads templates and font coverage, builds the document and renders it; returns the PDF and warnings. */
export async function renderDossierPdf(
  corpus: Corpus,
  opts: RenderDossierOptions,
): Promise<{ pdf: Buffer; warnings: string[] }> {
  const lang = opts.lang ?? toCorpusLanguage(corpus);
  const templates = await loadTemplates(lang, opts.templatesDir);
  opts.onPhase?.('templates');
  const { doc, warnings } = buildDocument(corpus, {
    ...(opts.title ? { title: opts.title } : {}),
    createdAt: opts.createdAt,
    templates: templates.sources,
    language: lang,
    appendix: opts.appendix ?? 'auto',
    fonts: loadFontCoverage(),
    ...(opts.changes ? { changes: opts.changes } : {}),
  });
  opts.onPhase?.('document');
  const pdf = await renderPdf(doc);
  opts.onPhase?.('pdf');
  return { pdf, warnings: [...templates.warnings, ...warnings] };
}
