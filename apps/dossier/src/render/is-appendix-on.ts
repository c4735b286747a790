import type { DossierModel } from '../model/types.js';

/** The appendix is left out automatically above this many articles or characters of text. */
export const APPENDIX_MAX_ARTICLES = 50;
export const APPENDIX_MAX_CHARS = 400_000;

/** Whether the dossier prints the cleaned article texts: asked for, or `auto` and the corpus is small. */
export function isAppendixOn(model: DossierModel, appendix: boolean | 'auto' | undefined): boolean {
  if (appendix === true) return true;
  if ((appendix ?? 'auto') !== 'auto' || model.articles.length > APPENDIX_MAX_ARTICLES) return false;
  return model.articles.reduce((n, a) => n + a.body.length, 0) <= APPENDIX_MAX_CHARS;
}
