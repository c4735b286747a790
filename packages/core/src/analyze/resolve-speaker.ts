import { ASSOCIATION_HEADS } from '../lexicon/de/associations.js';
import { FIRST_NAMES } from '../lexicon/de/first-names.js';
import { COMPANY_WORDS, FUNCTION_WORDS } from '../lexicon/de/name-stopwords.js';
import {
  ASSUME_VERBS,
  AUXILIARIES,
  REPORTING_VERBS,
  SPEECH_ADVERBS,
  STATEMENT_NOUNS,
  STUDY_NOUNS,
} from '../lexicon/de/reporting-verbs.js';
import { NAME_TITLES } from '../lexicon/de/roles.js';
import { memoizeString } from '../text/memoize-word.js';
import { abbreviatedSubject } from './abbreviated-subject.js';
import {
  type IndexedPerson,
  lastPersonBefore,
  lookupName,
  type PersonIndex,
  type TextPos,
} from './build-person-index.js';
import {
  isBodyWord,
  isNameToken,
  isPersonNoun,
  isPlaceWord,
  isSourceWord,
  isSurnameAfter,
  matchRole,
  type Token,
  tokenize,
} from './find-names.js';
import { frontedSubject } from './fronted-subject.js';
import { loneSurnameAt } from './lone-surname-at.js';
import { possessiveAttribution } from './possessive-attribution.js';
import { studySpeakerAt } from './study-speaker.js';
import { titleStartBefore } from './title-in-clause.js';
import { toNominative } from './to-nominative.js';
import { trailingAppositionName } from './trailing-apposition-name.js';

/** Who a phrase names as speaker. */
export type SpeakerKind = 'person' | 'role' | 'body' | 'source' | 'org' | 'place' | 'pronoun' | 'document';

/** A speaker phrase as parsed from the text. */
export interface SpeakerPhrase {
  kind: SpeakerKind;
  /** the phrase without its article ("russische Botschaft", "Kim", "er") */
  text: string;
  /** the name part, for persons */
  name?: string;
  /** the role word, for roles without a name */
  role?: string;
  /** index of the token after the phrase */
  end: number;
  /** true when a definite article stands before it ("der Minister": someone already named) */
  definite?: boolean;
  /** true after "die" ("die 43-Jährige"): the gender an adjectival role word does not show itself */
  feminine?: boolean;
  /** true for a lone word that names a person only when the article named that person before */
  lookupOnly?: boolean;
}

const OPEN_MARKS = new Set(['„', '"', '»', '“', '‚']);
const CLOSE_MARKS = new Set(['“', '”', '"', '«', '‘', '’']);
const DETERMINERS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'einem',
  'eines',
  'einen',
]);
// possessives open a speaker phrase like an article: "Ihr Kollege X", "sein Anwalt"
const POSSESSIVES = new Set([
  'sein',
  'seine',
  'seiner',
  'seinem',
  'seinen',
  'ihr',
  'ihre',
  'ihrer',
  'ihrem',
  'ihren',
]);
// lower-case words inside an English or French institution name
const NAME_CONNECTORS = new Set(['for', 'of', 'on', 'and', 'de', 'du']);
const COMPLEMENT_PREPS = new Set(['des', 'der', 'aus', 'in', 'im', 'von', 'vom', 'am']);
// character codes for the cheap tests that run before the regexes (this is called for every token)
const LAST = (w: string) => w.charCodeAt(w.length - 1);
const E = 101;
const N = 110;
const R = 114;
const S = 115;
const M = 109;
// [a-zäöüß]: the first letter of an adjective
const isLowerStart = (c: number) =>
  (c >= 97 && c <= 122) || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf;
const isAdj = (t: Token | undefined) =>
  !!t &&
  t.word &&
  isLowerStart(t.text.charCodeAt(0)) &&
  // ends in -e, -en, -er, -es or -em
  (LAST(t.text) === E ||
    LAST(t.text) === N ||
    LAST(t.text) === R ||
    LAST(t.text) === S ||
    LAST(t.text) === M) &&
  /^[a-zäöüß][\p{L}-]*(?:e|en|er|es|em)$/u.test(t.text) &&
  !FUNCTION_WORDS.has(t.lower);
/** [A-ZÄÖÜ]: the first letter of an acronym, so that most tokens fail without the regex. */
const isAcronymStart = (c: number) => (c >= 65 && c <= 90) || c === 0xc4 || c === 0xd6 || c === 0xdc;
const isAcronym = (t: Token | undefined) =>
  !!t && isAcronymStart(t.text.charCodeAt(0)) && /^[A-ZÄÖÜ][A-ZÄÖÜ0-9]+$/u.test(t.text);
/** True when a word starts with a capital letter (`/^\p{Lu}/u`), ASCII answered without the regex. */
const startsUpper = (w: string) => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
};
const isCap = (t: Token | undefined) => !!t && t.word && startsUpper(t.text);

