import { MONTHS, WEEKDAYS } from '../lexicon/de/calendar.js';
import { FEMALE_FIRST_NAMES } from '../lexicon/de/female-first-names.js';
import { FIRST_NAMES } from '../lexicon/de/first-names.js';
import {
  COMPANY_WORDS,
  DEMONYM_ENDINGS,
  FUNCTION_WORDS,
  NOUN_ENDINGS,
  PLACE_WORDS,
} from '../lexicon/de/name-stopwords.js';
import { REPORTING_VERBS, SPEECH_ADVERBS, STATEMENT_NOUNS } from '../lexicon/de/reporting-verbs.js';
import {
  BODY_ENDINGS,
  BODY_WORDS,
  NAME_TITLES,
  ROLE_BASES,
  ROLE_PREFIX_WORDS,
  SOURCE_NOUNS,
} from '../lexicon/de/roles.js';
import { EN_MONTHS, EN_WEEKDAYS } from '../lexicon/en/calendar.js';
import { EN_COMPANY_ENDINGS, EN_COMPANY_WORDS, EN_ORG_OPENERS } from '../lexicon/en/company-words.js';
import { EN_SPEECH_VERBS } from '../lexicon/en/reporting-verbs.js';
import { EN_BODY_WORDS, EN_ROLE_WORDS, EN_SOURCE_WORDS } from '../lexicon/en/roles.js';
import { EN_STOPWORDS } from '../lexicon/en/stopwords.js';
import { ASCII_CLASS, charClass, LETTER_OR_DIGIT, SPACE } from '../text/is-letter-or-digit.js';
import { memoizeString, memoizeWord } from '../text/memoize-word.js';
import { englishAppointedRole } from './english-appointed-role.js';
import { englishRelativeRole } from './english-relative-role.js';
import { relativeClauseRole } from './relative-clause-role.js';

/** A word or punctuation mark with its place in the text it was cut from. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

// the class (LETTER_OR_DIGIT, SPACE, OTHER) of each UTF-16 code unit, filled on first sight: 0 for a unit
// not seen yet, and always for a surrogate, whose class depends on its pair. One array read per character
// in the tokenizer's loops instead of a call.
const UNIT_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) UNIT_CLASS[c] = ASCII_CLASS[c] as number;

/** The class of a code unit, remembered; 0 for a surrogate. */
function unitClass(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return 0;
  const cls = charClass(unit);
  UNIT_CLASS[unit] = cls;
  return cls;
}

/** Cuts text into words (hyphenated compounds stay whole) and single punctuation marks. */
export function tokenize(text: string, offset = 0): Token[] {
  // the tokens of /([\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*)|[^\s\p{L}\p{N}]/gu, cut in code: the regex with a
  // match object per token was the extraction's hottest function (benchmark profile)
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls = UNIT_CLASS[c] as number;
    let width = 1;
    if (cls === 0) cls = unitClass(c);
    if (cls === 0) {
      // a surrogate: a pair is one code point, a lone one stands for itself
      const cp = text.codePointAt(i) as number;
      if (cp >= 0x10000) width = 2;
      cls = charClass(cp);
    }
    if (cls === SPACE) {
      i += width;
      continue;
    }
    if (cls !== LETTER_OR_DIGIT) {
      const mark = text.slice(i, i + width);
      // ASCII punctuation has no case; a symbol like "Ⓐ" has
      const lower = c < 0x80 ? mark : mark.toLowerCase();
      out.push({ text: mark, lower, start: i + offset, end: i + width + offset, word: false });
      i += width;
      continue;
    }
    // a word without upper-case ASCII or any non-ASCII letter is its own lower case
    let cased = c >= 0x80 || (c >= 0x41 && c <= 0x5a);
    let j = i + width;
    for (;;) {
      // the run of letters and digits
      while (j < n) {
        const d = text.charCodeAt(j);
        let k = UNIT_CLASS[d] as number;
        if (k === 0) k = unitClass(d);
        if (k === 0) {
          const dp = text.codePointAt(j) as number;
          if (charClass(dp) !== LETTER_OR_DIGIT) break;
          cased = true;
          j += dp >= 0x10000 ? 2 : 1;
          continue;
        }
        if (k !== LETTER_OR_DIGIT) break;
        if (d >= 0x41 && (d <= 0x5a || d >= 0x80)) cased = true;
        j++;
      }
      // a joiner continues the word only before another letter or digit
      if (j >= n - 1) break;
      const d = text.charCodeAt(j);
      if (d !== 0x2d && d !== 0x27 && d !== 0x2019 && d !== 0x2e) break;
      const e = text.charCodeAt(j + 1);
      let k = UNIT_CLASS[e] as number;
      if (k === 0) k = unitClass(e);
      if (k === 0) k = charClass(text.codePointAt(j + 1) as number);
      if (k !== LETTER_OR_DIGIT) break;
      j++;
    }
    const word = text.slice(i, j);
    out.push({
      text: word,
      lower: cased ? word.toLowerCase() : word,
      start: i + offset,
      end: j + offset,
      word: true,
    });
    i = j;
  }
  return out;
}

