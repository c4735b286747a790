import { EN_JOURNAL_WORDS, EN_SOURCE_DESCRIPTORS, EN_SOURCE_QUALIFIERS } from '../lexicon/en/attribution.js';
import type { SourceKind } from '../schema.js';
import { execAll } from '../text/exec-all.js';
import { ALL_SOURCE_CUES, SOURCE_CUE } from './find-source-cues.js';

// a name of capitalised words, possibly joined by "of", "for", "the", "and": "New England Journal of Medicine"
const NAME = "\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\s+(?:(?:of|for|the|and)\\s+)*\\p{Lu}[\\p{L}\\p{N}&'’-]*){0,6}";
// "published (simultaneously) in the X", "published in the journal X"
const PUBLISHED_IN = new RegExp(
  `\\bpublished\\s+(?:(?:simultaneously|online|today|this\\s+week|on\\s+\\p{Lu}\\p{Ll}+)\\s+)?in\\s+(?:the\\s+)?(journal\\s+|magazine\\s+)?(?:[Tt]he\\s+)?(${NAME})`,
  'gu',
);
const JOURNAL_WORD = new RegExp(`(?:^|\\s)(?:${EN_JOURNAL_WORDS.join('|')})(?:\\s|$)`, 'u');
// "research firm X", "data provider X", "consultancy X"
// a qualifier may open the sentence: "Data provider X counted …"
const anyCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const DESCRIBED = new RegExp(
  `\\b(?:(?:${EN_SOURCE_QUALIFIERS.map(anyCase).join('|')})\\s+(?:${EN_SOURCE_DESCRIPTORS.join('|')})|${anyCase('consultancy')})\\s+(${NAME})`,
  'gu',
);

// every DESCRIBED match holds a descriptor or "onsultancy": one scan of the sentence for any of them instead of
// one per word (the nine scans were 7 % of the sources stage: benchmark profile)
const MAY_DESCRIBE = new RegExp(
  [...EN_SOURCE_DESCRIPTORS, 'onsultancy'].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

/**
 * Finds the journals and research firms one English sentence cites ("published in the X", "research firm Y").
 * `cues`: the sentence's findSourceCues, when known.
 */
export function findEnglishSources(
  text: string,
  cues: number = ALL_SOURCE_CUES,
): { name: string; kind: SourceKind }[] {
  const out: { name: string; kind: SourceKind }[] = [];
  const add = (name: string, kind: SourceKind) => {
    if (!out.some((o) => o.name === name)) out.push({ name, kind });
  };
  const published = (cues & SOURCE_CUE.published) !== 0 && text.includes('published');
  for (const m of published ? execAll(PUBLISHED_IN, text) : []) {
    const name = m[2]!;
    if (m[1] || JOURNAL_WORD.test(` ${name} `)) add(name, 'outlet');
  }
  const described = (cues & SOURCE_CUE.descriptor) !== 0 && MAY_DESCRIBE.test(text);
  for (const m of described ? execAll(DESCRIBED, text) : []) add(m[1]!, 'other');
  return out;
}