/** "Hamburger Hafenbehörde", "Kieler Institut": a capitalised -er adjective of a place before an institution or role. */
const isPlaceAdjective = (t: Token | undefined, next: Token | undefined) =>
  !!t &&
  !!next &&
  // ends in -er, -e, -en or -es
  (LAST(t.text) === R || LAST(t.text) === E || LAST(t.text) === N || LAST(t.text) === S) &&
  startsUpper(t.text) &&
  // "Kieler Institut", and capitalised adjectives of a name: "Norddeutsche Rundfunk", "Deutschen Bahn"
  /^\p{Lu}\p{Ll}+(?:er|e|en|es)$/u.test(t.text) &&
  !matchRole(t.text) &&
  (isBodyWord(next.text) || isSourceWord(next.text) || !!matchRole(next.text));

/** Extends a body or source phrase with a short complement: "aus dem südkoreanischen Präsidialamt", "in Seoul". */
function complementEnd(tokens: readonly Token[], i: number): number {
  const prep = tokens[i];
  // "Institut für Wirtschaftsforschung", "Ministerium für Umwelt und Verkehr": part of the name
  if (prep?.lower === 'für') {
    let k = i + 1;
    while (isAdj(tokens[k])) k++;
    if (!isCap(tokens[k]) || REPORTING_VERBS.has(tokens[k]?.lower ?? '')) return i;
    k++;
    // "für Schnee- und Lawinenforschung": a compound cut short before "und"
    if (tokens[k]?.text === '-' && tokens[k + 1]?.lower === 'und' && isCap(tokens[k + 2])) k += 3;
    while (tokens[k]?.lower === 'und' && isCap(tokens[k + 1])) k += 2;
    // "Institut für Lawinenforschung SLF": the abbreviation after the name belongs to it
    if (isAcronym(tokens[k]) && !REPORTING_VERBS.has(tokens[k]?.lower ?? '')) k++;
    return k;
  }
  if (!prep || !COMPLEMENT_PREPS.has(prep.lower)) return i;
  let k = i + 1;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  while (isAdj(tokens[k]) || isPlaceAdjective(tokens[k], tokens[k + 1])) k++;
  const head = tokens[k];
  if (!isCap(head)) return i;
  // only institutions and places make a useful complement ("in Frankreich", "des Geheimdienstes")
  if (!(isBodyWord(head?.text ?? '') || isPlaceWord(head?.text ?? '') || isAcronym(head))) return i;
  k++;
  while (isCap(tokens[k]) && !REPORTING_VERBS.has(tokens[k]?.lower ?? '')) k++;
  return k;
}

/** The tokens' words with spaces between, none before "," "." ")" and none after "(". */
function join(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const text = (tokens[i] as Token).text;
    // "Schnee- und …": a hyphen glued to its word stays glued
    const glued = text === '-' && tokens[i - 1]?.end === (tokens[i] as Token).start;
    if (out && text !== ',' && text !== '.' && text !== ')' && tokens[i - 1]?.text !== '(' && !glued)
      out += ' ';
    out += text;
  }
  return out;
}

/** End of a full name between commas (or before the sentence end) at `c` (", Jana Berg,"), else -1. */
function appositiveNameEnd(tokens: readonly Token[], c: number): number {
  if (tokens[c]?.text !== ',') return -1;
  let n = c + 1;
  while (n < tokens.length && n - c <= 4 && isNameToken((tokens[n] as Token).text)) n++;
  const after = tokens[n]?.text;
  return n - c >= 3 && (after === ',' || after === '.' || after === undefined) ? n : -1;
}

const ASSOCIATION_HEAD = new RegExp(`^(?:${ASSOCIATION_HEADS.join('|')})(?:es|s)?$`, 'u');

/** True for a name token at `n`, or the surname after a given name in the run that starts at `from`. */
const nameTokenAt = (tokens: readonly Token[], n: number, from: number) =>
  isNameToken((tokens[n] as Token).text) ||
  (n > from && isSurnameAfter((tokens[n - 1] as Token).text, (tokens[n] as Token).text));