/** A role word as recognised: its base form and whether the form is feminine or plural. */
export interface RoleMatch {
  base: string;
  female: boolean;
  plural: boolean;
}

const ROLES_BY_LENGTH = [...ROLE_BASES].sort((a, b) => b.length - a.length);

// Asked for every capitalised word, mostly the same few thousand, each a scan of all roles: remember the
// answers (bounded; the results are shared, callers only read them). Found by the benchmark's profile.
const cachedRole = memoizeString(findRole);

/** Recognises a title or role word ("Außenministerin", "Kreml-Sprecher", "Präsidenten"). */
export function matchRole(word: string): RoleMatch | null {
  // a role word starts with an upper-case letter or a digit ("47-Jährige"): most tokens fail on an ASCII
  // character, without a lookup in the memo
  const first = word.charCodeAt(0);
  if (first < 0x80 && (first < 0x41 || first > 0x5a) && (first < 0x30 || first > 0x39)) return null;
  return cachedRole(word);
}

function findRole(word: string): RoleMatch | null {
  // "Außenminister", "US-Präsident", "47-Jährige"
  if (!/^\p{Lu}/u.test(word) && !/^[A-Z]{2,}-/.test(word) && !/^\d+-\p{Lu}/u.test(word)) return null;
  const w = word.toLowerCase();
  const last = w.split('-').pop() ?? w;
  for (const base of ROLES_BY_LENGTH) {
    const at = last.lastIndexOf(base);
    if (at < 0) continue;
    const rest = last.slice(at + base.length);
    const female = base.endsWith('in') && !base.endsWith('ein');
    if (['', 's', 'es'].includes(rest)) return { base, female, plural: false };
    if (['n', 'en'].includes(rest)) return { base, female, plural: !/(?:ent|ist|at|om|ge|te)$/.test(base) };
    if (rest === 'in') return { base, female: true, plural: false };
    if (rest === 'innen') return { base, female: true, plural: true };
    if (base.endsWith('e') && rest === 'r') return { base, female: false, plural: false };
  }
  // "Meteorologin", "Expertinnen": the feminine of a base ending in -e
  for (const base of ROLES_BY_LENGTH) {
    if (!base.endsWith('e')) continue;
    const fem = `${base.slice(0, -1)}in`;
    if (last.endsWith(fem)) return { base, female: true, plural: false };
    if (last.endsWith(`${fem}nen`)) return { base, female: true, plural: true };
  }
  return null;
}

/** The base form of a role word as it stands in the text ("Präsidenten" → "Präsident", "Chefs" → "Chef"). */
export function roleBaseForm(word: string): string {
  const m = matchRole(word);
  if (!m || m.plural) return word;
  const lower = word.toLowerCase();
  if (!lower.includes(m.base)) return word;
  const cut = lower.lastIndexOf(m.base) + m.base.length;
  const rest = lower.slice(cut);
  if (rest === 'in') return word;
  return word.slice(0, word.length - rest.length);
}

const endsWithAny = (w: string, ends: readonly string[]) => ends.some((e) => w.endsWith(e));

/** True for a capitalised noun naming an institution ("Botschaft", "Außenministerium"). */
export function isBodyWord(word: string): boolean {
  // only a capitalised word names an institution (see findBodyWord): skip the memo for the rest
  const first = word.charCodeAt(0);
  if (first < 0x80 && (first < 0x41 || first > 0x5a)) return false;
  return bodyWordMemo(word);
}

const bodyWordMemo = memoizeWord(findBodyWord);

function findBodyWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  if (BODY_WORDS.has(word)) return true;
  const last = word.toLowerCase().split('-').pop() ?? '';
  const stem = last.replace(/(?:s|es)$/, '');
  return endsWithAny(last, BODY_ENDINGS) || endsWithAny(stem, BODY_ENDINGS);
}

/** True for a noun naming an unnamed source ("Gewährsperson", "Experten", "Anwohnerin", "Augenzeugin"). */
export function isSourceWord(word: string): boolean {
  return sourceWordMemo(word);
}

const sourceWordMemo = memoizeWord((word) => SOURCE_WORD.test(word.toLowerCase()));

// one pattern for all source nouns and their feminine forms ("Anwohnerin", "Passantinnen", "Augenzeugin"):
// asked for every capitalised word, so no loop over the list
const SOURCE_WORD = new RegExp(
  `(?:${SOURCE_NOUNS.flatMap((s) => [s, `${s}in`, `${s}innen`, ...(s.endsWith('e') ? [`${s.slice(0, -1)}in`, `${s.slice(0, -1)}innen`] : [])]).join('|')})$`,
  'u',
);

/**
 * True for a source noun naming one person that can stand before a name like a role
 * ("Anwohnerin Petra X", "Augenzeuge Jonas X"); plurals ("Experten", "Anwohner" as a group) name no one.
 */
export function isPersonNoun(word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || !isSourceWord(word)) return false;
  const w = word.toLowerCase();
  return !/(?:innen|en|leute|kreise|fans)$/.test(w);
}

