import { APPROX_CUES } from '../lexicon/de/numerals.js';
import { EN_APPROX_CUES } from '../lexicon/en/numerals.js';

// "1.700 von ihnen", "300 of them": a count whose noun is the one counted in the sentence before
const OF_THEM =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+)\s+(?:von\s+ihnen|of\s+them)(?![\p{L}])/gu;
const CUES = [...APPROX_CUES, ...EN_APPROX_CUES];

/** The counts of a sentence that point back with "von ihnen" / "of them", as value, offset and approximation. */
export function ofThemCounts(text: string): { value: number; index: number; approx: boolean }[] {
  if (!text.includes(' von ihnen') && !text.includes(' of them')) return [];
  const out: { value: number; index: number; approx: boolean }[] = [];
  for (const m of text.matchAll(OF_THEM)) {
    const value = Number((m[1] as string).replace(/[.,\u00a0\u202f]/gu, ''));
    const before = text.slice(0, m.index).trimEnd().toLowerCase();
    const approx = CUES.some((c) => before === c || before.endsWith(` ${c}`));
    out.push({ value, index: m.index, approx });
  }
  return out;
}