/** Parses a speaker phrase starting at token `i` (article, adjectives, role/name/institution); null if none. */
export function parseSpeakerAt(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  let k = i;
  const first = tokens[k];
  if (!first) return null;
  if (first.lower === 'er' || first.lower === 'sie')
    return { kind: 'pronoun', text: first.lower, end: k + 1 };
  if (DETERMINERS.has(first.lower) || POSSESSIVES.has(first.lower)) k++;
  const start = k;
  // "laut dem „Handelsblatt“": a title in quotation marks (left unmasked) names a publication
  if (OPEN_MARKS.has(tokens[k]?.text ?? '')) {
    let c = k + 1;
    while (c < tokens.length && c - k <= 5 && !CLOSE_MARKS.has((tokens[c] as Token).text)) c++;
    if (c > k + 1 && CLOSE_MARKS.has(tokens[c]?.text ?? ''))
      return { kind: 'org', text: join(tokens, k + 1, c), end: c + 1 };
    return null;
  }
  // genitive owner: "Frankreichs Präsident", "Londons Polizei", "Macrons Büro"
  const gen = tokens[k];
  // ("der Kreis Kleve", "das Haus Bergmann": an institution noun ending in -s is no genitive)
  if (
    isCap(gen) &&
    /s$/.test(gen?.text ?? '') &&
    isCap(tokens[k + 1]) &&
    !matchRole(gen?.text ?? '') &&
    !isBodyWord(gen?.text ?? '') &&
    // "Jonas X", "Andreas X": a given name ending in -s opens a name, it owns nothing
    !FIRST_NAMES.has(gen?.lower ?? '') &&
    // (an owner owns a role or an institution, "Claus X" with a name after it is a name)
    !isNameToken(tokens[k + 1]?.text ?? '')
  )
    k++;
  while (isAdj(tokens[k]) || isPlaceAdjective(tokens[k], tokens[k + 1])) k++;
  const head = tokens[k];
  if (!head?.word) return null;
  if (matchRole(head.text)) {
    // "der Vorsitzende Richter X", "Vorstandschef Dr. X": a second role word or a title before the name
    let f = k + 1;
    if (matchRole(tokens[f]?.text ?? '') && isNameToken(tokens[f + 1]?.text ?? '')) f++;
    const roleEnd = f;
    while (NAME_TITLES.has(tokens[f]?.lower ?? '') && tokens[f + 1]?.text === '.') f += 2;
    let n = f;
    while (n < tokens.length && nameTokenAt(tokens, n, f)) n++;
    if (n > f)
      return {
        kind: 'person',
        text: join(tokens, start, n),
        name: join(tokens, f, n),
        role: join(tokens, k, roleEnd),
        end: n,
      };
    // "Chef des Geheimdienstes"
    const c = complementEnd(tokens, k + 1);
    // "die Rektorin der Universität, Jana X, …": a full name in apposition after the role is the person
    // (any genitive complement will do there: "die Direktorin des Museums, Jana X,")
    let g = c;
    if (g === k + 1 && (tokens[g]?.lower === 'des' || tokens[g]?.lower === 'der')) {
      g++;
      while (isAdj(tokens[g])) g++;
      const noun = g;
      while (isCap(tokens[g]) && g - noun < 3) g++;
      if (g === noun) g = c;
    }
    const named = appositiveNameEnd(tokens, g);
    if (named > 0)
      return {
        kind: 'person',
        text: join(tokens, start, named),
        name: join(tokens, g + 1, named),
        role: join(tokens, k, g),
        end: named,
      };
    const definite = ['der', 'die'].includes(first.lower);
    // "eine Sprecherin von Kettenwerk": "von" and the name of the firm the spokesperson speaks for
    if (g === c && c === k + 1 && tokens[c]?.lower === 'von' && matchRole(head.text)?.base === 'sprecher') {
      let e = c + 1;
      while (isCap(tokens[e]) && e - c <= 3 && !REPORTING_VERBS.has(tokens[e]?.lower ?? '')) e++;
      if (e > c + 1) return { kind: 'role', text: join(tokens, start, e), role: head.text, end: e, definite };
    }
    // "ein Sprecher der Liga": a spokesperson speaks for whatever the genitive names, listed body or not
    if (g > c && matchRole(head.text)?.base === 'sprecher')
      return { kind: 'role', text: join(tokens, start, g), role: head.text, end: g, definite };
    return {
      kind: 'role',
      text: join(tokens, start, c),
      role: head.text,
      end: c,
      definite,
      ...(first.lower === 'die' ? { feminine: true } : {}),
    };
  }
  if (isSourceWord(head.text)) {
    // "Anwohnerin Petra X": a noun naming one person before a name is that person's role
    let n = k + 1;
    while (n < tokens.length && isNameToken((tokens[n] as Token).text) && n - k <= 3) n++;
    if (n > k + 2 && isPersonNoun(head.text))
      return {
        kind: 'person',
        text: join(tokens, start, n),
        name: join(tokens, k + 1, n),
        role: head.text,
        end: n,
      };
    const c = complementEnd(tokens, k + 1);
    return { kind: 'source', text: join(tokens, start, c), end: c };
  }
  // (asked up to three times below: a source word has returned above)
  const body = isBodyWord(head.text);
  // "Das Sportportal „Sportal“", "die Zeitung „Kurier“": the title in quotation marks is the name
  if (body && OPEN_MARKS.has(tokens[k + 1]?.text ?? '')) {
    let c = k + 2;
    while (c < tokens.length && c - k <= 6 && !CLOSE_MARKS.has((tokens[c] as Token).text)) c++;
    if (c > k + 2 && CLOSE_MARKS.has(tokens[c]?.text ?? ''))
      return { kind: 'org', text: join(tokens, k + 2, c), end: c + 1 };
  }
  if (body) {
    let n = k + 1;
    // "Nachrichtenagentur Yonhap", "Militärgeheimdienst HUR"
    while (
      n < tokens.length &&
      (isAcronym(tokens[n]) || isNameToken((tokens[n] as Token).text)) &&
      n - k <= 3
    )
      n++;
    // an English name: "Denkfabrik Institute for Policy Studies (IPS)"
    if (n > k + 1) {
      while (NAME_CONNECTORS.has(tokens[n]?.lower ?? '') && n - k <= 8) {
        let e = n + 1;
        if (tokens[e]?.lower === 'the') e++;
        if (!isCap(tokens[e]) || REPORTING_VERBS.has(tokens[e]?.lower ?? '')) break;
        n = e;
        while (isCap(tokens[n]) && !REPORTING_VERBS.has(tokens[n]?.lower ?? '') && n - k <= 8) n++;
      }
    }
    // "Bund der Steuerzahler", "Verband der Chemischen Industrie": an association named after its members
    if (
      n === k + 1 &&
      tokens[n]?.lower === 'der' &&
      ASSOCIATION_HEAD.test(head.text) &&
      isCap(tokens[n + 1])
    ) {
      n++;
      while (isCap(tokens[n]) && !REPORTING_VERBS.has(tokens[n]?.lower ?? '') && n - k <= 6) n++;
    }
    // "Norddeutscher Rundfunk (NDR)": the abbreviation belongs to the name
    if (tokens[n]?.text === '(' && isAcronym(tokens[n + 1]) && tokens[n + 2]?.text === ')') n += 3;
    const c = complementEnd(tokens, n);
    return { kind: 'body', text: join(tokens, start, c), end: c };
  }
  if (isAcronym(head) && !FUNCTION_WORDS.has(head.lower)) {
    let n = k + 1;
    if (tokens[n]?.lower === 'und' && (isAcronym(tokens[n + 1]) || isPlaceWord(tokens[n + 1]?.text ?? '')))
      n += 2;
    return { kind: 'org', text: join(tokens, start, n), end: n };
  }
  if (isPlaceWord(head.text) && isCap(head)) {
    let n = k + 1;
    // "Irish Times", "Japan Times": a place followed by a capitalised word names an organisation
    if (isNameToken(tokens[n]?.text ?? '') || isAcronym(tokens[n])) {
      while (isCap(tokens[n]) && n - k < 4) n++;
      return { kind: 'org', text: join(tokens, start, n), end: n };
    }
    if (tokens[n]?.lower === 'und' && isPlaceWord(tokens[n + 1]?.text ?? '')) n += 2;
    return { kind: 'place', text: join(tokens, start, n), end: n };
  }
  if (isCap(head) && STATEMENT_NOUNS.has(head.lower))
    return { kind: 'document', text: head.text, end: k + 1 };
  // a bare name takes no article ("der Protest" is a noun)
  if (isNameToken(head.text) && k === start && start === i) {
    let n = k;
    while (n < tokens.length && nameTokenAt(tokens, n, k) && n - k < 4) n++;
    // "Radio Bremen", "Antenne Kassel": one capitalised word before a place names a broadcaster or firm
    if (n === k + 1 && isCap(tokens[n]) && isPlaceWord(tokens[n]?.text ?? '') && !/s$/.test(head.text))
      return { kind: 'org', text: join(tokens, start, n + 1), end: n + 1 };
    // "Macrons Büro": a name in the genitive before an institution
    if (/s$/.test(tokens[n - 1]?.text ?? '') && isBodyWord(tokens[n]?.text ?? ''))
      return { kind: 'body', text: join(tokens, start, n + 1), end: n + 1 };
    // "Jonas Müllers Anwalt": a full name in the genitive before a role word names whose that role is
    if (n > k + 1 && /s$/.test(tokens[n - 1]?.text ?? '') && matchRole(tokens[n]?.text ?? ''))
      return { kind: 'role', text: join(tokens, start, n + 1), role: tokens[n]?.text, end: n + 1 };
    // "Brenner Technik erklärte": a name before a company word is a company
    if (COMPANY_WORDS.has(tokens[n]?.lower ?? '')) {
      let e = n + 1;
      while (COMPANY_WORDS.has(tokens[e]?.lower ?? '')) e++;
      return { kind: 'org', text: join(tokens, start, e), end: e };
    }
    return { kind: 'person', text: join(tokens, k, n), name: join(tokens, k, n), end: n };
  }
  // "Macrons Büro" parsed as genitive + body
  if (k > start && body) return { kind: 'body', text: join(tokens, start, k + 1), end: k + 1 };
  return null;
}

