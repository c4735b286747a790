import { ANNOUNCED_OBJECTS } from '../lexicon/de/announced-objects.js';
import {
  ATTRIBUTION_COMPOUND_ENDINGS,
  ATTRIBUTION_HYPHEN_ENDINGS,
  AUXILIARIES,
  BACK_OPENERS,
  BACK_REFERENCES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  KONJUNKTIV_FORMS,
  NOT_SOURCE_WORDS,
  PRONOUNS,
  REPORTED_MODALS,
  REPORTING_PARTICIPLES,
  REPORTING_VERBS,
  ROLE_ENDINGS,
  SOURCE_AFTER,
  SOURCE_BEFORE,
} from '../lexicon/de/attribution.js';
import { CLAIM_PARTICIPLES } from '../lexicon/de/claim-participles.js';
import { FIRST_NAMES } from '../lexicon/de/first-names.js';
import { PARTY_TAGS } from '../lexicon/de/parties.js';
import { RESEARCH_BODY_ENDINGS } from '../lexicon/de/research-bodies.js';
import { DE_STOPWORDS } from '../lexicon/de/stopwords.js';
import {
  EN_FORECAST_CHANGE_VERBS,
  EN_FORECAST_OBJECTS,
  EN_SOURCE_DESCRIPTORS,
  EN_SOURCE_DOCUMENTS,
  EN_VERB_AUXILIARIES,
} from '../lexicon/en/attribution.js';
import { EN_REPORTING_VERBS } from '../lexicon/en/numerals.js';
import { toEndingTest } from './claimant-endings.js';
import { claimantTokensOf, toClaimantTokens } from './claimant-tokens.js';
import { englishAccordingAbbreviation } from './english-according-abbreviation.js';
import { englishAccordingApposed } from './english-according-apposed.js';
import { englishAppositiveOpener } from './english-appositive-opener.js';
import { isFrontedAdverb } from './fronted-adverb.js';
import { isSubheading } from './is-subheading.js';
import { bareOpeningName, opensWithOwnAccount } from './own-account-opener.js';
import { resolveExact, resolveSource, type SourceHit } from './resolve-source.js';
import { isSeinPerfectClaim } from './sein-perfect-claim.js';
import { trimFigureNoun } from './trim-figure-noun.js';
import { isUnitPhrase } from './unit-claimant.js';

// resolveSource scans a phrase with three large patterns, and the same phrases ("die Polizei") come back in
// sentence after sentence: each answer is kept (a bounded cache of a pure function).
const SOURCE_MEMO = [new Map<string, SourceHit | null>(), new Map<string, SourceHit | null>()] as const;
function knownSource(phrase: string, attributed = true): SourceHit | undefined {
  const memo = SOURCE_MEMO[attributed ? 0 : 1];
  let hit = memo.get(phrase);
  if (hit === undefined) {
    if (memo.size >= 20000) memo.clear();
    hit = resolveSource(phrase, attributed) ?? null;
    memo.set(phrase, hit);
  }
  return hit ?? undefined;
}

// words, numbers and clause marks (claimant-tokens.ts); a sentence's tokens are shared by the rules that read it
const tokenize = toClaimantTokens;

const DET = new Set(DETERMINERS);
const VERBS = new Set(REPORTING_VERBS);
const PARTICIPLES = new Set([...REPORTING_PARTICIPLES, ...CLAIM_PARTICIPLES]);
const AUX = new Set(AUXILIARIES);
const DOCS = new Set(DOCUMENT_NOUNS);
const ANNOUNCED = new Set(ANNOUNCED_OBJECTS);
// first words that open a sentence without naming its subject
const NOT_NAME_OPENERS: ReadonlySet<string> = new Set([...NOT_SOURCE_WORDS, ...PRONOUNS, ...DE_STOPWORDS]);
const PRON = new Set(PRONOUNS);
const NOT_SOURCE = new Set(NOT_SOURCE_WORDS);
const TIME_WORDS =
  /^(?:woche|wochen|monat|monaten|jahr|jahres|tag|tagen|abend|morgen|nacht|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/u;
const CLAUSE_BREAK = new Set([',', ';', ':', '„', '“', '”', '"', '»', '«', '(', ')', '–']);
// lower-case words that look like adjectives by their ending but never stand in a name phrase
const NOT_ADJ = new Set([
  'werden',
  'wurden',
  'haben',
  'sein',
  'seien',
  'diese',
  'dieser',
  'eine',
  'einer',
  'seine',
  'ihre',
  'unter',
  'über',
  'wieder',
  'aber',
  'oder',
  'immer',
  'bereits',
  'hatte',
  'hatten',
  'habe',
  'worden',
  'weiter',
  'sagen',
  'alle',
  'andere',
  'vergangene',
  'letzte',
  'nächste',
  'jede',
]);

// An ASCII first character decides by its code (no clause mark starts with a capital or a digit).
const isCap = (t: string | undefined): t is string => {
  if (!t) return false;
  const c = t.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return /^[\p{Lu}\p{N}]/u.test(t) && !CLAUSE_BREAK.has(t);
};
// Every determiner has three to five letters and starts with "d" or "e"; only "D", "E" lower-case to those,
// and lower-casing never shortens a word, so other tokens need no lower-casing.
const isDet = (t: string | undefined) => {
  if (!t || t.length < 3 || t.length > 5) return false;
  const c = t.charCodeAt(0);
  return (c === 0x64 || c === 0x44 || c === 0x65 || c === 0x45) && DET.has(t.toLowerCase());
};
// a lower-case word of four characters or more ending in -e, -en, -er, -es or -em (/(?:e|en|er|es|em)$/u)
const isAdj = (t: string | undefined) => {
  if (!t || t.length <= 3) return false;
  const c = t.charCodeAt(0);
  if (c < 0x80 ? !(c >= 0x61 && c <= 0x7a) : !/^[\p{Ll}]/u.test(t)) return false;
  const z = t.charCodeAt(t.length - 1);
  const ending =
    z === 0x65 ||
    (t.charCodeAt(t.length - 2) === 0x65 && (z === 0x6e || z === 0x72 || z === 0x73 || z === 0x6d));
  return ending && !NOT_ADJ.has(t) && !DET.has(t);
};
// A word that is, or ends in, a role ("-präsident" ends in it too): read backwards through the endings.
const isRole = toEndingTest(ROLE_ENDINGS);
// compounds of a document noun are documents too: "Wochenbericht", "Jahresstatistik", "Kundenumfrage"
const DOC_ENDINGS = [
  'bericht',
  'berichts',
  'studie',
  'umfrage',
  'statistik',
  'auswertung',
  'erhebung',
  'prognose',
  'analyse',
];
const isDoc = (t: string) => {
  const w = t.toLowerCase();
  return DOCS.has(w) || DOC_ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e));
};
const OPENING_QUOTES = new Set(['„', '"', '»', '“']);
const CLOSING_QUOTES = new Set(['“', '”', '"', '«']);
// "nach eigenen Angaben": the subject of the clause states it
const OWN_ACCOUNT =
  /\b(?:nach|laut)\s+eigene[nr]?\s+(?:angaben|darstellung|schätzungen?|berechnungen|zählung|informationen)\b|\beigenen\s+angaben\s+zufolge\b/iu;