/** True for a place, and for a place in the genitive ("Frankreichs"). */
export function isPlaceWord(word: string): boolean {
  return placeWordMemo(word);
}

// asked for many tokens by the quote and name finders: one lookup instead of lower-casing and slicing
const placeWordMemo = memoizeWord((word) => {
  const w = word.toLowerCase();
  return PLACE_WORDS.has(w) || (w.endsWith('s') && PLACE_WORDS.has(w.slice(0, -1)));
});

// "O'Neill", "D'Angelo": a capital and an apostrophe may open a surname
const NAME_SHAPE = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{L}\p{Ll}*)*$/u;
const PARTICLES = new Set([
  'von',
  'van',
  'de',
  'da',
  'di',
  'du',
  'al',
  'el',
  'bin',
  'ibn',
  'le',
  'la',
  'ten',
  'ter',
  // Irish surnames: "Ó Briain", "Ní Chonaill", "Nic Giolla", "Uí Néill"
  'ó',
  'ní',
  'nic',
  'uí',
]);

/** True when a word can be part of a person's name: capitalised and not a known noun, place or function word. */
export function isNameToken(word: string, lang = 'de'): boolean {
  // NAME_SHAPE wants an upper-case letter and then a lower-case one: most tokens fail on an ASCII character,
  // without a lookup in the memo
  const first = word.charCodeAt(0);
  if (first < 0x80 && (first < 0x41 || first > 0x5a)) return false;
  const second = word.charCodeAt(1);
  if (second < 0x80 && (second < 0x61 || second > 0x7a) && second !== 0x27) return false;
  return lang === 'en' ? enNameTokenMemo(word) : nameTokenMemo(word);
}

// asked for every token: the shape test is remembered with the rest of the answer
const nameTokenMemo = memoizeWord((word) => NAME_SHAPE.test(word) && isNameWord(word));
const enNameTokenMemo = memoizeWord(
  (word) => NAME_SHAPE.test(word) && isEnglishNameWord(word) && isNameWord(word),
);

/** The language-independent part of isNameToken, for a word of name shape. */
function isNameWord(word: string): boolean {
  const w = word.toLowerCase();
  // "Jan" is a first name far more often than the abbreviation of a month (written "Jan.")
  const month = w in MONTHS && (w.length > 3 || w === 'mai');
  if (FUNCTION_WORDS.has(w) || isPlaceWord(word) || month || w in WEEKDAYS) return false;
  if (matchRole(word) || isBodyWord(word) || isSourceWord(word)) return false;
  if (NOUN_ENDINGS.some((e) => w === e || (w.length >= 6 && w.length - e.length >= 3 && w.endsWith(e))))
    return false;
  if (STATEMENT_NOUNS.has(w)) return false;
  if (DEMONYM_ENDINGS.some((e) => w.endsWith(e) && w.length - e.length >= 3)) return false;
  return true;
}

/**
 * True when `word` is the surname after the known given name `given` ("Jonas Westfäler", "Anna Krieg"):
 * a capitalised word that only its ending made look like a noun or a demonym.
 */
export function isSurnameAfter(given: string, word: string, lang = 'de'): boolean {
  if (!FIRST_NAMES.has(given.toLowerCase()) || !NAME_SHAPE.test(word)) return false;
  const w = word.toLowerCase();
  if (FUNCTION_WORDS.has(w) || isPlaceWord(word) || w in MONTHS || w in WEEKDAYS) return false;
  // "Jonas Niehaus", "Anna Backhaus": surnames in "-haus" look like a building ("Rathaus") only by their end
  const house = w.length > 5 && w.endsWith('haus') && !BODY_WORDS.has(word);
  if (matchRole(word) || (isBodyWord(word) && !house) || isSourceWord(word) || STATEMENT_NOUNS.has(w))
    return false;
  return lang !== 'en' || isEnglishNameWord(word);
}

/** True for a word cut before a hyphen and "und/oder" ("Kranken- und Pflegekassen"): half a compound. */
export function isCompoundStub(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dash = tokens[i + 1];
  return (
    !!t &&
    dash?.text === '-' &&
    dash.start === t.end &&
    /^(?:und|oder|bzw|sowie|and|or|,)$/.test(tokens[i + 2]?.lower ?? '')
  );
}

/** True unless an English word is a function word, role, institution noun, month or weekday. */
function isEnglishNameWord(word: string): boolean {
  const w = word.toLowerCase();
  return !(
    EN_STOPWORDS.has(w) ||
    EN_ROLE_WORDS.has(w) ||
    EN_BODY_WORDS.has(w) ||
    EN_SOURCE_WORDS.has(w) ||
    w in EN_MONTHS ||
    w in EN_WEEKDAYS ||
    /^(?:the|its|his|her|their|our|a|an|mr|mrs|ms)$/.test(w) ||
    // "Ohio-based X", "state-owned Y": a place or owner before a firm's name, never part of a person's
    /-(?:based|headquartered|owned|backed|listed|funded|run)$/.test(w)
  );
}