/** How an attribution is built: subject before the verb, after it, or a fixed phrase. */
export type AttributionForm =
  | 'lead'
  | 'trail'
  | 'so'
  | 'laut'
  | 'wonach'
  | 'hearsay'
  | 'relative'
  | 'coordinated'
  | 'wie'
  /** English "X said (that) …", "X told Y that …": what was said follows the attribution directly */
  | 'that';

/** A reporting verb or attribution phrase in a sentence with the speaker it names. */
export interface Attribution {
  form: AttributionForm;
  /** token index of the verb or attribution word */
  at: number;
  /** character offset of the verb or attribution word in the paragraph */
  offset: number;
  speaker: SpeakerPhrase | null;
  /** token range [from, to) of the attribution itself (speaker, verb, "laut X"), which is not what was said */
  from: number;
  to: number;
}

// "hieß es von der Feuerwehr", "heißt es beim Verband"
const HEARSAY_PREPS = new Set(['von', 'vom', 'bei', 'beim', 'seitens']);
// "nach Informationen der Zeitung", "nach Angaben des Ministeriums"
const NACH_NOUNS = new Set([
  'informationen',
  'angaben',
  'recherchen',
  'darstellung',
  'einschätzung',
  'berechnungen',
  'schätzungen',
  'erkenntnissen',
  // "nach Worten der Ministerin", "nach den Worten von X"
  'worten',
]);
// "nach Angaben des/der/von/vom …" (looked up, not an array made for each test)
const GENITIVE_OPEN = new Set(['des', 'der', 'von', 'vom']);
// conjunctions opening a clause before its verb ("und sagte", "doch betonte")
const CLAUSE_CONJUNCTIONS = new Set(['und', 'doch', 'aber', 'sondern']);
// "bestätigt werden", "erklärt worden": the infinitive and participle of the passive auxiliary
const PASSIVE_INFINITIVES = new Set(['werden', 'worden']);
// "… und forderte": a verb coordinated with the one before
const COORDINATORS = new Set(['und', 'sowie', 'oder']);
const CLAUSE_BREAKS = new Set([',', ':', ';', '„', '“', '”', '"', '»', '«', '–', '—']);
const RELATIVES = new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches']);
// every word findAttributions looks at: the fixed phrases, "geht … davon aus" and the reporting verbs
const TRIGGERS: ReadonlySet<string> = new Set([
  'so',
  'nach',
  'laut',
  'zufolge',
  'wonach',
  'hieß',
  'heißt',
  ...ASSUME_VERBS,
  ...REPORTING_VERBS,
]);