// "nach seinen Berechnungen", "ihren Angaben zufolge": the source named just before
const POSSESSIVE_ACCOUNT =
  /\b(?:nach|laut)\s+(?:seinen|ihren|seiner|ihrer|dessen|deren)\s+(?:angaben|darstellung|schätzungen?|berechnungen|zählung|informationen|daten|zahlen|erkenntnissen)\b|\b(?:seinen|ihren)\s+(?:angaben|berechnungen|schätzungen)\s+zufolge\b/iu;
// "nach seinen Angaben", "ihren Angaben zufolge": a personal possessive, which points to a person
const PERSONAL_ACCOUNT =
  /\b(?:seinen|ihren|seiner|ihrer)\s+(?:angaben|darstellung|schätzungen?|berechnungen)\b/iu;
// "nach deren Angaben", "dessen Daten zufolge": a demonstrative that points to the last noun named
const DEMONSTRATIVE_ACCOUNT =
  /\b(?:deren|dessen)\s+(?:angaben|schätzungen?|berechnungen|zählung|daten|zahlen)\b/iu;
// "… (SX).": the bracketed abbreviation a sentence ends with, unless it is a party's
function closingAbbreviation(sentence: string): string | null {
  const abbr = /\((\p{Lu}{2,6})\)\s*[.!]?\s*$/u.exec(sentence)?.[1];
  return abbr && !PARTY_TAGS.has(abbr.toLowerCase()) ? abbr : null;
}
/*
 * Cheap tests before the attribution patterns above and BACK_REFERENCES: every match of a pattern (flags iu)
 * holds one of its words. Lower-casing maps every letter the patterns fold to onto the pattern's letter,
 * except the long s 'ſ', which lets a text through. find-claimant.test.ts pins BACK_REFERENCES.
 */
const OWN_ACCOUNT_WORDS = ['eigene'];
const POSSESSIVE_ACCOUNT_WORDS = [
  'angaben',
  'darstellung',
  'schätzung',
  'berechnungen',
  'zählung',
  'informationen',
  'daten',
  'zahlen',
  'erkenntnissen',
];
/** Words one of which every BACK_REFERENCES pattern needs. */
export const BACK_REFERENCE_WORDS = [
  'bericht',
  'studie',
  'analyse',
  'mitteilung',
  'erklärung',
  'meldung',
  'report',
  'hieß',
  'heißt',
];
/**
 * A test that matches every text whose lower-cased form holds one of the words or 'ſ' (as
 * `lower.includes('ſ') || words.some((w) => lower.includes(w))`), in one scan of the text itself: without the
 * u flag the case-insensitive match is quicker, and the few characters that lower-case to a letter of the
 * words but do not match it so (the Kelvin sign, 'ẞ', 'İ') are let through on their own.
 */
export function toWordCue(words: readonly string[]): RegExp {
  return new RegExp(`${words.join('|')}|[ſẞ\u212a\u0130]`, 'i');
}
const OWN_ACCOUNT_CUE = toWordCue(OWN_ACCOUNT_WORDS);
const POSSESSIVE_ACCOUNT_CUE = toWordCue(POSSESSIVE_ACCOUNT_WORDS);
// every match of POSSESSIVE_ACCOUNT holds a possessive as well
const POSSESSIVE_PRONOUN_CUE = toWordCue(['seinen', 'ihren', 'seiner', 'ihrer', 'dessen', 'deren']);
/** POSSESSIVE_ACCOUNT.test, behind the word cues of its nouns and possessives. */
const hasPossessiveAccount = (sentence: string): boolean =>
  POSSESSIVE_ACCOUNT_CUE.test(sentence) &&
  POSSESSIVE_PRONOUN_CUE.test(sentence) &&
  POSSESSIVE_ACCOUNT.test(sentence);
const BACK_REFERENCE_CUE = toWordCue(BACK_REFERENCE_WORDS);
// "Das geht aus dem Bericht des X hervor", "Dies teilte X mit": a sentence that attributes the one before
const ATTRIBUTES_PREVIOUS = /^(?:Das|Dies)\s+(?:\p{Ll}+)\b/u;

interface Np {
  start: number;
  end: number;
  apposition?: string[];
}

// the head of a public body or institute, in any case form: "Landesamts", "Ministerium", "Instituts"
const isBodyHead = (t: string): boolean => {
  const l = t.toLowerCase().replace(/e?s$/u, '');
  return RESEARCH_BODY_ENDINGS.some((e) => l.endsWith(e));
};

/** Reads a name phrase forward: determiner, adjectives, capitalised words, genitives, "(ABBR)", an apposition. */
function npForward(tokens: readonly string[], i: number): Np | undefined {
  let j = i;
  if (tokens[j]?.toLowerCase() === 'von') j++;
  if (isDet(tokens[j])) j++;
  while (isAdj(tokens[j])) j++;
  // 'die „Bild“', 'das Portal „Sportal“': a title in quotation marks is one name, whatever its case
  if (OPENING_QUOTES.has(tokens[j] ?? '')) {
    let end = j + 1;
    while (end < tokens.length && end - j <= 5 && !CLOSING_QUOTES.has(tokens[end]!)) end++;
    const title = tokens.slice(j + 1, end);
    if (
      title.length &&
      CLOSING_QUOTES.has(tokens[end] ?? '') &&
      isCap(title[0]) &&
      title.every((t) => isCap(t) || NAME_CONNECTORS.has(t))
    )
      return { start: i, end: end + 1 };
    return undefined;
  }
  if (!isCap(tokens[j])) return undefined;
  // "nach Angaben der Polizei 40 Verletzte": a number after the name is a figure, no part of it
  const first = j;
  while (isCap(tokens[j]) && !VERBS.has(tokens[j]!.toLowerCase()) && !(j > first && isNumber(tokens[j]!)))
    j++;
  // "Komitee vom Roten Kreuz (IKRK)", "Bundesamt für Seeschifffahrt und Hydrographie (BSH)": a name
  // with connectors reaches as far as the abbreviation that closes it
  for (let k = j, n = 0; k < tokens.length && n < 8; k++, n++) {
    const t = tokens[k]!;
    if (t === '(' && isAbbr(tokens[k + 1], tokens.slice(i, k)) && tokens[k + 2] === ')') {
      if (k > j) j = k;
      break;
    }
    if (!(isCap(t) || isAdj(t) || NAME_CONNECTORS.has(t))) break;
  }
  for (;;) {
    if (isPartyTag(tokens, j)) {
      j += 3;
      continue;
    }
    if (tokens[j] === '(' && isAbbr(tokens[j + 1], tokens.slice(i, j)) && tokens[j + 2] === ')') {
      j += 3;
      continue;
    }
    const g = tokens[j]?.toLowerCase();
    // "des Landesamts für Denkmalpflege", "das Ministerium für Verkehr und Bau": a body's field belongs to its name
    if (
      g === 'für' &&
      j > first &&
      isBodyHead(tokens[j - 1]!) &&
      isCap(tokens[j + 1]) &&
      !isNumber(tokens[j + 1]!)
    ) {
      let k = j + 1;
      while (
        k < tokens.length &&
        ((isCap(tokens[k]) && !isNumber(tokens[k]!)) || (tokens[k] === 'und' && isCap(tokens[k + 1])))
      )
        k++;
      j = k;
      continue;
    }
    if (g === 'des' || g === 'der') {
      let k = j + 1;
      while (isAdj(tokens[k])) k++;
      if (isCap(tokens[k]) && !isNumber(tokens[k]!)) {
        while (isCap(tokens[k]) && !isNumber(tokens[k]!)) k++;
        j = k;
        continue;
      }
    }
    break;
  }
  const np: Np = { start: i, end: j };
  if (tokens[j] === ',') {
    let k = j + 1;
    while (isCap(tokens[k]) && !isDoc(tokens[k]!)) k++;
    const names = tokens.slice(j + 1, k);
    if (
      names.length >= 1 &&
      names.length <= 4 &&
      (tokens[k] === ',' || k >= tokens.length) &&
      names.every((n) => !isRole(n))
    ) {
      np.apposition = names;
      np.end = k;
    }
  }
  return np;
}