/** The role a word names in the article's language: German role words, or English titles in any case. */
export function roleOf(word: string, lang = 'de'): RoleMatch | null {
  const de = matchRole(word);
  if (de || lang !== 'en') return de;
  const w = word.toLowerCase();
  const last = w.split('-').pop() ?? w;
  if (EN_ROLE_WORDS.has(w) || EN_ROLE_WORDS.has(last))
    return { base: last, female: /(?:woman|wife|queen|mother)$/.test(last), plural: false };
  return null;
}

/** Reduces a name to a spelling-independent key (transliteration variants, hyphens, accents). */
export function nameKey(name: string): string {
  let key = nameKeyMemo.get(name);
  if (key === undefined) {
    if (nameKeyMemo.size >= 50_000) nameKeyMemo.clear();
    key = toNameKey(name);
    nameKeyMemo.set(name, key);
  }
  return key;
}

// asked again for every alias of every person at each lookup: remember the keys (bounded)
const nameKeyMemo = new Map<string, string>();

function toNameKey(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      // "Müller" / "Mueller" / "Muller": umlauts written out in English text
      .replace(/([aou])e/g, '$1')
      .replace(/[-‐–\s]+/g, ' ')
      .replace(/tsch/g, 'ch')
      .replace(/sch/g, 'sh')
      .replace(/w/g, 'v')
      // "Kreutzberger" / "Kreuzberger": tz and z sound the same and are misspelt for each other
      .replace(/tz/g, 'z')
      .replace(/z/g, 's')
      .replace(/[jy]/g, 'i')
      .replace(/ie\b/g, 'i')
      .replace(/(\p{L})\1+/gu, '$1')
      .trim()
  );
}

/** One person named in a sentence. */
export interface NameHit {
  /** the name as written (particles kept) */
  name: string;
  start: number;
  end: number;
  /** the role the text gives next to the name */
  role: string | null;
  female: boolean;
  /** true when the context shows it is a person (role, apposition, reporting verb) */
  strong: boolean;
}

// [a-zäöüß] and e/n/r/s/m: the first and last letters the adjective pattern wants, tested before the lookups
const ADJECTIVE_START = (c: number) =>
  (c >= 97 && c <= 122) || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf;
const ADJECTIVE_END = (c: number) => c === 101 || c === 110 || c === 114 || c === 115 || c === 109;

const isAdjective = (t: Token | undefined) =>
  !!t &&
  t.word &&
  ((ADJECTIVE_START(t.text.charCodeAt(0)) && ADJECTIVE_END(t.text.charCodeAt(t.text.length - 1))) ||
    ROLE_PREFIX_WORDS.has(t.lower)) &&
  !FUNCTION_WORDS.has(t.lower) &&
  !REPORTING_VERBS.has(t.lower) &&
  (/^[a-zäöüß][\p{L}-]*(?:e|en|er|es|em)$/u.test(t.text) || ROLE_PREFIX_WORDS.has(t.lower));

/** Puts an adjective before a role into the form it has without an article ("russischen" → "russischer"). */
function strongForm(adj: string, female: boolean): string {
  const stem = adj.replace(/(?:en|em|er|es|e)$/, '');
  return stem + (female ? 'e' : 'er');
}

/** The role phrase ending at token `r` (a role word): adjectives and a genitive place before it. */
function rolePhraseBefore(tokens: readonly Token[], r: number): { text: string; female: boolean } {
  const role = tokens[r] as Token;
  const m = matchRole(role.text);
  let s = r;
  while (s > 0 && isAdjective(tokens[s - 1]) && !FUNCTION_WORDS.has((tokens[s - 1] as Token).lower)) s--;
  const prev = tokens[s - 1];
  if (prev && /s$/.test(prev.text) && isPlaceWord(prev.text) && /^\p{Lu}/u.test(prev.text)) s--;
  // "der Vorsitzende Richter X": a role word before the role
  else if (s === r && prev && /^\p{Lu}/u.test(prev.text) && matchRole(prev.text)) s--;
  // "die Beauftragte X", "eine Vorsitzende X": a nominalised adjective shows its gender only in the article
  const article = tokens[s - 1]?.lower;
  const female =
    !!m?.female ||
    (!!m && m.base.endsWith('e') && role.lower.endsWith(m.base) && (article === 'die' || article === 'eine'));
  const words = tokens
    .slice(s, r)
    .map((t) => (/^\p{Ll}/u.test(t.text) ? strongForm(t.text, female) : t.text));
  return { text: [...words, roleBaseForm(role.text)].join(' '), female };
}

/** The role phrase starting at token `r` and running to the next comma or bracket (max 12 words). */
function rolePhraseAfter(tokens: readonly Token[], r: number): string {
  const words: string[] = [];
  for (let i = r; i < tokens.length && words.length < 12; i++) {
    const t = tokens[i] as Token;
    if (!t.word && t.text !== '-') break;
    if (REPORTING_VERBS.has(t.lower) && i > r) break;
    words.push(i === r ? roleBaseForm(t.text) : t.text);
  }
  // "… am Center in": no dangling preposition or article
  while (words.length > 1 && FUNCTION_WORDS.has((words[words.length - 1] as string).toLowerCase()))
    words.pop();
  // "Kinder- und Jugendärzte": a hyphen before "und" stays on its word
  return words.join(' ').replace(/ - (?=und |oder |bzw)/g, '- ');
}

