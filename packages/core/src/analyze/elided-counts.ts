import { CURRENCIES, PERCENT_WORDS } from '../lexicon/de/units.js';
import { findEnglishFigures, findFigures } from './extract-figures.js';

type Found = { value: number; unit: string | null; subject?: string; approx: boolean; index: number };

// "davon etwa 5.100", "900 unter ihnen", "all but 900", "2,000 of those": a part of a count named just before,
// whose noun is left out ("von ihnen" / "of them" are ofThemCounts')
const DE =
  /(?<=\b(?:davon|darunter)\s+(?:(?:etwa|rund|knapp|gut|fast|mehr als|über)\s+)?)(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d)|(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)(?=\s+unter\s+ihnen\b)/gu;
const EN =
  /(?<=\b(?:all but|of whom|including)\s+(?:(?:about|around|some|nearly)\s+)?)(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]\d)|(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?=\s+of\s+(?:those|these)\b)/gu;
const APPROX = /(?:etwa|rund|knapp|fast|about|around|some|nearly)\s+$/iu;
const NOT_COUNTED = new Set([...Object.values(CURRENCIES), ...Object.values(PERCENT_WORDS)]);

/** The last figure that counts something (no money, no share), before `index` when given. */
function lastCount(found: readonly Found[], index = Number.POSITIVE_INFINITY): Found | undefined {
  return found.filter((f) => f.index < index && f.unit && !NOT_COUNTED.has(f.unit)).pop();
}

/**
 * Counts whose noun is left out ("rund 9.400 Menschen, davon etwa 5.100 in Deutschland", "all but 900"):
 * the unit is that of the count before it in the sentence, else in the sentence just
 * before in the same paragraph. Numbers the sentence's figures already hold are left out.
 */
export function elidedCounts(
  sentences: readonly { text: string; paragraph?: number }[],
  i: number,
  found: readonly Found[],
  english: boolean,
): Found[] {
  const text = sentences[i]!.text;
  const re = english ? EN : DE;
  if (!(english ? /all but|of whom|including|of those|of these/u : /davon|darunter|unter ihnen/u).test(text))
    return [];
  const out: Found[] = [];
  for (const m of text.matchAll(re)) {
    if (found.some((f) => f.index === m.index)) continue;
    let source = lastCount(found, m.index);
    const prev = sentences[i - 1];
    if (!source && prev && prev.paragraph === sentences[i]!.paragraph)
      source = lastCount(english ? findEnglishFigures(prev.text) : findFigures(prev.text));
    if (!source?.unit) continue;
    const raw = (m[1] ?? m[2])!.replace(english ? /,/gu : /\./gu, '');
    out.push({
      value: Number(raw),
      unit: source.unit,
      ...(source.subject ? { subject: source.subject } : {}),
      approx: APPROX.test(text.slice(0, m.index)),
      index: m.index,
    });
  }
  return out;
}
