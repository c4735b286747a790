import { MEASURED_NOUNS } from '../lexicon/de/measured-nouns.js';

const KEYS = Object.keys(MEASURED_NOUNS).sort((a, b) => b.length - a.length);
const UNITS = new Set(Object.values(MEASURED_NOUNS).flatMap((n) => n.units));

// The measured noun a capitalised word is or ends in ("Rheinpegel" → Pegel), for a unit it is measured in.
function measuredBy(word: string, unit: string): string | undefined {
  const w = word.toLowerCase().replace(/^.*-/u, '');
  const key = KEYS.find((k) => w === k || (w.endsWith(k) && w.length > k.length + 2));
  const hit = key ? MEASURED_NOUNS[key] : undefined;
  return hit?.units.includes(unit) ? hit.label : undefined;
}

/**
 * What a measure at `index` in a sentence measures ("Am Pegel Köln stieg der Rhein auf 7,10 Meter" → "Pegel"):
 * the nearest measured noun before it, else the first after it; undefined when the sentence names none.
 */
export function measureSubject(text: string, index: number, unit: string | null): string | undefined {
  if (!unit || !(UNITS.has(unit) || AREA_UNITS.has(unit))) return undefined;
  let before: string | undefined;
  let after: string | undefined;
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}-]+/gu)) {
    const label = measuredBy(m[0], unit);
    if (!label) continue;
    if (m.index < index) before = label;
    else if (!after) after = label;
  }
  // an area with no measured noun named ("4.800 Hektar verbrannt") is a surface all the same
  return before ?? after ?? (AREA_UNITS.has(unit) ? 'Fläche' : undefined);
}

const AREA_UNITS: ReadonlySet<string> = new Set(['Hektar', 'Quadratkilometer']);