/**
 * The organisation after a name in "X von der Verbraucherzentrale Y", "X vom Mieterverein": an institution
 * word and the capitalised words after it (at most four), or null.
 */
function organisationAfter(tokens: readonly Token[], end: number): string | null {
  const von = tokens[end]?.lower;
  let k = end + 1;
  if (von === 'von' && ['der', 'dem', 'den'].includes(tokens[k]?.lower ?? '')) k++;
  else if (von !== 'vom') return null;
  const head = tokens[k];
  if (!head?.word || !/^\p{Lu}/u.test(head.text) || !isBodyWord(head.text)) return null;
  let e = k + 1;
  while (
    e < tokens.length &&
    e - k < 4 &&
    (tokens[e] as Token).word &&
    /^\p{Lu}/u.test((tokens[e] as Token).text)
  )
    e++;
  return tokens
    .slice(k, e)
    .map((t) => t.text)
    .join(' ');
}

const EN_ARTICLES = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

/**
 * Where the title stands in an English apposition starting at `k` ("an analyst at …" → "analyst", "the
 * trial's lead investigator" → "investigator"): after an article, up to two lower-case words before a title
 * word; `k` itself when there is no article or no title.
 */
function englishTitleAt(tokens: readonly Token[], k: number): number {
  if (!EN_ARTICLES.has(tokens[k]?.lower ?? '')) return k;
  // "the Met Office's deputy chief meteorologist": an owner in the possessive before the title
  const own = possessiveOwnerEnd(tokens, k + 1);
  for (let j = own; j <= own + 2 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    // ("a former FAA official": an agency's abbreviation qualifies the title like a lower-case word)
    if (!t.word || !(/^\p{Ll}/u.test(t.text) || /^\p{Lu}{2,6}$/u.test(t.text))) return k;
    if (roleOf(t.text, 'en')) return j;
  }
  return k;
}

/**
 * Where an English title begins with the lower-case nouns that qualify it ("a flood duty manager" →
 * "flood"): back from the title word at `title`, never to `floor` (the article) or over a possessive.
 */
function englishModifiersBefore(tokens: readonly Token[], title: number, floor: number): number {
  let s = title;
  while (
    s - 1 > floor &&
    (/^\p{Ll}+$/u.test(tokens[s - 1]?.text ?? '') || /^\p{Lu}{2,6}$/u.test(tokens[s - 1]?.text ?? '')) &&
    !EN_STOPWORDS.has(tokens[s - 1]!.lower)
  )
    s--;
  return s;
}

/** True when the English name run [i, end) names a firm: a company word or ending last, an operator's opener first. */
function isEnglishFirmRun(tokens: readonly Token[], i: number, end: number): boolean {
  const last = (tokens[end - 1] as Token).lower;
  if (EN_COMPANY_WORDS.has(last)) return true;
  if (end - i >= 2 && EN_ORG_OPENERS.has((tokens[i] as Token).lower)) return true;
  return EN_COMPANY_ENDINGS.some(
    (e) => last.length - e.length >= 3 && last.endsWith(e) && !FIRST_NAMES.has(last),
  );
}