/** Reads a name phrase backward from (not including) index `end`. */
function npBackward(tokens: readonly string[], end: number): Np | undefined {
  // a name phrase ends in a noun or an abbreviation: "rückte" in "Die Feuerwehr rückte nach eigenen
  // Angaben …" is the verb, and the phrase is the sentence's subject instead
  const last = tokens[end - 1];
  if (last === undefined || (!isCap(last) && last !== ')')) return undefined;
  let k = end - 1;
  while (k >= 0) {
    const t = tokens[k]!;
    if (isCap(t) || isAdj(t) || isDet(t) || t === '(' || t === ')') k--;
    else break;
  }
  let start = k + 1;
  while (start < end && (tokens[start] === ')' || tokens[start] === '(')) start++;
  return start < end ? { start, end } : undefined;
}

type Resolved = string | 'back' | null;

// "…, die Initiative „X“, die nach eigenen Angaben …": the phrase a relative pronoun right before `end` refers
// to, before its comma and a quoted name after it
function relativeAntecedent(tokens: readonly string[], end: number): Np | undefined {
  if (!/^(?:der|die|das)$/u.test(tokens[end - 1] ?? '') || tokens[end - 2] !== ',') return undefined;
  let e = end - 2;
  if (CLOSING_QUOTES.has(tokens[e - 1] ?? '')) {
    let k = e - 2;
    while (k >= 0 && e - k <= 8 && !OPENING_QUOTES.has(tokens[k]!)) k--;
    if (k < 0 || !OPENING_QUOTES.has(tokens[k]!)) return undefined;
    e = k;
  }
  return npBackward(tokens, e);
}

// "(IKRK)", "(EDA)", "(Difu)": an abbreviation in brackets; a mixed-case one must share the name's initial
function isAbbr(t: string | undefined, name: readonly string[]): boolean {
  if (!t) return false;
  if (/^[\p{Lu}]{2,6}$/u.test(t)) return true;
  return (
    /^\p{Lu}\p{Ll}{2,4}$/u.test(t) &&
    name.some((w) => /^\p{Lu}/u.test(w) && !DET.has(w.toLowerCase()) && w[0] === t[0])
  );
}

const isNumber = (t: string): boolean => /^\d[\d.,]*$/u.test(t);

// "Landrat X (CDU)": a party tag in brackets belongs to the person before it and names no one itself
const isPartyTag = (tokens: readonly string[], j: number): boolean =>
  tokens[j] === '(' && tokens[j + 2] === ')' && PARTY_TAGS.has(tokens[j + 1]?.toLowerCase() ?? '');
function withoutPartyTags(span: string[]): string[] {
  if (!span.includes('(')) return span;
  return span.filter((_, k) => !isPartyTag(span, k) && !isPartyTag(span, k - 1) && !isPartyTag(span, k - 2));
}

// lower-case words that join the parts of an organisation's name
const NAME_CONNECTORS = new Set(['vom', 'von', 'für', 'der', 'des', 'und', 'zur', 'zum', 'am', 'an', 'in']);

/** Turns a name phrase into a claimant: the person of an apposition, a known source, or the phrase itself. */
function resolveNp(tokens: readonly string[], np: Np): Resolved {
  if (np.apposition) return np.apposition.join(' ');
  const span = withoutPartyTags(tokens.slice(np.start, np.end));
  // "Das Internationale Komitee vom Roten Kreuz (IKRK)": the abbreviation is the name it goes by
  const abbr = span.findIndex(
    (t, k) => t === '(' && span[k + 2] === ')' && isAbbr(span[k + 1], span.slice(0, k)),
  );
  if (abbr > 0) return knownSource(span[abbr + 1]!)?.name ?? span[abbr + 1]!;
  const quoted = span.findIndex((t) => OPENING_QUOTES.has(t));
  if (quoted >= 0) {
    const title = span.slice(quoted + 1, span.length - 1).join(' ');
    return resolveExact(title)?.name ?? title;
  }
  // "der 52-jährige Bürgermeister": an age is no part of the name
  let words = span.filter((w) => !/^\d/u.test(w));
  while (words.length && (isDet(words[0]) || words[0]?.toLowerCase() === 'von')) words = words.slice(1);
  if (!words.length) return null;
  if (NOT_SOURCE.has(words[0]!.toLowerCase()) && !(words.length === 1 && PRON.has(words[0]!.toLowerCase())))
    return null;
  if (words.some((w) => TIME_WORDS.test(w.toLowerCase()))) return null;
  if (words.length === 1 && PRON.has(words[0]!.toLowerCase())) return 'back';
  const caps = words.filter((w) => isCap(w));
  const roleAt = words.findIndex((w) => isCap(w) && isRole(w));
  if (roleAt >= 0) {
    const names: string[] = [];
    for (let k = roleAt + 1; k < words.length && isCap(words[k]) && !isDoc(words[k]!); k++)
      names.push(words[k]!);
    if (names.length && !knownSource(names.join(' '))) return names.join(' ');
  }
  const text = words.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
  // "sagte die Senatorin der Deutschen Presse-Agentur": an agency after a role is whom the role spoke to
  if (roleAt === 0 && words.length > 2 && (words[1] === 'der' || words[1] === 'dem')) {
    const addressee = knownSource(words.slice(2).join(' '));
    if (addressee?.kind === 'agency' && addressee.index === 0) return words[0]!;
  }
  const known = knownSource(text);
  if (known) return known.name;
  const head = caps[0];
  if (head && isDoc(head)) {
    const owner = words.findIndex((w, k) => k > 0 && (w === 'des' || w === 'der'));
    if (owner > 0) return resolveNp(words, { start: owner + 1, end: words.length });
    // "der Bericht" points back; a bare plural ("Berichten zufolge") names no one
    return isDet(tokens[np.start]) ? 'back' : null;
  }
  return text;
}

/**
 * Where the words `parts` first follow each other in `lower`, or -1, given where the first word first stands
 * (`lower.indexOf(parts[0])`, looked up once for every trigger that starts with it).
 */
function findPhrase(lower: readonly string[], parts: readonly string[], firstAt: number): number {
  const first = parts[0] as string;
  const last = lower.length - parts.length;
  for (let i = firstAt; i >= 0 && i <= last; i = lower.indexOf(first, i + 1)) {
    let k = 1;
    while (k < parts.length && lower[i + k] === parts[k]) k++;
    if (k === parts.length) return i;
  }
  return -1;
}

