import { PARTY_TAGS } from '../lexicon/de/parties.js';
import type { SourceKind } from '../schema.js';
import { resolveSource } from './resolve-source.js';

// "nach Angaben des ADAC", "nach einer Erhebung der GdP", "laut dem DRK": an acronym cited as the origin of a
// statement or a figure; the acronym alone is the organisation's name
const CITED_ACRONYM =
  /(?<![\p{L}])(?:[Nn]ach\s+(?:(?:einer|einem|neuen|jüngsten|aktuellen|eigenen)\s+)?(?:Angaben|Daten|Zahlen|Schätzungen?|Berechnungen?|Erhebungen?|Zählungen?|Umfragen?|Studien?|Auswertungen?|Analysen?|Statistiken?|Hochrechnungen?)|[Ll]aut(?:\s+Angaben)?)\s+(?:des|der|dem)\s+(\p{Lu}{2,6})(?![\p{L}\p{N}-])/gu;

/**
 * The acronyms a German sentence cites as its source ("Nach Angaben des ADAC …"), each once; parties and names
 * known to the source lexicon are left to the other finders.
 */
export function findCitedAcronymSources(text: string): { name: string; kind: SourceKind }[] {
  // every match holds one of these two literals
  if (!text.includes('ach ') && !text.includes('aut ')) return [];
  const out: { name: string; kind: SourceKind }[] = [];
  for (const m of text.matchAll(CITED_ACRONYM)) {
    const name = m[1]!;
    if (PARTY_TAGS.has(name.toLowerCase()) || resolveSource(name)) continue;
    if (!out.some((o) => o.name === name)) out.push({ name, kind: 'other' });
  }
  return out;
}