/** After capitalised words ending in a possessive ("Met Office's", "NASA's") from `i`: their end, else `i`. */
function possessiveOwnerEnd(tokens: readonly Token[], i: number): number {
  for (let j = i; j < tokens.length && j - i < 4; j++) {
    const t = tokens[j] as Token;
    if (!t.word || !/^\p{Lu}/u.test(t.text)) return i;
    if (/['’]s$/u.test(t.text)) return j + 1;
  }
  return i;
}

// ends of German nouns for people ("Kassiererin", "Schreiner", "Florist", "Friseur", "Praktikant")
const PERSON_NOUN_END = /(?:in|er|ist|eur|ant|ent)$/u;
const ARTICLE_BEFORE = new Set(['der', 'die', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem']);

/**
 * True when the run [i, end) is a person noun and a two-word name after an article ("die Kassiererin Fatma
 * X"): exactly three words, the first ending like a noun for people, the second short like a given name.
 */
function isDescribedPair(tokens: readonly Token[], i: number, end: number): boolean {
  if (end - i !== 3 || !ARTICLE_BEFORE.has(tokens[i - 1]?.lower ?? '')) return false;
  const noun = tokens[i] as Token;
  const given = tokens[i + 1] as Token;
  // ("der Kieler Fensterbauer Holm": a long compound or another person noun in the given name's place
  // is the description, the first word a place)
  const givenLike =
    FIRST_NAMES.has(given.lower) ||
    (given.text.length <= 9 && !given.text.includes('-') && !/(?:er|ist|eur)$/u.test(given.lower));
  return givenLike && noun.text.length >= 5 && !noun.text.includes('-') && PERSON_NOUN_END.test(noun.lower);
}

/**
 * True when tokens[j] is a single capital with its full stop right after it and a name token after that
 * ("K." in "Anna K. Brenner"); the caller has a name token before it.
 */
export function isMiddleInitial(tokens: readonly Token[], j: number, lang: string): boolean {
  const t = tokens[j];
  if (t?.text.length !== 1 || !/^\p{Lu}$/u.test(t.text)) return false;
  const dot = tokens[j + 1];
  const next = tokens[j + 2];
  return (
    dot?.text === '.' && dot.start === t.end && !!next && next.start > dot.end && isNameToken(next.text, lang)
  );
}

/** Collects the run of name tokens starting at `i` (particles allowed inside); returns the end index. */
function nameRun(tokens: readonly Token[], i: number, lang = 'de'): number {
  let j = i;
  while (j < tokens.length && j - i < 5) {
    const t = tokens[j] as Token;
    // "Kranken- und Pflegekassen": half a compound is no name
    if (isCompoundStub(tokens, j)) break;
    if (isNameToken(t.text, lang)) {
      j++;
      continue;
    }
    // "Anna K. Brenner": a middle initial between a given name and a surname belongs to the name
    if (j > i && isMiddleInitial(tokens, j, lang)) {
      j += 2;
      continue;
    }
    // "Jonas Westfäler": after a given name a capitalised word is the surname, whatever its ending
    if (j > i && isSurnameAfter((tokens[j - 1] as Token).text, t.text, lang)) {
      j++;
      continue;
    }
    // "Ursula von der Leyen": particles only between name tokens
    if (j === i + 1 && PARTICLES.has(t.lower)) {
      let k = j;
      while (
        k < tokens.length &&
        (PARTICLES.has((tokens[k] as Token).lower) || (tokens[k] as Token).lower === 'der')
      )
        k++;
      // "Treffers von Jonas X": a given name after the particle starts a name of its own
      const after = tokens[k] as Token | undefined;
      if (after && isNameToken(after.text, lang) && k - j <= 2 && !FIRST_NAMES.has(after.lower)) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

/** "chief executive", "finance minister": the lower-case English role words ending at token `r`. */
function lowerCaseRoleBefore(tokens: readonly Token[], r: number): string {
  let s = r;
  while (
    s > 0 &&
    r - s < 3 &&
    /^\p{Ll}/u.test(tokens[s - 1]?.text ?? '') &&
    roleOf(tokens[s - 1]?.text ?? '', 'en')
  )
    s--;
  // one qualifier of the role ("finance minister", "police chief"), never a verb or function word
  const q = tokens[s - 1];
  if (
    q?.word &&
    /^\p{Ll}{4,}$/u.test(q.text) &&
    // ("angered deputy mayor X", "quoted director X": a verb before the role is no qualifier)
    !/(?:ed|ing|ly)$/u.test(q.text) &&
    !EN_SPEECH_VERBS.has(q.lower) &&
    isEnglishNameWord(q.text) &&
    r - s < 3
  )
    s--;
  // "Council leader X", "Police chief X" opening the sentence: the qualifier is capitalised there
  else if (
    s - 1 === 0 &&
    q?.word &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(q.text) &&
    !/(?:ed|ing|ly)$/u.test(q.text) &&
    !EN_STOPWORDS.has(q.lower) &&
    r - s < 3
  )
    s--;
  return tokens
    .slice(s, r + 1)
    .map((t) => t.text)
    .join(' ');
}

/** True when an English honorific ("Ms", "Mr.", "Dr") stands right before token `i`. */
function isEnglishHonorificBefore(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
  return /^(?:Mr|Mrs|Ms|Miss|Dr)$/u.test(tokens[k]?.text ?? '');
}

const isVerbAt = (tokens: readonly Token[], i: number, lang = 'de') => {
  const t = tokens[i];
  return !!t && (lang === 'en' ? EN_SPEECH_VERBS.has(t.lower) : REPORTING_VERBS.has(t.lower));
};

/**
 * Finds person names in a sentence whose quotations are masked, with the role the context gives.
 * A name is "strong" when a role word, an apposition or a reporting verb stands next to it.
 */
export function findNames(text: string, offset = 0, lang = 'de'): NameHit[] {
  return findNamesInTokens(tokenize(text, offset), lang);
}

/** findNames over the tokens of a sentence, cut already (the person index shares them with the quote finder). */
export function findNamesInTokens(tokens: readonly Token[], lang = 'de'): NameHit[] {
  const role$ = (w: string) => roleOf(w, lang);
  const hits: NameHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const end = nameRun(tokens, i, lang);
    if (end === i) {
      i++;
      continue;
    }
    // "Insolvenzverwalter Christoph X", "Werftarbeiter Jonas X": a noun the lexicon does not know stands
    // before a given name; the name starts at the given name and the noun is the person's role
    let described = false;
    if (end - i >= 3 && !FIRST_NAMES.has((tokens[i] as Token).lower)) {
      const j = tokens.slice(i + 1, end - 1).findIndex((t) => FIRST_NAMES.has(t.lower)) + i + 1;
      if (j > i && j === i + 1 && lang !== 'en') {
        i = j;
        described = true;
      } else if (lang !== 'en' && isDescribedPair(tokens, i, end)) {
        // "die Kassiererin Fatma X": a person noun after an article before a given name the list lacks
        i++;
        described = true;
      }
    }
    // "Ms Justice Maura X", "Mr Justice Y Z": a judge's title between the honorific and the name
    const honorific = lang === 'en' && isEnglishHonorificBefore(tokens, i);
    let judge = false;
    if (honorific && end - i >= 3 && /^(?:Justice|Judge)$/u.test((tokens[i] as Token).text)) {
      i++;
      judge = true;
    }
    // a capitalised word at the very start of a sentence followed by a lower-case word is rarely a name alone
    // the run is tokens[i, end), read in place (most runs are one word)
    const first = tokens[i] as Token;
    const runLength = end - i;
    let name = first.text;
    // (the full stop of a middle initial stays on its letter: "Anna K. Brenner")
    for (let k = i + 1; k < end; k++)
      name += (tokens[k] as Token).word ? ` ${(tokens[k] as Token).text}` : (tokens[k] as Token).text;
    let role: string | null = null;
    let female = false;
    let strong = false;
    // "Vorstandschef Dr. X", "Studienleiterin Prof. Dr. X": titles stand between role and name
    let r = i - 1;
    while (tokens[r]?.text === '.' && NAME_TITLES.has(tokens[r - 1]?.lower ?? '')) r -= 2;
    // (the string test first: it fails for nearly every token, the lookup only confirms it)
    while (tokens[r]?.lower === 'professor' && NAME_TITLES.has('professor')) r--;
    const prev = tokens[r];
    const next = tokens[end];
    // "Präsident X", "Kreml-Sprecher X", "Frankreichs Außenministerin X"
    if (prev && lang !== 'en' && matchRole(prev.text)) {
      const p = rolePhraseBefore(tokens, r);
      role = p.text;
      female = p.female;
      strong = true;
    } else if (lang === 'en' && prev && /^\p{Lu}/u.test(prev.text) && roleOf(prev.text, lang)) {
      // "Economy Minister X", "Chief Executive X": capitalised words before an English title belong to it
      let s0 = r;
      // "Chief Technology Officer X": a title of several capitalised words starts at its first title word
      // ("Acme Chief Executive" → "Chief Executive"); without one, a qualifier ("Economy Minister")
      let t0 = r;
      while (t0 > 0 && r - t0 < 4 && /^\p{Lu}/u.test(tokens[t0 - 1]?.text ?? '') && tokens[t0 - 1]?.word)
        t0--;
      const firstTitle = tokens.slice(t0, r).findIndex((t) => !!roleOf(t.text, lang));
      if (firstTitle >= 0) s0 = t0 + firstTitle;
      else
        while (
          s0 > 0 &&
          r - s0 < 3 &&
          /^\p{Lu}/u.test(tokens[s0 - 1]?.text ?? '') &&
          isEnglishNameWord(tokens[s0 - 1]?.text ?? '')
        )
          s0--;
      // "founder and Chief Technology Officer X": a role joined by "and" belongs to the title
      if (tokens[s0 - 1]?.lower === 'and' && roleOf(tokens[s0 - 2]?.text ?? '', lang)) s0 -= 2;
      role = tokens
        .slice(s0, r + 1)
        .map((t) => t.text)
        .join(' ');
      female = !!roleOf(prev.text, lang)?.female;
      strong = true;
    } else if (
      lang === 'en' &&
      prev &&
      runLength >= 2 &&
      /^\p{Ll}/u.test(prev.text) &&
      roleOf(prev.text, lang)
    ) {
      // "chief executive X", "finance minister X": lower-case role words (and one qualifier) before a name
      role = lowerCaseRoleBefore(tokens, r);
      strong = true;
    } else if (prev && described) {
      role = prev.text;
      strong = true;
    } else if (prev && runLength >= 2 && isPersonNoun(prev.text)) {
      // "Anwohnerin Petra X": a noun naming one person works as a role
      role = prev.text;
      female = /in$/.test(prev.lower);
      strong = true;
    }
    // "X, Direktor des …", "X, leitender Direktor …" (more telling than "älterer Bruder X")
    if (runLength >= 2 && next?.text === ',') {
      let k = end + 1;
      // "X, an analyst at …", "X, the trial's lead investigator": English article and modifiers first
      if (lang === 'en') k = englishTitleAt(tokens, k);
      // ("manager", "officer": an English title ends like a German adjective, it is no adjective)
      while (isAdjective(tokens[k]) && !(lang === 'en' && role$((tokens[k] as Token).text))) k++;
      const t = tokens[k];
      if (t && role$(t.text)) {
        const after = rolePhraseAfter(
          tokens,
          lang === 'en' ? englishModifiersBefore(tokens, k, end + 1) : end + 1,
        );
        if (!role || after.split(' ').length > role.split(' ').length) {
          role = after;
          female = !!role$(t.text)?.female;
        }
        strong = true;
      }
    }
    // "Jonas X, der an der Universität Tutorien gibt, …": a role given only in a relative clause
    if (!role && runLength >= 2 && next?.text === ',' && lang !== 'en')
      role = relativeClauseRole(tokens, end + 1);
    // "X, who chairs the Y Trust, told …": a relative clause of a post names the role
    const relative = !role && lang === 'en' && runLength >= 2 && next?.text === ',';
    const post = relative ? englishRelativeRole(tokens, end + 1) : null;
    if (post) {
      role = post;
      strong = true;
    }
    // "appointed X of the firm Y as interim administrator": the post an appointment gives
    const appointed = !role && lang === 'en' && runLength >= 2 ? englishAppointedRole(tokens, i, end) : null;
    if (appointed) {
      role = appointed;
      strong = true;
    }
    // "der Chef des Geheimdienstes, X" / "den Botschafter im Land, X"
    // ("der Leiterin des Amts, Dr. X": titles stand between the comma and the name; r is the comma)
    if (!role && runLength >= 2 && prev?.text === ',') {
      let k = r - 1;
      // "der Präsident des Verbands der Kinder- und Jugendärzte (VKJ), X": hyphens and a bracketed
      // abbreviation belong to the organisation's name
      const inName = (t: Token) => t.word || t.text === '-' || t.text === '(' || t.text === ')';
      while (k >= 0 && inName(tokens[k] as Token) && r - 1 - k < 14) {
        const t = tokens[k] as Token;
        if (role$(t.text)) {
          // "its chief executive, X": the whole title
          while (lang === 'en' && k > 0 && role$((tokens[k - 1] as Token).text)) k--;
          // "its regional district head, X": lower-case nouns before an English title qualify it
          const k0 = k;
          while (
            lang === 'en' &&
            k > 0 &&
            k0 - k < 2 &&
            !EN_SPEECH_VERBS.has((tokens[k - 1] as Token).lower) &&
            /^\p{Ll}+$/u.test((tokens[k - 1] as Token).text) &&
            isEnglishNameWord((tokens[k - 1] as Token).text)
          )
            k--;
          role = rolePhraseAfter(tokens, k)
            .split(' ')
            .slice(0, r - k)
            .join(' ');
          female = !!role$(t.text)?.female;
          strong = true;
          break;
        }
        k--;
      }
    }
    // "sagte X Y", "X Y sagte", "sagte auch X Y"
    if (!strong && runLength >= 2) {
      let k = i - 1;
      while (k >= 0 && SPEECH_ADVERBS.has((tokens[k] as Token).lower)) k--;
      // "Die Deutsche Bahn teilte mit": a name takes no article
      const article =
        prev &&
        /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines|the|a|an|its|their)$/i.test(prev.text);
      if (!article && (isVerbAt(tokens, k, lang) || isVerbAt(tokens, end, lang))) strong = true;
    }
    // "Chief Technology Officer X": capitalised words before an English title are part of it, not a name
    if (lang === 'en' && next && /^\p{Lu}/u.test(next.text) && role$(next.text)) {
      strong = false;
      role = null;
    }
    // "durch einen Treffer von Jonas X": a known given name before a name is a person without any context
    if (!strong && runLength >= 2 && FIRST_NAMES.has(first.lower)) strong = true;
    // "Ms Aoife X", "Rory X SC": an honorific before or a barrister's post-nominal after a full name
    if (
      !strong &&
      runLength >= 2 &&
      (honorific || (lang === 'en' && /^(?:SC|QC|KC)$/u.test(next?.text ?? '')))
    ) {
      strong = true;
      if (!role && !honorific) role = (next as Token).text;
    }
    if (judge && !role) role = 'Justice';
    // "die Adam Opel AG", "Hans Meier GmbH": a person's name before a legal form names a company
    if (next && COMPANY_WORDS.has(next.lower) && /^\p{Lu}/u.test(next.text)) {
      strong = false;
      role = null;
    }
    // "Analysts at X Capital": an English name ending in a company word names a firm
    // ("Network Rail", "Northern Powergrid": an operator's name by its last or first word)
    if (lang === 'en' && isEnglishFirmRun(tokens, i, end)) {
      strong = false;
      role = null;
    }
    // "Der Hotelverband von X meldete": a name after an institution and "von/aus/in" is its place
    if (
      strong &&
      prev &&
      (prev.lower === 'von' || prev.lower === 'aus' || prev.lower === 'in') &&
      isBodyWord(tokens[r - 1]?.text ?? '') &&
      !FIRST_NAMES.has(first.lower)
    ) {
      strong = false;
      role = null;
    }
    // "Birgit X von der Verbraucherzentrale": the organisation a person speaks for stands for the role
    if (!role && lang !== 'en' && runLength >= 2) role = organisationAfter(tokens, end);
    // "Birgit X von der Verbraucherzentrale": without a feminine role word, the given name tells
    if (!female && runLength >= 2 && FEMALE_FIRST_NAMES.has(first.lower)) female = true;
    hits.push({
      name,
      start: first.start,
      end: (tokens[end - 1] as Token).end,
      role,
      female,
      strong,
    });
    i = end;
  }
  return hits;
}