// the words of each SOURCE_BEFORE trigger, the distinct first words, and which first word each trigger has
const SOURCE_BEFORE_PARTS = SOURCE_BEFORE.map((t) => t.split(' '));
const SOURCE_BEFORE_FIRSTS = [...new Set(SOURCE_BEFORE_PARTS.map((p) => p[0] as string))];
const SOURCE_BEFORE_FIRST_OF = SOURCE_BEFORE_PARTS.map((p) => SOURCE_BEFORE_FIRSTS.indexOf(p[0] as string));

// A sentence opens with an opener when its first tokens are the opener's words.
const BACK_OPENER_PARTS = BACK_OPENERS.map((o) => o.split(' '));

/** The claimant a single sentence names, 'back' when it points to an earlier one, or null. */
export function claimantInSentence(sentence: string): Resolved {
  const { tokens, lower } = claimantTokensOf(sentence);
  // a pointer back ("unter Berufung auf eine eigene Umfrage") yields to a name found by a later rule
  let back = false;
  // 0. "maß der DWD nach eigenen Angaben": the phrase right before, or the sentence's subject
  const own = OWN_ACCOUNT_CUE.test(sentence) ? OWN_ACCOUNT.exec(sentence) : null;
  if (own) {
    const at = tokenize(sentence.slice(0, own.index)).length;
    const np = npBackward(tokens, at) ?? relativeAntecedent(tokens, at) ?? npForward(tokens, 0);
    const r = np ? resolveNp(tokens, np) : null;
    if (r && r !== 'back') return r;
  }
  if (hasPossessiveAccount(sentence)) back = true;
  // 1. "nach Angaben des X", "laut X", "unter Berufung auf X"
  // most triggers start with "nach": each first word is looked for once
  const firstAt = SOURCE_BEFORE_FIRSTS.map((w) => lower.indexOf(w));
  for (let t = 0; t < SOURCE_BEFORE_PARTS.length; t++) {
    const parts = SOURCE_BEFORE_PARTS[t] as string[];
    const at = findPhrase(lower, parts, firstAt[SOURCE_BEFORE_FIRST_OF[t] as number] as number);
    if (at < 0) continue;
    const from = at + parts.length;
    // "laut „kicker“": a quoted name, whatever its case
    if (OPENING_QUOTES.has(tokens[from] ?? '')) {
      let end = from + 1;
      while (end < tokens.length && end - from <= 6 && !CLOSING_QUOTES.has(tokens[end]!)) end++;
      if (end > from + 1 && CLOSING_QUOTES.has(tokens[end] ?? '')) {
        const quoted = tokens.slice(from + 1, end).join(' ');
        return knownSource(quoted)?.name ?? quoted;
      }
    }
    const np = trimFigureNoun(tokens, npForward(tokens, from));
    if (np) {
      const r = resolveNp(tokens, np);
      if (r === 'back') back = true;
      else if (r) return r;
    }
  }
  // 2. "nach südkoreanischen Geheimdienstangaben", "nach Polizeiangaben"
  for (let i = 0; i < tokens.length; i++) {
    if (lower[i] !== 'nach') continue;
    let k = i + 1;
    while (isAdj(tokens[k])) k++;
    const w = tokens[k];
    if (!w || !isCap(w)) continue;
    const lw = lower[k] as string;
    const ending =
      ATTRIBUTION_COMPOUND_ENDINGS.find((e) => lw.endsWith(e) && w.length > e.length + 2) ??
      ATTRIBUTION_HYPHEN_ENDINGS.find((e) => lw.endsWith(`-${e}`) && w.length > e.length + 2);
    if (!ending) continue;
    const prefix = w.slice(0, w.length - ending.length).replace(/-$/u, '');
    const phrase = [...tokens.slice(i + 1, k), prefix].join(' ');
    const known = knownSource(phrase);
    return known ? known.name : isDoc(prefix) || /^medien/iu.test(prefix) ? null : phrase;
  }
  // 3. "X zufolge"
  for (const trigger of SOURCE_AFTER) {
    const at = lower.indexOf(trigger);
    if (at <= 0) continue;
    let cs = at;
    while (cs > 0 && !CLAUSE_BREAK.has(tokens[cs - 1]!)) cs--;
    const named = knownSource(tokens.slice(cs, at).join(' '));
    if (named) return named.name;
    const np = npBackward(tokens, at);
    if (np) {
      const r = resolveNp(tokens, np);
      if (r) return r;
    }
  }
  // 4. "so der Bericht (weiter)", "hieß es": the source is named before, unless this sentence names one
  if (BACK_REFERENCE_CUE.test(sentence) && BACK_REFERENCES.some((re) => re.test(sentence))) {
    const known = knownSource(sentence, false);
    return known ? known.name : 'back';
  }
  // 5. "…, so X."
  for (let i = 1; i < tokens.length; i++) {
    if (lower[i] !== 'so' || !CLAUSE_BREAK.has(tokens[i - 1]!)) continue;
    // „So eine Lage …“: a quotation that opens with "So" names no source
    if (OPENING_QUOTES.has(tokens[i - 1]!) && (i === 1 || CLAUSE_BREAK.has(tokens[i - 2]!))) continue;
    const np = npForward(tokens, i + 1);
    if (np) {
      const r = resolveNp(tokens, np);
      if (r) return r;
    }
  }
  // 6. "wie X berichtete", "wie die Polizei am Montag weiter mitteilte", "wie aus X hervorgeht"
  for (let i = 0; i < tokens.length; i++) {
    if (lower[i] !== 'wie') continue;
    const from = lower[i + 1] === 'aus' ? i + 2 : i + 1;
    const np = npForward(tokens, from);
    if (!np) continue;
    if (from === i + 2 || reportingVerbWithin(lower, np.end, 8)) {
      const r = resolveNp(tokens, np);
      if (r === 'back') back = true;
      else if (r) return r;
    }
  }
  // 6b. "Das geht aus dem Bericht des X hervor"
  const hervor = lower.indexOf('hervor');
  const aus = lower.indexOf('aus');
  if (hervor > 0 && aus >= 0 && aus < hervor) {
    const np = npForward(tokens, aus + 1);
    let r = np ? resolveNp(tokens, np) : null;
    // "aus einer Auswertung von X": the owner follows "von"
    if (np && r === 'back' && lower[np.end] === 'von') {
      const owner = npForward(tokens, np.end + 1);
      r = owner ? (resolveNp(tokens, owner) ?? r) : r;
    }
    if (r === 'back') back = true;
    else if (r) return r;
  }
  // 7. the subject of a reporting verb: "X sagte", "…, teilte X mit", "X hatte … berichtet"
  for (let v = 0; v < tokens.length; v++) {
    const isVerb = VERBS.has(tokens[v]!);
    const isAux = (AUX.has(tokens[v]!) && participleAfter(lower, v)) || isSeinPerfectClaim(lower, v);
    if (!isVerb && !isAux) continue;
    const cs = clauseStart(tokens, v);
    if (cs < v) {
      const np = npForward(tokens, cs);
      if (
        np &&
        subjectReaches(tokens, np.end, v) &&
        !objectFronted(lower, cs, v) &&
        !isFrontedAdverb(tokens, lower, np.start, np.end, v)
      ) {
        const r = resolveNp(tokens, np);
        if (r) return r;
      }
      // "X bat um Verständnis und kündigte an, …": a reporting verb right after "und" shares the subject the
      // clause opens with
      if (
        np &&
        isVerb &&
        v > 1 &&
        lower[v - 1] === 'und' &&
        cs === np.start &&
        !objectFronted(lower, cs, v)
      ) {
        const r = resolveNp(tokens, np);
        if (r && r !== 'back') return r;
      }
    }
    // "…, zu der die Veranstalter 3.000 Gäste erwarten": the subject of a clause whose verb stands last
    const last = v + 1 >= tokens.length || CLAUSE_BREAK.has(tokens[v + 1]!);
    const sub = isVerb && last && cs < v ? verbFinalSubject(tokens, lower, cs) : null;
    if (sub) return sub;
    const after = npForward(tokens, v + 1);
    // "der erwarteten 96 Millionen Euro": a number after the verb starts its object, never its subject
    // "kündigte Revision an": an announced step after the verb is its object
    const announced = after && ANNOUNCED.has(tokens[after.end - 1] ?? '');
    if (after && !announced && !(lower[v + 1] === 'von') && !/^\d/u.test(tokens[v + 1]!)) {
      const r = resolveNp(tokens, after);
      if (r) return r;
    }
    const pron = lower[v + 1];
    // "gibt es", "gab es": there is, said by no one
    const existential = pron === 'es' && (lower[v] === 'gibt' || lower[v] === 'gab');
    if (pron && PRON.has(pron) && !existential) return 'back';
  }
  if (back) return 'back';
  // 8. "Demnach stieg …": the source named just before
  if (BACK_OPENER_PARTS.some((parts) => parts.every((p, k) => lower[k] === p))) return 'back';
  // 9. "Das zeigt eine Studie des X": the document's owner
  return documentOwner(tokens);
}