/** Skips adverbs and "am Montag"-like time words after a verb. */
function skipAdverbs(tokens: readonly Token[], i: number): number {
  let k = i;
  for (;;) {
    const t = tokens[k];
    if (!t) return k;
    if (SPEECH_ADVERBS.has(t.lower) || t.lower === 'es') k++;
    else if (t.lower === 'am' && isCap(tokens[k + 1])) k += 2;
    else return k;
  }
}

/** Speaker phrases that can be quoted; a fronted object ("Der mögliche Kurswechsel") is not one. */
const isSpeakerLike = (s: SpeakerPhrase | null): s is SpeakerPhrase => !!s && s.kind !== 'document';

/** The speaker phrase a sentence opens with ("Die Grünen-Chefin X hielt dagegen: …"), if any. */
export function sentenceSubject(tokens: readonly Token[]): SpeakerPhrase | null {
  const s = parseSpeakerAt(tokens, skipAdverbs(tokens, 0));
  return isSpeakerLike(s) ? s : null;
}

const PUNCT_BREAKS = new Set([',', ':', ';', '–', '—']);

/** Index of the next clause punctuation at or after `i` (the sentence end if none). */
function clauseEndAt(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && !PUNCT_BREAKS.has((tokens[k] as Token).text)) k++;
  return k;
}

/** The token range an attribution covers: the clause of the verb and its speaker, or the "laut X" phrase. */
function regionOf(tokens: readonly Token[], form: AttributionForm, v: number, cs: number, end: number) {
  switch (form) {
    case 'laut':
      return { from: v, to: end };
    case 'wonach':
      return { from: v, to: v };
    case 'lead':
    case 'relative':
    case 'coordinated':
      // up to the comma or colon that opens what was said
      return { from: cs, to: clauseEndAt(tokens, v + 1) };
    default: {
      // trail, so, hearsay, wie: from the comma before to the comma after ("…, sagte er am Montag, …")
      const from = cs > 0 && PUNCT_BREAKS.has(tokens[cs - 1]?.text ?? '') ? cs - 1 : cs;
      return { from, to: clauseEndAt(tokens, Math.max(v + 1, end)) };
    }
  }
}

/** An attribution with its region, fields written out (an object spread was slow in this hot loop). */
const attribution = (
  form: AttributionForm,
  at: number,
  offset: number,
  speaker: SpeakerPhrase | null,
  region: { from: number; to: number },
): Attribution => ({ form, at, offset, speaker, from: region.from, to: region.to });

