import { TITLE_HEAD_GENDERS } from '../lexicon/de/outlets.js';

/**
 * The nominative of a newspaper title quoted after a dative or genitive article ("der „Badischen
 * Zeitung“" → "Badische Zeitung", "des „Trierischen Volksfreunds“" → "Trierischer
 * Volksfreund"); the gender of the head word decides the adjective ending.
 */
export function toNominativeTitle(title: string, article: string): string {
  const words = title.split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  const headPart = last.toLowerCase().split('-').pop() ?? '';
  const art = article.toLowerCase();
  const gender = Object.entries(TITLE_HEAD_GENDERS).find(
    ([head]) =>
      headPart === head || headPart === `${head}s` || headPart === `${head}es` || headPart.endsWith(head),
  )?.[1];
  if (!gender) return title;
  const genitive = art === 'des';
  const ending = gender === 'f' || gender === 'p' ? 'e' : gender === 'm' ? 'er' : 'es';
  if (gender !== 'f' && gender !== 'p' && art !== 'dem' && !genitive) return title;
  if ((gender === 'f' || gender === 'p') && art !== 'der') return title;
  const out = words.map((w, k) => {
    if (k === words.length - 1) {
      // "des Volksfreunds" → "Volksfreund"
      if (genitive && /(?:s|es)$/u.test(w) && !/(?:ss|us)$/u.test(w)) {
        const base = w.replace(/e?s$/u, '');
        const baseHead = base.toLowerCase().split('-').pop() ?? '';
        if (TITLE_HEAD_GENDERS[baseHead] || Object.keys(TITLE_HEAD_GENDERS).some((h) => baseHead.endsWith(h)))
          return base;
      }
      return w;
    }
    // an inflected adjective ("Lippischen", "Neuen"); place adjectives in -er ("Kölner") never change
    return /^\p{Lu}\p{Ll}+en$/u.test(w) ? `${w.slice(0, -2)}${ending}` : w;
  });
  return out.join(' ');
}
