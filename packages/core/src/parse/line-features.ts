import { DE_STOPWORDS } from '../lexicon/de/stopwords.js';
import { EN_STOPWORDS } from '../lexicon/en/stopwords.js';

/** The words of a line: whitespace-separated tokens that hold a letter or digit. */
export function wordsOf(text: string): readonly string[] {
  let words = wordsMemo.get(text);
  if (words === undefined) {
    if (wordsMemo.size >= 10_000) wordsMemo.clear();
    words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    wordsMemo.set(text, words);
  }
  return words;
}

// The cleaner asks for the words of the same line a dozen times (rules, bylines, captions, blocks): split it
// once. Bounded; the arrays are shared, so callers only read them (found by the benchmark's profile).
const wordsMemo = new Map<string, readonly string[]>();

/** Share of German or English function words among a line's words (the higher of the two). */
export function stopwordDensity(text: string): number {
  const words = wordsOf(text).map((w) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  if (words.length === 0) return 0;
  let de = 0;
  let en = 0;
  for (const w of words) {
    if (DE_STOPWORDS.has(w)) de++;
    if (EN_STOPWORDS.has(w)) en++;
  }
  return Math.max(de, en) / words.length;
}

/** True when a line ends like a sentence: a period, ! ? … possibly followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["“”»«'’)\]]*$/.test(text) || (/["“”»«]$/.test(text) && wordsOf(text).length >= 8);
}

/** True for a line that reads as article prose: long enough, ends a sentence, dense with function words. */
export function isGoodParagraph(text: string): boolean {
  const n = wordsOf(text).length;
  const density = stopwordDensity(text);
  return (n >= 8 && endsLikeSentence(text) && density >= 0.1) || (n >= 25 && density >= 0.15);
}

/** True for a short line that still reads as a sentence (at least four words, ends a sentence). */
export function isTextLike(text: string): boolean {
  return wordsOf(text).length >= 4 && endsLikeSentence(text);
}

/** A line reduced to lower-case words, for comparing repeats. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
