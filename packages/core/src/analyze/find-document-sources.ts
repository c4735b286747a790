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
import { ALL_SOURCE_CUES, SOURCE_CUE } from './find-source-cues.js';
import { resolveSource } from './resolve-source.js';
import { toNominative } from './to-nominative.js';

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
// "report|Report": an English noun in lower case or opening the sentence
const eitherCase = (words: readonly string[]) => words.flatMap((w) => [w, cap(w)]).join('|');
// the document nouns with their endings, lower-case ("studie", "jahresberichts" ends in "berichts"), and the
// last three letters of each and of the researcher nouns, asked first (most words before an article are no
// document: no slice or lower-casing for them)
const DOC_FORMS = DOCUMENT_NOUNS.flatMap((d) => [d, `${d}s`, `${d}es`, `${d}en`]);
const RESEARCHER_WORDS = new Set(RESEARCHER_NOUNS.map((w) => w.toLowerCase()));
// the last three code units before `end` as one number (no string made for the lookup)
// (a small integer: collisions only cost the exact test after it)
const endKey = (t: string, end: number) =>
  ((t.charCodeAt(end - 3) * 31 + t.charCodeAt(end - 2)) * 31 + t.charCodeAt(end - 1)) & 0xfffff;
const CUE_ENDS = new Set([...DOC_FORMS, ...RESEARCHER_WORDS].map((d) => endKey(d, d.length)));
// a document cites its author in the genitive; researchers also work "vom/an der" a body (the researcher
// nouns are EXPERT_NOUNS: those articles are looked at only in a sentence with the experts cue)
const GENITIVES = [' der ', ' des '];
const PLACES = [' vom ', ' von der ', ' an der '];

/**
 * Whether the capitalised word ending at `end` (the space before an article) is a document noun ("Studie",
 * "Jahresberichts"; `genitive`: only before der/des) or a researcher noun ("Forscher").
 */
function isCueWordBefore(text: string, end: number, genitive: boolean): boolean {
  if (end < 4 || !CUE_ENDS.has(endKey(text, end))) return false;
  let b = end;
  while (b > 0 && text.charCodeAt(b - 1) !== 0x20) b--;
  const first = text.charCodeAt(b);
  if (end - b < 4 || first < 0x41 || (first > 0x5a && first < 0xc0)) return false;
  const word = text.slice(b, end).toLowerCase();
  if (RESEARCHER_WORDS.has(word)) return true;
  return genitive && DOC_FORMS.some((d) => word.endsWith(d));
}

/**
 * Where the names after "Studie der", "Jahresberichts des", "Forscher vom" begin in a German sentence: a look
 * at the word before each article instead of a pattern run over every sentence. `documents`, `experts`,
 * `laut`: the sentence holds a document noun, a researcher noun, "laut der/dem/des".
 */
function germanCueEnds(text: string, documents: boolean, experts: boolean, laut: boolean): number[] {
  const out: number[] = [];
  // ("Forscher der X": a researcher noun also before the genitive)
  if (documents || experts)
    for (const a of GENITIVES)
      for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1))
        if (isCueWordBefore(text, i, true)) out.push(i + a.length);
  if (experts)
    for (const a of PLACES)
      for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1))
        if (isCueWordBefore(text, i, false)) out.push(i + a.length);
  // "Laut der Deutschen Gesellschaft für X": the body cited right after "laut"
  if (laut)
    for (let i = text.indexOf('aut de'); i >= 0; i = text.indexOf('aut de', i + 1)) {
      const l = text.charCodeAt(i - 1);
      const before = i >= 2 ? text.charCodeAt(i - 2) : 0x20;
      const article = text.slice(i + 4, i + 8);
      if ((l === 0x4c || l === 0x6c) && before === 0x20 && /^de[mrs] $/u.test(article)) out.push(i + 8);
    }
  return out;
}

// "Office of the Health Ombudsman", "University of Westbrook", "Harlow Analytics"
const NAME_EN =
  "\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:(?:and|of|for|the|on)\\s+)*\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,5}";