/** Finds every attribution in one sentence (tokens of the masked sentence). */
export function findAttributions(tokens: readonly Token[]): Attribution[] {
  const out: Attribution[] = [];
  const sentenceSubject = (): SpeakerPhrase | null => {
    const s = parseSpeakerAt(tokens, skipAdverbs(tokens, 0));
    return isSpeakerLike(s) ? s : null;
  };
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v] as Token;
    // most words open no attribution: one lookup instead of the tests below
    if (!TRIGGERS.has(t.lower)) continue;
    const prev = tokens[v - 1];
    if (t.lower === 'so' && prev?.text === ',') {
      const at = skipAdverbs(tokens, v + 1);
      const s = parseSpeakerAt(tokens, at) ?? loneSurnameAt(tokens, at) ?? trailingAppositionName(tokens, at);
      if (s && s.kind !== 'pronoun')
        out.push(attribution('so', v, t.start, s, regionOf(tokens, 'so', v, v, s.end)));
      continue;
    }
    // "nach seinen Worten", "ihrer Ansicht nach", "ihm zufolge": a pronoun speaker, like "laut"
    if (t.lower === 'nach' || t.lower === 'zufolge') {
      const own = possessiveAttribution(tokens, v);
      if (own) {
        out.push({ form: 'laut', at: v, offset: t.start, speaker: own.speaker, from: own.from, to: own.to });
        continue;
      }
    }
    // "Nach Informationen der „Zeitung“ soll …", "nach Angaben des Verbands": like "laut"
    // ("nach den Worten der Ministerin": the plural article before the noun)
    const n = t.lower === 'nach' && tokens[v + 1]?.lower === 'den' ? v + 2 : v + 1;
    const nach =
      t.lower === 'nach' &&
      NACH_NOUNS.has(tokens[n]?.lower ?? '') &&
      GENITIVE_OPEN.has(tokens[n + 1]?.lower ?? '');
    if (t.lower === 'laut' || nach) {
      let k = nach ? n + 1 : v + 1;
      if (tokens[k]?.lower === 'angaben' && GENITIVE_OPEN.has(tokens[k + 1]?.lower ?? '')) k += 2;
      const parsed = parseSpeakerAt(tokens, k);
      // "laut der Studie", "laut einer Umfrage des Instituts X": the study or its author
      const s = isSpeakerLike(parsed) ? parsed : studySpeakerAt(tokens, k);
      if (isSpeakerLike(s) && s.kind !== 'pronoun')
        out.push(attribution('laut', v, t.start, s, regionOf(tokens, 'laut', v, v, s.end)));
      continue;
    }
    if (t.lower === 'zufolge') {
      // "X zufolge": the phrase stands before
      for (let k = Math.max(0, v - 6); k < v; k++) {
        const s = parseSpeakerAt(tokens, k);
        if (isSpeakerLike(s) && s.end === v) {
          const from = DETERMINERS.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
          out.push({ form: 'laut', at: v, offset: t.start, speaker: s, from, to: v + 1 });
          break;
        }
      }
      continue;
    }
    if (t.lower === 'wonach') {
      // the speaker of the main clause: its attribution, else the first full name or institution
      let speaker: SpeakerPhrase | null = out[out.length - 1]?.speaker ?? null;
      for (let k = 0; k < v && !speaker; k++) {
        const s = parseSpeakerAt(tokens, k);
        if (s && ((s.kind === 'person' && s.text.includes(' ')) || s.kind === 'body' || s.kind === 'org'))
          speaker = s;
      }
      out.push(
        attribution('wonach', v, t.start, speaker ?? sentenceSubject(), regionOf(tokens, 'wonach', v, v, v)),
      );
      continue;
    }
    if (t.lower === 'hieß' || t.lower === 'heißt') {
      if (tokens[v + 1]?.lower !== 'es') continue;
      let speaker: SpeakerPhrase | null = null;
      for (let k = v + 2; k < tokens.length && !speaker; k++) {
        const w = tokens[k] as Token;
        if (!w.word) break;
        // "heißt es in der Studie (des Instituts)": the author after the study, else the study itself
        if (STUDY_NOUNS.has(w.lower)) {
          const s = COMPLEMENT_PREPS.has(tokens[k + 1]?.lower ?? '') ? parseSpeakerAt(tokens, k + 1) : null;
          speaker = isSpeakerLike(s) ? s : { kind: 'body', text: w.text, end: k + 1 };
          break;
        }
        const isDoc = STATEMENT_NOUNS.has(w.lower);
        // "hieß es von der Feuerwehr", "hieß es beim Verband": the body that spoke
        const fromBody = HEARSAY_PREPS.has(w.lower);
        if (isDoc || w.lower === 'aus' || fromBody) {
          let n = isDoc ? k + 1 : k;
          // "Mitteilung aus dem Präsidialbüro", "Bericht in der Times", "Erklärung des Ministeriums"
          if (COMPLEMENT_PREPS.has(tokens[n]?.lower ?? '') || tokens[n]?.lower === 'aus' || fromBody) n++;
          const s = parseSpeakerAt(tokens, n);
          if (isSpeakerLike(s)) speaker = s;
          else {
            while (DETERMINERS.has(tokens[n]?.lower ?? '') || isAdj(tokens[n])) n++;
            if (!isCap(tokens[n])) continue;
            let e = n;
            while (isCap(tokens[e])) e++;
            speaker = { kind: 'org', text: join(tokens, n, e), end: e };
          }
        }
      }
      let cs = v;
      while (cs > 0 && !CLAUSE_BREAKS.has((tokens[cs - 1] as Token).text)) cs--;
      out.push(
        attribution(
          'hearsay',
          v,
          t.start,
          speaker,
          regionOf(tokens, 'hearsay', v, cs, speaker?.end ?? v + 2),
        ),
      );
      continue;
    }
    const assume =
      ASSUME_VERBS.has(t.lower) && tokens[v + 1]?.lower === 'davon' && tokens[v + 2]?.lower === 'aus';
    if (!REPORTING_VERBS.has(t.lower) && !assume) continue;
    // a verb in lower case only (a capitalised "Sagen" is a noun)
    if (v > 0 && startsUpper(t.text)) continue;
    // "… müsse in Studien bestätigt werden": a passive infinitive names no speaker and attributes nothing
    if (PASSIVE_INFINITIVES.has(tokens[v + 1]?.lower ?? '')) continue;
    let cs = v;
    while (cs > 0 && !CLAUSE_BREAKS.has((tokens[cs - 1] as Token).text)) cs--;
    // "Wie die „Rundschau“ berichtete, …": the marks of a title left readable do not end the clause
    for (let t = titleStartBefore(tokens, cs); t >= 0; t = titleStartBefore(tokens, cs)) {
      cs = t;
      while (cs > 0 && !CLAUSE_BREAKS.has((tokens[cs - 1] as Token).text)) cs--;
    }
    let ps = cs;
    let coordinated = false;
    while (
      ps < v &&
      (SPEECH_ADVERBS.has((tokens[ps] as Token).lower) ||
        CLAUSE_CONJUNCTIONS.has((tokens[ps] as Token).lower))
    ) {
      if ((tokens[ps] as Token).lower !== 'auch' && !SPEECH_ADVERBS.has((tokens[ps] as Token).lower))
        coordinated = true;
      ps++;
    }
    let speaker: SpeakerPhrase | null = null;
    let form: AttributionForm = 'lead';
    if (ps < v && tokens[ps]?.lower === 'wie') {
      // "Wie die Polizei mitteilte, …" / "…, wie der Sender berichtet": an attribution of the main clause
      form = 'wie';
      const s = parseSpeakerAt(tokens, skipAdverbs(tokens, ps + 1));
      if (isSpeakerLike(s) && s.kind !== 'pronoun' && s.end <= v) speaker = s;
    } else if (ps < v && COORDINATORS.has(prev?.lower ?? '')) {
      // "… sprach X mit Y und forderte …": the subject of the verb before
      form = 'coordinated';
      speaker = out[out.length - 1]?.speaker ?? sentenceSubject();
    } else if (ps < v) {
      const first = tokens[ps] as Token;
      const next = tokens[ps + 1];
      if (RELATIVES.has(first.lower) && cs > 0 && tokens[cs - 1]?.text === ',' && next && !isCap(next)) {
        // "…, der davon ausgeht, dass": the name before the comma
        form = 'relative';
        for (let k = Math.max(0, cs - 8); k < cs - 1 && !speaker; k++) {
          const s = parseSpeakerAt(tokens, k);
          if (isSpeakerLike(s) && s.end === cs - 1) speaker = s;
        }
      } else {
        const s = parseSpeakerAt(tokens, ps);
        if (isSpeakerLike(s)) speaker = s;
        else if (abbreviatedSubject(tokens, ps, v)) {
          // "Die Sächsische Wanderbühne (SWB) erklärte, …": a name marked by its abbreviation
          speaker = abbreviatedSubject(tokens, ps, v);
        } else if (frontedSubject(tokens, ps, v)) {
          // "Die Grünen warfen der Verwaltung vor": the phrase after the verb is the dative object
          speaker = frontedSubject(tokens, ps, v);
        } else {
          // fronted object or time phrase: the subject follows the verb ("sagte ein Insider …")
          const after = parseSpeakerAt(tokens, skipAdverbs(tokens, v + 1));
          if (isSpeakerLike(after) && after.kind !== 'place') {
            speaker = after;
            form = 'trail';
          }
        }
      }
    } else if (coordinated) {
      form = 'coordinated';
      const last = out[out.length - 1];
      speaker = last?.speaker ?? sentenceSubject();
    } else {
      const after = parseSpeakerAt(tokens, skipAdverbs(tokens, v + 1));
      if (isSpeakerLike(after) && (cs > 0 || after.kind === 'pronoun')) {
        // "sagten sie": a plural pronoun names no one in particular
        speaker = after.kind === 'pronoun' && after.text === 'sie' && /en$/.test(t.lower) ? null : after;
        form = 'trail';
      } else {
        // "Anna Weber, die …, bezeichnete …": the sentence subject
        speaker = sentenceSubject();
      }
    }
    // "haben bestritten": skip an auxiliary
    if (!speaker && form !== 'wie' && AUXILIARIES.has(tokens[v - 1]?.lower ?? ''))
      speaker = sentenceSubject();
    const end = form === 'trail' && speaker ? speaker.end : v + 1;
    out.push(attribution(form, v, t.start, speaker, regionOf(tokens, form, v, cs, end)));
  }
  return out;
}

