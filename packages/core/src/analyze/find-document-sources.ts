import { FIRST_NAMES } from '../lexicon/de/first-names.js';
import { DOCUMENT_NOUNS, RESEARCH_BODY_ENDINGS, RESEARCHER_NOUNS } from '../lexicon/de/research-bodies.js';
import { EN_COMPANY_WORDS } from '../lexicon/en/company-words.js';
import {
  EN_DOCUMENT_NOUNS,
  EN_RESEARCH_BODY_WORDS,
  EN_RESEARCHER_NOUNS,
} from '../lexicon/en/research-bodies.js';
import type { SourceKind } from '../schema.js';
import { isNameToken, isPlaceWord, matchRole } from './find-names.js';
import { resolveSource } from './resolve-source.js';
import { toNominative } from './to-nominative.js';

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
// "report|Report": an English noun in lower case or opening the sentence
const eitherCase = (words: readonly string[]) => words.flatMap((w) => [w, cap(w)]).join('|');
// "Studie der", "Jahresberichts des": a document noun (maybe the end of a compound) and the genitive article
const DOC_DE = new RegExp(
  `(?<![\\p{L}-])(?:\\p{Lu}\\p{Ll}+(?:${DOCUMENT_NOUNS.join('|')})|(?:${DOCUMENT_NOUNS.map(cap).join('|')}))(?:e?s|en)?\\s+(?:der|des)\\s+`,
  'gu',
);
// "Forscher der Universität X", "Wissenschaftler vom Y-Zentrum": researchers and the body they work at
const RESEARCHERS_DE = new RegExp(
  `(?<![\\p{L}-])(?:${RESEARCHER_NOUNS.join('|')})\\s+(?:der|des|von\\s+der|vom|an\\s+der)\\s+`,
  'gu',
);
// a cheap test every sentence with a DOC_DE or RESEARCHERS_DE match passes (most sentences cite no document)
const DOC_CUE = new RegExp(
  `(?:${DOCUMENT_NOUNS.join('|')}|${RESEARCHER_NOUNS.join('|')})(?:e?s|en)?\\s+(?:de[rs]|vom|von|an)\\s`,
  'iu',
);
// "Office of the Auditor General", "University of Westbrook", "Harlow Analytics"
const NAME_EN =
  "\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:(?:and|of|for|the|on)\\s+)*\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,5}";
// "a report released Wednesday by the province's Office of …", "data from the consultancy X"
const DOC_EN = new RegExp(
  `\\b(?:${eitherCase(EN_DOCUMENT_NOUNS)})(?:\\s+[\\p{L}\\p{N}]+){0,3}?\\s+(?:by|from)\\s+(?:the\\s+)?(?:\\p{Ll}+['’]s\\s+)?(?:\\p{Ll}+\\s+){0,2}?(${NAME_EN})`,
  'gu',
);
// "researchers at the University of X", "economists from the X Institute"
const RESEARCHERS_EN = new RegExp(
  `\\b(?:${eitherCase(EN_RESEARCHER_NOUNS)})\\s+(?:at|from|with)\\s+(?:the\\s+)?(${NAME_EN})`,
  'gu',
);
const RESEARCHERS_CUE_EN = new RegExp(
  `\\b(?:${eitherCase(EN_RESEARCHER_NOUNS)})\\s+(?:at|from|with)\\s`,
  'u',
);
const DOC_CUE_EN = new RegExp(`\\b(?:${eitherCase(EN_DOCUMENT_NOUNS)})\\b[^.]*\\b(?:by|from)\\s`, 'u');
const ABBR = /^\((\p{Lu}[\p{L}]{1,5})\)/u;
const MONTH_OR_DAY =
  /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Anfang|Ende|Mitte)$/u;

const isHead = (w: string) => {
  const l = w.toLowerCase().replace(/(?:es|s)$/u, '');
  return RESEARCH_BODY_ENDINGS.some((e) => l.endsWith(e) || w.toLowerCase().endsWith(e));
};