// "a report released Wednesday by the province's Office of …", "data from the consultancy X"
const DOC_EN = new RegExp(
  `\\b(?:${eitherCase(EN_DOCUMENT_NOUNS)})(?:\\s+[\\p{L}\\p{N}]+){0,3}?\\s+(?:by|from)\\s+(?:the\\s+)?(?:\\p{Ll}+['’]s\\s+)?(?:\\p{Ll}+\\s+){0,2}?(${NAME_EN})`,
  'gu',
);
const ACCORDING_EN = new RegExp(`\\b[Aa]ccording to (?:the\\s+)?(${NAME_EN})`, 'gu');
// "researchers at the University of X", "economists from the X Institute"
const RESEARCHERS_EN = new RegExp(
  `\\b(?:${eitherCase(EN_RESEARCHER_NOUNS)})\\s+(?:at|from|with)\\s+(?:the\\s+)?(${NAME_EN})`,
  'gu',
);
// the English patterns need "by", "from", "at" or "with" after a noun of these lists (first letter cut: either case)
const EN_CUE_WORDS = [...EN_DOCUMENT_NOUNS, ...EN_RESEARCHER_NOUNS].map((w) => w.slice(1));
const hasEnglishCue = (text: string) =>
  (text.includes(' by ') || text.includes(' from ') || text.includes(' at ') || text.includes(' with ')) &&
  EN_CUE_WORDS.some((w) => text.includes(w));
const ABBR = /^\((\p{Lu}[\p{L}]{1,5})\)/u;
const MONTH_OR_DAY =
  /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Anfang|Ende|Mitte)$/u;

const isHead = (w: string) => {
  const l = w.toLowerCase().replace(/(?:es|s)$/u, '');
  return RESEARCH_BODY_ENDINGS.some((e) => l.endsWith(e) || w.toLowerCase().endsWith(e));
};

/** The body named right after "der/des" at `at` in German text, with its abbreviation, if it is one. */
function germanBody(text: string, at: number): { name: string; fullName?: string } | undefined {
  // a name opens with a capital (most "Angaben der" are followed by an adjective or a lower-case word)
  const c = text.charCodeAt(at);
  if (c < 0x41 || (c > 0x5a && c < 0xc0)) return undefined;
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
    // "für Küsten- und Eisforschung", "für das Vermessungswesen": the fields of a name
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
 * `cues`: the sentence's findSourceCues, when known; `lang`: the article's language, when known ("de" reads
 * only the German forms, "en" only the English ones).
 */
export function findDocumentSources(
  text: string,
  cues: number = ALL_SOURCE_CUES,
  lang?: string,
): { name: string; kind: SourceKind; fullName?: string }[] {
  const out: { name: string; kind: SourceKind; fullName?: string }[] = [];
  const add = (b: { name: string; fullName?: string }) => {
    // ("Institut Infratest": a known name inside the phrase is found by findSources under its own name)
    const known = resolveSource(b.name) ?? (b.fullName ? resolveSource(b.fullName) : undefined);
    if (known) return;
    if (!out.some((o) => o.name === b.name))
      out.push({ name: b.name, kind: 'institute', ...(b.fullName ? { fullName: b.fullName } : {}) });
  };
  if (lang !== 'en')
    for (const at of germanCueEnds(
      text,
      (cues & SOURCE_CUE.document) !== 0,
      (cues & SOURCE_CUE.experts) !== 0,
      (cues & SOURCE_CUE.laut) !== 0,
    )) {
      const b = germanBody(text, at);
      if (b) add(b);
    }
  // "according to the Harlow Consumer Council": a named body cited without a document
  const according = lang !== 'de' && (cues & SOURCE_CUE.accordingTo) !== 0 ? text.matchAll(ACCORDING_EN) : [];
  if (lang !== 'de' && hasEnglishCue(text))
    for (const m of [...text.matchAll(DOC_EN), ...text.matchAll(RESEARCHERS_EN)]) {
      const name = englishBody(m[1]!);
      if (name) add({ name });
    }
  for (const m of according) {
    const name = englishBody(m[1]!);
    if (name) add({ name });
  }
  return out;
}