// the role word of a person's role ("us-außenminister" in "US-Außenminister"), lower-cased: asked for every
// mention at each role phrase, for the few roles an article has
const roleWordOf = memoizeString(
  (role: string) =>
    role
      .toLowerCase()
      .split(/\s+/)
      .find((w) => matchRole(w) || w.includes('-')) ?? null,
  5_000,
);

// institution phrases repeat across articles ("die Polizei", "das Ministerium"): each is put in the
// nominative once (bounded, like memoizeWord)
const nominativeOf = memoizeString(toNominative, 20_000);

/** Turns a speaker phrase into the name the corpus shows: full person names, pronouns and short names resolved. */
export function resolveSpeaker(
  phrase: SpeakerPhrase | null,
  index: PersonIndex,
  pos: TextPos,
  lastSpeaker: string | null,
): { speaker: string | null; role: string | null; person: IndexedPerson | null } {
  if (!phrase) return { speaker: null, role: null, person: null };
  if (phrase.kind === 'pronoun') {
    const english = phrase.text === 'he' || phrase.text === 'she';
    let p = lastPersonBefore(index, pos, phrase.text === 'sie' || phrase.text === 'she');
    // English names carry no gender the text shows: "she" after "X, head of …" is the person named last
    if (!p && english) p = lastPersonBefore(index, pos, !(phrase.text === 'she'));
    return { speaker: p?.name ?? null, role: p?.role ?? null, person: p };
  }
  if (phrase.kind === 'document') return { speaker: lastSpeaker, role: null, person: null };
  if (phrase.kind === 'person' && phrase.name) {
    let p = lookupName(index, phrase.name, pos);
    // "Insolvenzverwalter Christoph X": a descriptive noun the lexicon does not know before the name
    const words = phrase.name.split(' ');
    for (let w = 1; !p && w < words.length - 1; w++) p = lookupName(index, words.slice(w).join(' '), pos);
    if (p) return { speaker: p.name, role: p.role, person: p };
    if (phrase.lookupOnly) return { speaker: null, role: null, person: null };
    return { speaker: phrase.name, role: phrase.role ?? null, person: null };
  }
  if (phrase.kind === 'role' && phrase.role) {
    // "der Außenminister" → the person last named with that role ("US-Außenminister X")
    const role = phrase.role.toLowerCase();
    const stem = role.replace(/(?:en|n|s)$/, '');
    // (a phrase of several words matches no mention: the scan of every mention is skipped)
    for (let i = phrase.text.includes(' ') ? -1 : index.mentions.length - 1; i >= 0; i--) {
      const m = index.mentions[i];
      const r = m?.person.role ? roleWordOf(m.person.role) : null;
      if (m && r && (r === role || r.endsWith(`-${role}`) || r.endsWith(stem))) {
        if (r.endsWith(role) || r.endsWith(stem))
          return { speaker: m.person.name, role: m.person.role, person: m.person };
      }
    }
    // "sagte der SPD-Politiker": a definite role refers back to the person named last in the paragraph;
    // a plural ("die Experten") or a role with a complement ("der Sprecher des Amtes") names someone else
    const single = !matchRole(phrase.role)?.plural && !phrase.text.includes(' ');
    if (phrase.definite && single) {
      const rm = matchRole(phrase.role);
      // "die 43-Jährige", "die Vorsitzende": an adjectival role word in -e shows no gender, its article does
      const adjectival = !!rm && rm.base.endsWith('e') && phrase.role.endsWith('e');
      const female = !!rm?.female || (adjectival && !!phrase.feminine);
      const last = [...index.mentions]
        .reverse()
        .find((m) => m.paragraph === pos.paragraph && m.start < pos.offset);
      if (last && last.person.female === female)
        return { speaker: last.person.name, role: last.person.role, person: last.person };
    }
    return { speaker: phrase.text, role: phrase.text, person: null };
  }
  // "aus dem örtlichen Landratsamt" → "örtliches Landratsamt": institutions in the nominative
  return { speaker: nominativeOf(phrase.text), role: null, person: null };
}

/** Tokens of a masked sentence, with offsets relative to the paragraph. */
export function sentenceTokens(masked: string, start: number, end: number): Token[] {
  return tokenize(masked.slice(start, end), start);
}