/** The body named right after "der/des" at `at` in German text, with its abbreviation, if it is one. */
function germanBody(text: string, at: number): { name: string; fullName?: string } | undefined {
  const raw = text.slice(at, at + 160).split(/\s+/u);
  const words: string[] = [];
  let abbr: string | undefined;
  for (let i = 0; i < raw.length && words.length < 9; i++) {
    const t = raw[i]!;
    const bracket = ABBR.exec(t);
    if (bracket) {
      abbr = bracket[1];
      break;
    }
    const w = t.replace(/[.,;:!?)]+$/u, '');
    if (/^\p{Lu}/u.test(w) && !MONTH_OR_DAY.test(w)) words.push(w);
    // "für Schnee- und Eisforschung", "für das Badewesen": the fields of a name
    else if (
      (w === 'für' || w === 'und') &&
      words.length > 0 &&
      /^(?:\p{Lu}|das |die |den )/u.test(raw.slice(i + 1, i + 3).join(' '))
    )
      words.push(w);
    else if (['das', 'die', 'den'].includes(w) && words[words.length - 1] === 'für') words.push(w);
    else break;
    if (w !== t) break;
  }
  const h = words.findLastIndex(isHead);
  if (h < 0) return undefined;
  let end = h + 1;
  if (words[end] === 'für') end = words.length;
  else if (words[end] && (isPlaceWord(words[end]!) || isNameToken(words[end]!))) end++;
  while (end > 0 && ['für', 'und', 'das', 'die', 'den'].includes(words[end - 1]!)) end--;
  const name = words.slice(0, end);
  const first = name[0]!;
  if (matchRole(first) || FIRST_NAMES.has(first.toLowerCase())) return undefined;
  // "Studie der Universität": a bare head names no one body
  const hyphenated = (name[h]!.match(/\p{Lu}/gu) ?? []).length >= 2;
  if (name.length < 2 && !abbr && !hyphenated) return undefined;
  // "(ABBR)" after the run: the abbreviation stands for all of it ("Verband Deutscher Xunternehmen (VDX)")
  if (abbr) return { name: abbr, fullName: toNominative(words.join(' ')) };
  return { name: toNominative(name.join(' ')) };
}

/** The English body named by a NAME_EN match, if its words make it one ("Office of the …", "X Foundation"). */
function englishBody(raw: string): string | undefined {
  const name = raw.replace(/['’]s$/u, '').replace(/[.]+$/u, '');
  const words = name.split(/\s+/u);
  const firstWord = words[0]!.toLowerCase();
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (/^\p{Lu}{2,6}$/u.test(name)) return name;
  if (words.length < 2) return undefined;
  if (EN_RESEARCH_BODY_WORDS.has(lastWord) || EN_COMPANY_WORDS.has(lastWord)) return name;
  if (EN_RESEARCH_BODY_WORDS.has(firstWord) && words.includes('of')) return name;
  // "Statistics Norway", "Statistics Canada": a national statistics office
  if (firstWord === 'statistics' && words.length === 2) return name;
  return undefined;
}

/**
 * The bodies a sentence cites as authors of a document: "eine Studie der Universitätsmedizin X", "laut dem
 * Jahresbericht des Y", "a report released Wednesday by the Office of the Z", "a study by the X Foundation".
 */
export function findDocumentSources(text: string): { name: string; kind: SourceKind; fullName?: string }[] {
  const out: { name: string; kind: SourceKind; fullName?: string }[] = [];
  const add = (b: { name: string; fullName?: string }) => {
    const known = resolveSource(b.name) ?? (b.fullName ? resolveSource(b.fullName) : undefined);
    if (known) return;
    if (!out.some((o) => o.name === b.name))
      out.push({ name: b.name, kind: 'institute', ...(b.fullName ? { fullName: b.fullName } : {}) });
  };
  if (DOC_CUE.test(text))
    for (const m of [...text.matchAll(DOC_DE), ...text.matchAll(RESEARCHERS_DE)]) {
      const b = germanBody(text, m.index + m[0].length);
      if (b) add(b);
    }
  if (DOC_CUE_EN.test(text) || RESEARCHERS_CUE_EN.test(text))
    for (const m of [...text.matchAll(DOC_EN), ...text.matchAll(RESEARCHERS_EN)]) {
      const name = englishBody(m[1]!);
      if (name) add({ name });
    }
  return out;
}
