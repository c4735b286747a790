import { PARTY_TAGS } from '../lexicon/de/parties.js';
import type { SourceKind } from '../schema.js';
import { resolveSource } from './resolve-source.js';

// capitalised words, maybe joined by "and", "of", "for": "Companies House", "Securities and Exchange Commission"
const NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:(?:and|of|for|the)\\s+)*\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,4}";
// "accounts published at Companies House", "documents filed with the Land Registry": the register that holds them
const FILED_AT = new RegExp(
  `(?<![\\p{L}])(?:published|filed|lodged|registered|submitted)\\s+(?:at|with)\\s+(?:the\\s+)?(${NAME})`,
  'gu',
);
// "An ABC spokesperson said", "a XYZ spokeswoman told": an organisation, by its abbreviation, speaks
const SPOKESPERSON =
  /(?<![\p{L}])(?:[Aa]n?|[Tt]he)\s+(\p{Lu}{2,6})\s+(?:spokesperson|spokesman|spokeswoman|representative)(?![\p{L}])/gu;
// "The Daily Courier reported last month that …": a title with its article as the subject of reporting
const TITLE_REPORTED = new RegExp(
  `(?:^|[,;:]\\s+|\\s(?:as|and|but)\\s+)(The\\s+${NAME})\\s+(?:has\\s+|had\\s+|first\\s+|previously\\s+|also\\s+)?(?:reported|revealed|reports|reveals)(?![\\p{L}])`,
  'gu',
);

/**
 * The sources an English sentence cites by what they do: a register where documents were published or
 * filed, an organisation whose spokesperson speaks, a publication (with "The") that reported something.
 */
export function findEnglishCitedSources(text: string): { name: string; kind: SourceKind }[] {
  const out: { name: string; kind: SourceKind }[] = [];
  const add = (name: string, kind: SourceKind) => {
    const known = resolveSource(name);
    const n = known?.name ?? name;
    if (!out.some((o) => o.name === n)) out.push({ name: n, kind: known?.kind ?? kind });
  };
  // every match holds one of these words: most sentences are done without running the patterns
  if (/published|filed|lodged|registered|submitted/u.test(text))
    for (const m of text.matchAll(FILED_AT)) add(m[1]!.replace(/[.]+$/u, ''), 'other');
  if (/spokes|representative/u.test(text))
    for (const m of text.matchAll(SPOKESPERSON))
      if (!PARTY_TAGS.has(m[1]!.toLowerCase())) add(m[1]!, 'other');
  if (/report|reveal/u.test(text))
    for (const m of text.matchAll(TITLE_REPORTED)) add(m[1]!.replace(/[.]+$/u, ''), 'outlet');
  return out;
}
