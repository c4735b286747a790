import { NEWS_AGENCIES } from '../lexicon/de/news-agencies.js';
import { EN_SPEECH_VERBS } from '../lexicon/en/reporting-verbs.js';
import {
  EN_FINDING_VERBS,
  EN_ONE_WORD_BODIES,
  EN_SOURCE_BODY_HEADS,
  EN_SOURCE_BODY_OPENERS,
} from '../lexicon/en/source-bodies.js';
import type { SourceKind } from '../schema.js';
import { roleOf } from './find-names.js';
import { resolveSource } from './resolve-source.js';

// "the PA news agency", "the Yonhap news agency": the agency's name before the words
const NEWS_AGENCY = /(?<![\p{L}])(\p{Lu}{2,6}|\p{Lu}\p{Ll}+)\s+news\s+agency(?![\p{L}])/gu;
// "the Environment Agency (EA)", "Norwegian Meteorological Institute": capitalised words and a body's head
const BODY = new RegExp(
  `(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:of\\s+(?:the\\s+)?)?){1,4}(?:${EN_SOURCE_BODY_HEADS.join('|')}))(?:\\s+\\((\\p{Lu}{2,6})\\))?(?![\\p{L}])`,
  'gu',
);
// "the Office for National Statistics (ONS)", "the Bureau of Labor Statistics": a head, "for/of" and the field
const BODY_OF = new RegExp(
  `(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}(?:${EN_SOURCE_BODY_OPENERS.join('|')})\\s+(?:for|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'’-]*){0,3})(?:\\s+\\((\\p{Lu}{2,6})\\))?(?![\\p{L}])`,
  'gu',
);
const ACCORDING_BEFORE = /\b(?:according\s+to|data\s+from|figures\s+from|published\s+by)\s+(?:the\s+)?$/iu;
// "… has warned", "… said", "(EA) said": the body speaks
const SPEAKS_AFTER = /^\s*(?:(?:has|had|have|also)\s+)?(\p{Ll}+)/u;
const LEADING_THE = /^(?:The|A|An)\s+/u;
// "The Treasury has warned", "the Pentagon said": a one-word body after "the"
const ONE_WORD_BODY = new RegExp(
  `(?<![\\p{L}])[Tt]he\\s+(${EN_ONE_WORD_BODIES.join('|')})(?![\\p{L}])`,
  'gu',
);
// "the Bucks Valley County clerk's office": an officer's office, named by the place before it
const OFFICERS_OFFICE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*\s+){1,4}\p{Ll}+['’]s\s+office)(?![\p{L}])/gu;
const HEADS = new RegExp(`(?:${[...EN_SOURCE_BODY_HEADS, ...EN_SOURCE_BODY_OPENERS].join('|')})`, 'u');

/**
 * The public bodies and news agencies an English sentence cites: "told the PA news agency", "according to
 * the Environment Agency", "The Norwegian Meteorological Institute has warned …". A body counts only where
 * it is cited ("according to") or speaks (a reporting verb follows), not where it is merely named.
 */
export function findEnglishBodySources(text: string): { name: string; kind: SourceKind }[] {
  const out: { name: string; kind: SourceKind }[] = [];
  const add = (name: string, kind: SourceKind) => {
    const known = resolveSource(name);
    const n = known?.name ?? name;
    if (!out.some((o) => o.name === n)) out.push({ name: n, kind: known?.kind ?? kind });
  };
  if (text.includes('news agency'))
    for (const m of text.matchAll(NEWS_AGENCY)) {
      // an abbreviation ("PA") or a listed agency; "the Russian news agency" names none
      const known = NEWS_AGENCIES[m[1]!.toLowerCase()];
      if (known || /^\p{Lu}+$/u.test(m[1]!)) add(known ?? m[1]!, 'agency');
    }
  // a body is cited ("according to") or speaks or states a finding ("said", "found")
  const cited = (m: RegExpMatchArray) => {
    const verb = SPEAKS_AFTER.exec(text.slice(m.index! + m[0].length))?.[1];
    return (
      ACCORDING_BEFORE.test(text.slice(0, m.index)) ||
      (verb !== undefined && (EN_SPEECH_VERBS.has(verb) || EN_FINDING_VERBS.has(verb)))
    );
  };
  if (EN_ONE_WORD_BODIES.some((b) => text.includes(b)))
    for (const m of text.matchAll(ONE_WORD_BODY)) if (cited(m)) add(m[1]!, 'institute');
  if (text.includes('s office'))
    for (const m of text.matchAll(OFFICERS_OFFICE)) {
      const name = m[1]!.replace(LEADING_THE, '');
      // "The mayor's office": a capitalised word is left to name the place
      if (/^\p{Lu}/u.test(name) && cited(m)) add(name, 'institute');
    }
  if (!HEADS.test(text)) return out;
  for (const m of [...text.matchAll(BODY), ...text.matchAll(BODY_OF)]) {
    // "Chief Executive of the Financial Conduct Authority": the title before "of" is no part of the name
    let name = m[1]!.replace(LEADING_THE, '').trim();
    const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/u.exec(name);
    if (of && of[1]!.split(/\s+/u).some((w) => roleOf(w, 'en'))) name = of[2]!;
    if (!name.includes(' ')) continue;
    if (cited(m))
      // "… (OECD)": a known abbreviation names the source as the other finders do
      add(m[2] && resolveSource(m[2]) ? m[2] : name, 'institute');
  }
  return out;
}