// "Den Verlust schätzte sie …", "Die Kosten bezifferte er …": a phrase in the accusative or dative, or one
// before a verb with a personal pronoun after it, is the object; the pronoun is the subject
const OBJECT_DETERMINERS = new Set(['den', 'dem', 'einen', 'einem']);
function objectFronted(lower: readonly string[], cs: number, verb: number): boolean {
  return OBJECT_DETERMINERS.has(lower[cs]!) || lower[verb + 1] === 'er' || lower[verb + 1] === 'sie';
}

const CLAUSE_PREPOSITIONS = new Set([
  'zu',
  'mit',
  'von',
  'bei',
  'auf',
  'für',
  'über',
  'an',
  'in',
  'nach',
  'um',
]);
const CLAUSE_OPENERS = new Set([
  'der',
  'die',
  'das',
  'dem',
  'den',
  'denen',
  'deren',
  'dessen',
  'dass',
  'weil',
  'ob',
]);
const NOMINATIVE_DETERMINERS = new Set(['der', 'die', 'das', 'ein', 'eine']);

// The subject of a subordinate clause opened by a relative pronoun or conjunction ("zu der die Veranstalter
// … erwarten", "dass der Verband … schätzt"): a definite phrase right after the opener, cut before a number.
function verbFinalSubject(tokens: readonly string[], lower: readonly string[], cs: number): Resolved {
  let k = cs;
  if (CLAUSE_PREPOSITIONS.has(lower[k]!)) k++;
  if (!CLAUSE_OPENERS.has(lower[k]!)) return null;
  k++;
  if (!NOMINATIVE_DETERMINERS.has(lower[k] ?? '')) return null;
  const np = npForward(tokens, k);
  if (!np) return null;
  let end = np.start;
  while (end < np.end && !/^\d[\d.,]*$/u.test(tokens[end]!)) end++;
  const r = resolveNp(tokens, { start: np.start, end });
  return r && r !== 'back' ? r : null;
}

// Where the clause holding token `v` starts; brackets and quoted titles ("(EDA)", "„Bild“") stay inside it.
function clauseStart(tokens: readonly string[], v: number): number {
  let cs = v;
  while (cs > 0) {
    const t = tokens[cs - 1]!;
    const open = t === ')' ? '(' : CLOSING_QUOTES.has(t) ? 'quote' : null;
    if (open) {
      let k = cs - 2;
      while (k >= 0 && k >= cs - 8 && !(open === '(' ? tokens[k] === '(' : OPENING_QUOTES.has(tokens[k]!)))
        k--;
      if (k >= 0 && k >= cs - 8 && tokens[k] !== t) {
        cs = k;
        continue;
      }
    }
    if (CLAUSE_BREAK.has(t)) break;
    cs--;
  }
  return cs;
}

// A subject ends right before its verb, or with "selbst" or a place between: "Das Amt (EDA) in Bern kündigte".
function subjectReaches(tokens: readonly string[], end: number, verb: number): boolean {
  if (end === verb) return true;
  let k = end;
  if (tokens[k]?.toLowerCase() === 'selbst') k++;
  // "Die Präfektur von Oberau spricht": a place after "von" belongs to the subject too
  const place = tokens[k] === 'in' || tokens[k] === 'im' || tokens[k] === 'aus' || tokens[k] === 'von';
  if (place && isCap(tokens[k + 1])) {
    k += 2;
    if (isCap(tokens[k]) && k < verb) k++;
  }
  return k === verb;
}

// "eine Studie des Alfred-Wegener-Instituts", "ein Bericht der Bundesbank": the owner of a document named here.
function documentOwner(tokens: readonly string[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i]) || !isDoc(tokens[i]!)) continue;
    const g = tokens[i + 1]?.toLowerCase();
    if (g !== 'des' && g !== 'der' && g !== 'von') continue;
    const np = npForward(tokens, g === 'von' ? i + 1 : i + 2);
    const r = np ? resolveNp(tokens, np) : null;
    if (r && r !== 'back') return r;
  }
  return null;
}

// A reporting verb or participle within a few words after a name phrase, before the clause ends.
function reportingVerbWithin(lower: readonly string[], from: number, span: number): boolean {
  for (let k = from; k < Math.min(lower.length, from + span); k++) {
    const t = lower[k]!;
    if (VERBS.has(t) || PARTICIPLES.has(t)) return true;
    if (CLAUSE_BREAK.has(t) && t !== '(' && t !== ')') return false;
  }
  return false;
}

// The subject a sentence opens with ("Der Bund der Steuerzahler hatte …"), when it names an organisation.
function leadingSubject(sentence: string): string | null {
  const { tokens } = claimantTokensOf(sentence);
  if (!isDet(tokens[0])) return null;
  const np = npForward(tokens, 0);
  if (!np) return null;
  const r = resolveNp(tokens, np);
  return r && r !== 'back' && !PRON.has(r.toLowerCase()) ? r : null;
}

function participleAfter(lower: readonly string[], from: number): boolean {
  let depth = 0;
  for (let k = from + 1; k < lower.length; k++) {
    const t = lower[k]!;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_BREAK.has(t)) return false;
    else if (depth === 0 && PARTICIPLES.has(t)) return true;
  }
  return false;
}

/** Claimants already read per sentence list (one per article), dropped with the list. */
interface SentenceMemo {
  claimant: Map<string, Resolved>;
  konjunktiv: Map<string, boolean>;
  pronoun: Map<string, boolean>;
  named: Map<string, string | null>;
}
const SENTENCE_MEMO = new WeakMap<object, SentenceMemo>();
// a phrase of unit words ("Mrd Euro") read as a subject names no one
const claimantOf = (text: string): Resolved => {
  const r = claimantInSentence(text);
  return r && r !== 'back' && isUnitPhrase(r) ? null : r;
};
const konjunktivOf = (text: string): boolean => isKonjunktiv(text);
const pronounSpeakerOf = (text: string): boolean => pronounSpeaker(text);
const namedSubjectOf = (text: string): string | null => namedSubject(text);

