import type { Corpus } from '@dossier/core';
import type { CorpusChanges } from '../diff/corpus-changes.js';
import { buildDossierModel, toCorpusLanguage } from '../model/build-dossier-model.js';
import type { DossierModel } from '../model/types.js';
import { isAppendixOn } from './is-appendix-on.js';

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
  /** the glyph-run cache file (see glyph-run-cache.ts) */
  glyphRunsPath?: string;
}

/** The name of the glyph-run cache file in the cache folder (defined here, away from pdfmake's import). */
export const GLYPH_RUNS_FILE = 'glyph-runs.json';

/**
 * Everything rendering needs once the dossier model is built: plain data, so it can be posted to a render
 * thread. The appendix is decided here; without it the article texts are left out of the job.
 */
export interface RenderJob {
  model: DossierModel;
  lang: string;
  title?: string;
  templatesDir?: string;
  appendix: boolean;
  createdAt: Date;
  /** the glyph-run cache file (words pdfkit shaped in earlier builds); none: every word is shaped */
  glyphRunsPath?: string;
}

/** What rendering gives: the PDF and the warnings met on the way (uncovered characters, template problems). */
export interface RenderResult {
  pdf: Uint8Array;
  warnings: string[];
}

/** Builds the dossier model of a corpus and the render job around it (pure). */
export function toRenderJob(corpus: Corpus, opts: RenderDossierOptions): RenderJob {
  const lang = opts.lang ?? toCorpusLanguage(corpus);
  const model = buildDossierModel(corpus, { language: lang, changes: opts.changes ?? null });
  const appendix = isAppendixOn(model, opts.appendix ?? 'auto');
  return {
    // the article texts are the bulk of the model and only the appendix prints them
    model: appendix ? model : { ...model, articles: model.articles.map((a) => ({ ...a, body: '' })) },
    lang,
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.templatesDir ? { templatesDir: opts.templatesDir } : {}),
    appendix,
    createdAt: opts.createdAt,
    ...(opts.glyphRunsPath ? { glyphRunsPath: opts.glyphRunsPath } : {}),
  };
}
