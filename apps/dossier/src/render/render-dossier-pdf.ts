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
}

/** Loads templates and font coverage, builds the document and renders it; returns the PDF and warnings. */
export async function renderDossierPdf(
  corpus: Corpus,
  opts: RenderDossierOptions,
): Promise<{ pdf: Buffer; warnings: string[] }> {
  const lang = opts.lang ?? toCorpusLanguage(corpus);
  const templates = await loadTemplates(lang, opts.templatesDir);
  const { doc, warnings } = buildDocument(corpus, {
    ...(opts.title ? { title: opts.title } : {}),
    createdAt: opts.createdAt,
    templates: templates.sources,
    language: lang,
    appendix: opts.appendix ?? 'auto',
    fonts: loadFontCoverage(),
    ...(opts.changes ? { changes: opts.changes } : {}),
  });
  return { pdf: await renderPdf(doc), warnings: [...templates.warnings, ...warnings] };
}