/** The value of a pure function of a sentence, computed once per sentence list. */
function remember<T>(memo: Map<string, T>, text: string, read: (text: string) => T): T {
  if (memo.has(text)) return memo.get(text) as T;
  const value = read(text);
  memo.set(text, value);
  return value;
}

/**
 * Who states what a sentence says: the source of its attribution ("nach Angaben des X", "laut X",
 * "teilte X mit"), the subject of its reporting verb, or for "so der Bericht" / "hieß es" / "sagte er"
 * the claimant of the sentences just before; null when the article itself states it.
 */
export function findClaimant(
  sentences: readonly { text: string; paragraph?: number }[],
  index: number,
  language: 'de' | 'en' = 'de',
): string | null {
  if (language === 'en') {
    const own = englishClaimant(sentences[index]?.text ?? '');
    if (own !== 'back') return own;
    for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
      const r = englishClaimant(sentences[k]?.text ?? '');
      if (r && r !== 'back') return r;
    }
    return null;
  }
  const at = (k: number) => withFragments(sentences, k);
  // The sentences before a figure are read again for every figure after them: remember what each says.
  let memo = SENTENCE_MEMO.get(sentences);
  if (!memo) {
    memo = { claimant: new Map(), konjunktiv: new Map(), pronoun: new Map(), named: new Map() };
    SENTENCE_MEMO.set(sentences, memo);
  }
  const { claimant, konjunktiv, pronoun: pronounMemo, named } = memo;
  const claimantInSentence = (text: string): Resolved => remember(claimant, text, claimantOf);
  const isKonjunktiv = (text: string): boolean => remember(konjunktiv, text, konjunktivOf);
  const pronounSpeaker = (text: string): boolean => remember(pronounMemo, text, pronounSpeakerOf);
  const namedSubject = (text: string): string | null => remember(named, text, namedSubjectOf);
  // the sentence itself, with the fragments it was cut from (read once: withFragments tests its neighbours)
  const here = at(index);
  const own = claimantInSentence(here);
  if (own === null) {
    // "… 35 Prozent mehr. Das geht aus dem Wochenbericht des X hervor."
    const next = sentences[index + 1]?.text ?? '';
    if (ATTRIBUTES_PREVIOUS.test(next)) {
      const r = claimantInSentence(next);
      if (r && r !== 'back') return r;
    }
  }
  // "… gilt laut Wetterdienst nur X. Diese Marke erreichten nur 12 Orte": a sentence opening with a demonstrative
  // goes on with the finding of the sentence before it in its paragraph, and with its source
  if (own === null && index > 0 && DEMONSTRATIVE_OPENER.test(here)) {
    const prev = sentences[index - 1]!;
    if (prev.paragraph === sentences[index]!.paragraph && !isSubheading(sentences, index - 1)) {
      const r = claimantInSentence(at(index - 1));
      if (r && r !== 'back') return r;
    }
  }
  // a reported plan ("Der Lohn soll auf 17 Euro steigen") continues the statement right before it only
  if (own === null && index > 0 && !isKonjunktiv(here) && isReportedPlan(here)) {
    const prev = sentences[index - 1]!;
    if (prev.paragraph !== sentences[index]!.paragraph || isSubheading(sentences, index - 1)) return null;
    const r = claimantInSentence(at(index - 1));
    if (r && r !== 'back') return r;
    // "Täglich sollen 64 Züge fahren. Ab Mai werde …, sagte X.": the statement goes on after it
    const next = sentences[index + 1];
    if (next?.paragraph !== sentences[index]!.paragraph || !isKonjunktiv(at(index + 1))) return null;
    const after = claimantInSentence(at(index + 1));
    return after && after !== 'back' ? after : null;
  }
  // "Brixo entwickelt Software. Nach eigenen Angaben verkauft es 1.200 Räder …": an own account opening the
  // sentence is the account of the subject the sentence before opens with, in its paragraph
  if (own === null && index > 0 && opensWithOwnAccount(here)) {
    const prev = sentences[index - 1]!;
    if (prev.paragraph === sentences[index]!.paragraph && !isSubheading(sentences, index - 1)) {
      const text = at(index - 1);
      const r = claimantInSentence(text);
      if (r && r !== 'back') return r;
      const subject = leadingSubject(text) ?? bareOpeningName(text, NOT_NAME_OPENERS);
      if (subject) return subject;
    }
  }
  // a sentence in the Konjunktiv without an attribution of its own continues the statement before it
  if (own !== 'back' && !(own === null && isKonjunktiv(here))) return own;
  // "Anna X, Sprecherin der Y, verwies auf Fälle, in denen … gestiegen seien": the person the sentence opens
  // with, by an indicative verb, states its Konjunktiv clause; no statement before it is carried over
  const reportedOnly = own === null && isKonjunktiv(here);
  if (reportedOnly) {
    const verb = APPOSED_OPENER_VERB.exec(here)?.[1];
    const person = verb && !KONJUNKTIV.has(verb) ? openingPerson(here) : null;
    if (person) return person;
  }
  // sentences that point back themselves ("sagte er", Konjunktiv) are passed over without counting
  let counted = 0;
  let pronoun = pronounSpeaker(here);
  // "Demnach …" points to the document of its own paragraph, never across a paragraph break
  const para = sentences[index]?.paragraph;
  const ownParagraph =
    para !== undefined &&
    BACK_OPENER_PARTS.some((parts) => parts.every((p, k) => claimantTokensOf(here).lower[k] === p));
  for (let k = index - 1; k >= 0 && counted < 3 && index - k <= 8; k--) {
    if (ownParagraph && sentences[k]!.paragraph !== para) break;
    if (isSubheading(sentences, k)) continue;
    const text = at(k);
    const r = claimantInSentence(text);
    if (r && r !== 'back') return r;
    // "Kämmerer X verteidigte den Plan. Die Gemeinde werde …": a Konjunktiv statement right after a
    // sentence in its paragraph whose named subject takes a stance continues that person
    if (
      reportedOnly &&
      k === index - 1 &&
      r === null &&
      sentences[k]!.paragraph === para &&
      !isKonjunktiv(text)
    ) {
      const stance = namedSubject(text) ?? openingPerson(text);
      if (stance) return stance;
    }
    if (r === 'back' && pronounSpeaker(text)) pronoun = true;
    // "nach seinen Berechnungen" points to the organisation the sentence before opens with
    if (k === index - 1 && hasPossessiveAccount(here)) {
      // "… von der Stiftung X (SX). Nach deren Angaben …": "deren/dessen" points to the last noun before
      const named = DEMONSTRATIVE_ACCOUNT.test(here) ? closingAbbreviation(text) : null;
      if (named) return named;
      const subject = leadingSubject(text);
      if (subject) return subject;
      // "Onno Berg, Leiter des Werks, … Nach seinen Angaben …": the person the sentence before opens with
      const person = PERSONAL_ACCOUNT.test(here) ? (namedSubject(text) ?? openingPerson(text)) : null;
      if (person) return person;
    }
    // "Der Rechnungshof hat einen Prüfbericht vorgelegt. Demnach …": the subject of the sentence that
    // brings the document "demnach" refers to
    if (ownParagraph && k === index - 1 && claimantTokensOf(text).tokens.some(isDoc)) {
      const subject = leadingSubject(text);
      if (subject) return subject;
    }
    // "Die Beauftragte Tatjana X widersprach. …, sagte sie": the person the sentence opens with; only a
    // pronoun speaker points to a subject of a sentence that reports nothing ("hieß es" does not)
    const subject = pronoun && r !== 'back' ? namedSubject(text) : null;
    if (subject) return subject;
    if (r === 'back' || (r === null && isKonjunktiv(text))) continue;
    counted++;
  }
  return null;
}

