import { fastFranc } from './fast-franc.js';

// franc answers ISO 639-3; the corpus wants ISO 639-1.
const ISO3_TO_1: Record<string, string> = {
  deu: 'de',
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  nld: 'nl',
  por: 'pt',
  pol: 'pl',
  rus: 'ru',
  ukr: 'uk',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  ces: 'cs',
  tur: 'tr',
  kor: 'ko',
  jpn: 'ja',
  cmn: 'zh',
};

const KNOWN = Object.keys(ISO3_TO_1);

/** Detects the ISO 639-1 language of a text, or `fallback` when the text is too short or unknown. */
export function detectLanguage(text: string, fallback = 'de'): string {
  // Only languages we can name: other answers fell back anyway, and comparing the text's trigrams with
  // franc's ~80 models was the hottest spot of the whole pipeline (the benchmark's profile; franc reads
  // at most 2048 characters). fastFranc gives franc's answer without franc's per-call allocations.
  const code = fastFranc(text.slice(0, 2048), 20, KNOWN);
  return ISO3_TO_1[code] ?? fallback;
}