// "…, sagte sie der Agentur X", "Er erklärte, …": a personal pronoun as the subject of a reporting verb
function pronounSpeaker(sentence: string): boolean {
  const { lower } = claimantTokensOf(sentence);
  return lower.some(
    (t, k) =>
      (t === 'er' || t === 'sie') &&
      ((k > 0 && VERBS.has(lower[k - 1]!)) ||
        (VERBS.has(lower[k + 1] ?? '') && (k === 0 || CLAUSE_BREAK.has(lower[k - 1]!)))),
  );
}

const KONJUNKTIV = new Set(KONJUNKTIV_FORMS);
const MODALS = new Set(REPORTED_MODALS);
// Whether a sentence outside its quotations states a plan or demand with "soll/sollen".
function isReportedPlan(sentence: string): boolean {
  return plainLowerTokens(sentence).some((t) => MODALS.has(t));
}
// Whether a sentence outside its quotations has a verb in the Konjunktiv.
function isKonjunktiv(sentence: string): boolean {
  return plainLowerTokens(sentence).some((t) => KONJUNKTIV.has(t));
}
// The lower-cased tokens of a sentence with its quotations blanked out; a quotation starts with one of „ “ " » «,
// so a sentence without any is read as it stands (its tokens are shared with the other rules).
function plainLowerTokens(sentence: string): readonly string[] {
  if (!/[„“"»«]/u.test(sentence)) return claimantTokensOf(sentence).lower;
  const plain = sentence.replace(/[„“"»«][^„“”"»«]*[“”"«»]/gu, ' ');
  return tokenize(plain).map((t) => t.toLowerCase());
}

// The subject a sentence opens with when it surely names someone: a role and a name ("Konzernchefin Petra X"),
// an organisation with its abbreviation, or a known source.
function namedSubject(sentence: string): string | null {
  const { tokens } = claimantTokensOf(sentence);
  const np = npForward(tokens, 0);
  if (!np) return null;
  const words = tokens.slice(np.start, np.end).filter((w) => !isDet(w) && !isAdj(w));
  if (!words.length || NOT_SOURCE.has(words[0]!.toLowerCase())) return null;
  const hasAbbr = words.includes('(');
  const roleAt = words.findIndex((w) => isCap(w) && isRole(w));
  const named = roleAt >= 0 && roleAt < words.length - 1;
  // "Die Kämmerin Ulrike Haas": a known given name and a surname after it are a person
  const given = words.findIndex((w, k) => k > 0 && FIRST_NAMES.has(w.toLowerCase()) && isCap(words[k + 1]));
  if (given > 0 && !hasAbbr && !named) return words.slice(given).join(' ');
  if (!hasAbbr && !named && !np.apposition && !knownSource(words.join(' '))) return null;
  const r = resolveNp(tokens, np);
  return r && r !== 'back' ? r : null;
}

// "Diese Marke", "Dieser Wert", "Dieses Ziel": a demonstrative and a noun opening a sentence
const DEMONSTRATIVE_OPENER = /^(?:Diese|Dieser|Dieses|Diesen|Diesem)\s+\p{Lu}/u;
// "Anna X, Sprecherin der Y, verwies …": the verb after an opening name and its apposition
const APPOSED_OPENER_VERB = /^\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+,\s+[^,]{3,80},\s+(\p{Ll}+)\b/u;

// "Onno Berg, Leiter des Werks, …", "Petra Lenz hat …": a name of two capitalised words the sentence opens
// with, set off by a role apposition or starting with a known given name
function openingPerson(sentence: string): string | null {
  const { tokens } = claimantTokensOf(sentence);
  const [a, b, c, d] = tokens;
  if (!isCap(a) || !isCap(b) || isDet(a) || /\d/u.test(a + b)) return null;
  if (NOT_SOURCE.has(a.toLowerCase()) || knownSource(`${a} ${b}`)) return null;
  const apposition = c === ',' && isCap(d) && isRole(d);
  return apposition || FIRST_NAMES.has(a.toLowerCase()) ? `${a} ${b}` : null;
}

// a sentence cut after an ordinal or abbreviation ("am Donnerstag (24.") is read with its neighbours
const CUT_END = /(?:\b\d{1,2}|\b(?:Nr|Dr|Prof|St|bzw|vgl|ca|z\. ?B))\.$/u;
function withFragments(sentences: readonly { text: string }[], k: number): string {
  let text = sentences[k]?.text ?? '';
  for (let j = k - 1; j >= 0 && CUT_END.test(sentences[j]!.text); j--) text = `${sentences[j]!.text} ${text}`;
  for (let j = k; j + 1 < sentences.length && CUT_END.test(sentences[j]!.text); j++)
    text = `${text} ${sentences[j + 1]!.text}`;
  return text;
}

const EN_VERBS = new Set(EN_REPORTING_VERBS);
const EN_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
// a name phrase of capitalised words ("Federal Network Agency", "Verivox"), possibly with "of"/"for", or
// partners joined by "&" ("Baker & Lowe")
const EN_CAPS =
  /(?:\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of|for|and|&)(?:\s+the)?\s+|\s+the\s+|\s+))*\p{Lu}[\p{L}&'’.-]*/u;

// "according to estimates by research firm X", "according to data from X", "according to consultancy X":
// the name after a document and/or a descriptor of the source
const EN_ACCORDING_BY = new RegExp(
  `\\b[Aa]ccording to\\s+(?:(?:the|an?)\\s+)?(?:(?:(?:new|latest|preliminary|fresh)\\s+)?(?:${EN_SOURCE_DOCUMENTS.join('|')})\\s+(?:(?:released|published|issued|presented|compiled)\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+\\s+)?)?(?:by|from|of)\\s+(?:the\\s+)?(?:\\p{Ll}+['’]s\\s+)?(?:(?:[a-z-]+\\s+){0,2}(?:${EN_SOURCE_DESCRIPTORS.join('|')})\\s+)?|(?:[a-z-]+\\s+){0,2}(?:${EN_SOURCE_DESCRIPTORS.join('|')})\\s+)(${EN_CAPS.source})`,
  'u',
);
const EN_DOCUMENT_START = new RegExp(
  `^(?:${EN_SOURCE_DOCUMENTS.join('|')})\\s+(?:\\p{Ll}+ed|by|from)\\b`,
  'u',
);
// "…, cut his price target to $82": a forecast of the verb's own subject
const EN_FORECAST_CHANGE = new Set(EN_FORECAST_CHANGE_VERBS);
const EN_FORECAST_OBJECT = new RegExp(
  `^(?:his|her|its|their)\\s+(?:${EN_FORECAST_OBJECTS.join('|')})\\b`,
  'iu',
);
// "Analysts had expected": auxiliaries and adverbs between the subject and its verb
const EN_AUX_TAIL = new RegExp(`(?:\\s+(?:${EN_VERB_AUXILIARIES.join('|')}))+\\s*$`, 'iu');

/** The claimant of one English sentence: "according to X", "X said", "…, said X", or 'back' for "he said". */
export function englishClaimant(sentence: string): Resolved {
  const known = (name: string) => knownSource(name)?.name ?? name;
  const apposed = englishAccordingApposed(sentence);
  if (apposed) return known(apposed);
  const by = /[Aa]ccording to/u.test(sentence) ? EN_ACCORDING_BY.exec(sentence) : null;
  if (by) {
    const said = saidClaimant(sentence.slice(0, by.index));
    if (said && said !== 'back') return said;
    return known(by[1]!.trim().replace(/[.,;:]+$/u, ''));
  }
  // "according to the finance ministry", "according to Verivox"
  const acc =
    /\baccording to\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}][\p{L}&'’.-]*\s*){1,5}?)(?=[,.;:()]|\s+(?:on|in|at|which|that|who|data|figures|estimates)\b|$)/iu.exec(
      sentence,
    );
  // "…, the companies said, … according to LSEG data": the statement's own source comes first
  const said = acc ? saidClaimant(sentence.slice(0, acc.index)) : null;
  if (said && said !== 'back') return said;
  if (acc?.[1]) {
    const phrase = acc[1].trim().replace(/[.,;:]+$/u, '');
    // "according to data presented at …" names no one; "figures released by the ministry" names its owner
    if (!EN_DOCUMENT_START.test(phrase)) return known(phrase);
    const owner = /\b(?:by|from)\s+(?:the\s+)?(.+)$/u.exec(phrase);
    return owner ? known(owner[1]!) : null;
  }
  // "according to the Bureau of Alpine Weather and Avalanche Studies (BAWAS)": a name too long for the readers
  // above, by its short form
  const abbreviated = englishAccordingAbbreviation(sentence);
  if (abbreviated) return known(abbreviated);
  // "Figures from the Central Statistics Office (CSO) show that …": the owner of the data, by its short form
  const data = EN_DATA_FROM.exec(sentence);
  if (data) return known(data[2] ?? data[1]!);
  // "The report found that …": the document the sentences before named, and its author
  if (EN_DOCUMENT_FOUND.test(sentence)) return 'back';
  return saidClaimant(sentence);
}

// "The report found …", "The study shows …": a document named before, the subject of a finding verb
const EN_DOCUMENT_FOUND = new RegExp(
  `^(?:The|This|That|Its)\\s+(?:(?:new|latest|full|annual|final)\\s+)?(?:${EN_SOURCE_DOCUMENTS.join('|')}|audit|review|inquiry)\\s+(?:also\\s+)?(?:found|finds|shows|showed|says|said|concluded|concludes|estimates|estimated|noted|notes|suggests|suggested)\\b`,
  'u',
);
// "The head of X, Dr. Jane Doe, said": the name set off by commas right before the verb
const EN_APPOSED_NAME =
  /,\s*((?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s*$/u;
// "Port safety inspectors said": a plural common noun opening the sentence (after its dateline), after a
// few modifiers
const EN_PLURAL_SUBJECT =
  /^(?:\p{Lu}{2,}[\p{Lu} .,'’-]*\s[–—-]\s+)?((?:[\p{Lu}][\p{L}.]*\s+)?(?:[a-z-]+\s+){0,3}[a-z]{3,}[^s\s]s)$/u;

const EN_DATA_FROM =
  /\b(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers|[Ee]stimates)\s+(?:from|by|published by|released by|compiled by)\s+(?:the\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|for|and|on)\s+)?\p{Lu}[\p{L}&'’.-]*){0,6})(?:\s*\((\p{Lu}{2,8})\))?\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|reveal|reveals|revealed)\b/u;

// "the two banks said", "the ministry said": a definite common noun as the subject of a reporting verb
const EN_DEFINITE_SUBJECT = /\b[Tt]he\s+(?:two\s+|three\s+|both\s+)?((?:[a-z]{3,}\s+)?[a-z]{3,}?)\s*$/u;
const EN_NOT_SUBJECT = new Set(['same', 'report', 'statement', 'data', 'figures', 'deal', 'price', 'news']);

// The subject an English sentence opens with: a name ("Northwind Rail"), a group "calling itself "X"", or
// "The union"; null when none is plain.
function openingSubject(text: string): string | null {
  const called = /^[^,;]*?\b(?:calling itself|called|known as)\s+["“]([^"“”]{2,40})["”]/u.exec(text);
  if (called) return called[1]!;
  const caps = new RegExp(`^(${EN_CAPS.source})\\s`, 'u').exec(text);
  if (caps && !/^(?:The|A|An|But|And|In|On|At)$/u.test(caps[1]!))
    return knownSource(caps[1]!)?.name ?? caps[1]!;
  return /^The\s+([a-z]{3,})\s/u.exec(text)?.[1] ?? null;
}

// The subject of the first reporting verb of an English text, 'back' for a pronoun, or null.
function saidClaimant(sentence: string): Resolved {
  const known = (name: string) => knownSource(name)?.name ?? name;
  const words = sentence.split(/\s+/u);
  for (let v = 0; v < words.length; v++) {
    const verb = words[v]!.toLowerCase().replace(/[,.;:]+$/u, '');
    const changes =
      EN_FORECAST_CHANGE.has(verb) && EN_FORECAST_OBJECT.test(words.slice(v + 1, v + 4).join(' '));
    if (!EN_VERBS.has(verb) && !changes) continue;
    const before = words.slice(0, v).join(' ').replace(EN_AUX_TAIL, '');
    // "(Bundesnetzagentur) said": the name in brackets right before the verb
    const bracket = /\(([^()]{2,40})\)\s*$/u.exec(before);
    if (bracket) return known(bracket[1]!);
    const last = before.split(/\s+/u).pop()?.toLowerCase().replace(/[,]+$/u, '');
    if (last && EN_PRONOUNS.has(last)) return 'back';
    // "X cut 300 jobs in the spring and said …": a second verb shares the subject the sentence opens with
    if (last === 'and' || last === 'but') return openingSubject(before);
    const opener = englishAppositiveOpener(before);
    if (opener) return known(opener);
    const apposed = EN_APPOSED_NAME.exec(before);
    if (apposed) return known(apposed[1]!);
    const plural = EN_PLURAL_SUBJECT.exec(before);
    if (plural && !EN_PRONOUNS.has(plural[1]!.toLowerCase())) return plural[1]!;
    const subject = new RegExp(`(${EN_CAPS.source})\\s*$`, 'u').exec(before);
    if (subject && !/^(?:The|A|An|But|And|In|On|At)$/u.test(subject[1]!))
      return known(subject[1]!.replace(/^The\s+/u, ''));
    const definite = EN_DEFINITE_SUBJECT.exec(before);
    if (definite && !EN_NOT_SUBJECT.has(definite[1]!)) return definite[1]!;
    // "…, said Jane Doe, head of …"
    const after = new RegExp(`^(${EN_CAPS.source})`, 'u').exec(words.slice(v + 1).join(' '));
    if (after && /,["“”’']?\s*$/u.test(before)) return known(after[1]!.replace(/[,.]+$/u, ''));
  }
  return null;
}
