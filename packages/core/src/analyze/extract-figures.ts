import { MONTHS, WEEKDAYS } from '../lexicon/de/calendar.js';
import {
  APPROX_CUES,
  NUMBER_LABELS,
  NUMBER_WORDS,
  ORDINAL_STEMS,
  SCALE_WORDS,
  YEAR_CUES,
} from '../lexicon/de/numerals.js';
import {
  CAPTIVITY_WORDS,
  CURRENCIES,
  CURRENCY_PREFIXES,
  DURATION_SINGULARS,
  DURATION_WORDS,
  EN_SINGULAR_ENDINGS,
  GENERIC_SUM_NOUNS,
  IRREGULAR_PLURALS,
  MEASURES,
  PAYMENT_NOUNS,
  PERCENT_WORDS,
  SUBJECT_GROUPS,
  WEAK_NOUN_ENDINGS,
} from '../lexicon/de/units.js';
import {
  EN_ADJECTIVE_ENDINGS,
  EN_APPROX_CUES,
  EN_CURRENCIES,
  EN_DURATION_WORDS,
  EN_NUMBER_LABELS,
  EN_PERCENT_WORDS,
  EN_SCALE_WORDS,
} from '../lexicon/en/numerals.js';
import { EN_STOPWORDS } from '../lexicon/en/stopwords.js';
import { isSpaceCode } from '../text/is-space-code.js';
import { memoizeString } from '../text/memoize-word.js';
import type { FigureMention } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';
import { changeSubject } from './change-subject.js';
import { changeTargetCounts } from './change-target-counts.js';
import { clauseClaimant, englishClauseClaimant } from './clause-claimant.js';
import { isCountAfterYearLabel } from './count-after-year-label.js';
import { dollarCurrency, hasBareDollar } from './dollar-currency.js';
import { durationFigure, englishDurationFigure } from './duration-figure.js';
import { elidedCounts } from './elided-counts.js';
import { ellipticalUnit } from './elliptical-unit.js';
import { englishActingSubject } from './english-acting-subject.js';
import { englishChangeSubject } from './english-change-subject.js';
import { englishCompoundHead3, isEnglishCompoundHead } from './english-compound-head.js';
import { englishGlued, hasEnglishNumberWord, spellEnglishNumbers } from './english-number-words.js';
import { englishPercentSubject } from './english-percent-subject.js';
import { estimatingSubject } from './estimating-subject.js';
import { findClaimant } from './find-claimant.js';
import { gatheringSubject } from './gathering-subject.js';
import {
  DIGIT_CUE,
  hasDigit,
  hasNumberWordCue,
  NUMBER_WORD_CUE_BIT,
  numberCues,
  numberWordCuesIn,
} from './has-number-cue.js';
import { isPlaceCount } from './is-place-count.js';
import { isQuotedSmallCount } from './is-quoted-small-count.js';
import { isRetractedFigure } from './is-retracted-figure.js';
import { isSubheading } from './is-subheading.js';
import { listedCounts } from './listed-counts.js';
import { measureSubject } from './measure-subject.js';
import { englishMeasuredDuration, measuredDuration } from './measured-duration.js';
import { ofThemCounts } from './of-them-counts.js';
import { resultOwner } from './result-owner.js';
import { englishLengthSubject, shareSubjects } from './share-subject.js';
import { staffSubject } from './staff-subject.js';
import { statedDuration } from './stated-duration.js';
import { runAround } from './word-runs.js';
import { isYearBeforeVerb } from './year-before-verb.js';

// thousands separators: "12.000", "12 000", and the Swiss apostrophes "12'000", "12’000"
const DIGITS = /(?<![\p{L}\p{N}\-/.,'’€$£])(\d{1,3}(?:[.\u00a0\u202f '’]\d{3})+|\d+)(,\d+)?(?!\p{N})/gu;
const RANK_PATTERN = `(${Object.keys(ORDINAL_STEMS).join('|')})(größt|stärkst|wichtigst|reichst|best|höchst|meist|bevölkerungsreichst|wertvollst|erfolgreichst)\\p{L}*`;
const RANK_AT = new RegExp(RANK_PATTERN, 'iuy');
/** The shortest text RANK_AT can match: the shortest stem and superlative. */
const RANK_MIN = Math.min(...Object.keys(ORDINAL_STEMS).map((k) => k.length)) + 'best'.length;
// WORDS matches a whole run of letters, digits and "-" that folds to a number word: the run is looked up instead.
const NUMBER_WORD_SET = new Set(Object.keys(NUMBER_WORDS));
const NUMBER_WORD_MIN = Math.min(...[...NUMBER_WORD_SET].map((w) => w.length));
const NUMBER_WORD_MAX = Math.max(...[...NUMBER_WORD_SET].map((w) => w.length));

/**
 * Whether a run (of letters, digits, "-") is a number word as WORDS (flags iu) reads it: lower-casing agrees
 * with its case folding on these words' letters except for the long s, which folds to "s"; lower-casing
 * never shortens a text, so a run longer than every number word is none.
 */
function isNumberWordRun(run: string): boolean {
  if (run.length < NUMBER_WORD_MIN || run.length > NUMBER_WORD_MAX) return false;
  const low = run.toLowerCase();
  return NUMBER_WORD_SET.has(low.includes('ſ') ? low.replace(/ſ/gu, 's') : low);
}

/**
 * The number words and ranks of a text, in order, found from the number-word cue's matches: a number word
 * is a whole run (of letters, digits, "-") and a rank starts a run of letters, and either holds a match of the
 * cue (has-number-cue.ts), so only the runs around those matches are read instead of every run of the text.
 */
function numberWordsAndRanks(text: string): {
  words: { index: number; word: string }[];
  ranks: RegExpExecArray[];
} {
  const words: { index: number; word: string }[] = [];
  const ranks: RegExpExecArray[] = [];
  let wordsTo = -1;
  let ranksTo = -1;
  for (const at of numberWordCuesIn(text)) {
    if (at >= wordsTo) {
      const run = runAround(text, at, 'LN-');
      if (run) {
        wordsTo = run[1];
        const word = text.slice(run[0], run[1]);
        if (isNumberWordRun(word)) words.push({ index: run[0], word });
      }
    }
    if (at >= ranksTo) {
      const run = runAround(text, at, 'L');
      if (run) {
        ranksTo = run[1];
        if (run[1] - run[0] >= RANK_MIN) {
          RANK_AT.lastIndex = run[0];
          const m = RANK_AT.exec(text);
          if (m) ranks.push(m);
        }
      }
    }
  }
  return { words, ranks };
}

/**
 * The number words of a text, in order, as index and word: the matches of
 * /(?<![\p{L}\p{N}-])(word|…)(?![\p{L}\p{N}-])/giu over the keys of NUMBER_WORDS.
 */
export function numberWordsIn(text: string): { index: number; word: string }[] {
  return numberWordsAndRanks(text).words;
}

/**
 * The ranks of a text ("drittgrößte"), in order: the matches of /(?<![\p{L}])…/giu with RANK_PATTERN, which
 * can start only where a run of letters starts.
 */
export function ranksIn(text: string): RegExpExecArray[] {
  return numberWordsAndRanks(text).ranks;
}
// "1,6 und 1,9 Milliarden", "5 bis 7 Prozent", and parts of a whole: "29 der 37 Kliniken", "3 von 10 Befragten",
// "7 ihrer 40 Filialen", and changes: "von 5,1 auf 5,4 Prozent", and votes: "mit 20 zu 31 Stimmen"
const RANGE_NEXT =
  /^\s*(?:und|bis|oder|–|-|der|seiner|ihrer|unserer|von(?:\s+(?:den|insgesamt))?|auf|zu)\s*(?:(?:durchschnittlich|rund|etwa|knapp|gut|zuletzt|nun|jetzt|über|fast|künftig|inzwischen|mittlerweile|bisher|zuvor|nur noch|noch|mehr als|weniger als|bis zu|mindestens|höchstens|maximal)\s+)?\d+(?:[.,'’]\d+)*(?!\p{N})/u;
const WORD_AT = /^\s*([^\s,;:!?()„“"»«]+)/u;
// a short form in brackets right after a unit noun: " (BE)"
const ABBREVIATED_UNIT = /^\s*\((\p{Lu}{2,6})\)/u;
// the compound after "Kupfer- und": "Messingrohre"
const TRUNCATED_NEXT = /^\s*(?:und|oder|bzw\.|sowie)\s+(\p{Lu}[^\s,;:!?()„“"»«]*)/u;
const DURATIONS = new Set(DURATION_WORDS);
// the units English lengths are given in
const EN_LENGTH_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
// a count of times from this size on is a figure ("25.000 Mal geteilt"); a few times are a manner of speaking
const TIMES_COUNTED = 100;
const LABELS = new Set(NUMBER_LABELS);
// a scale or currency right after a number: it is a sum, whatever word stands before it
const SUM_AFTER =
  /^\s+(?:Millionen|Million|Milliarden|Milliarde|Mio\.|Mrd\.|Euro|Dollar|Franken)(?![\p{L}])/u;
const YEAR_BEFORE = new Set([...YEAR_CUES, ...Object.keys(MONTHS)]);
const CAPTIVITY = new RegExp(
  `^(?:\\s+und\\s+\\p{Lu}\\p{L}*)?\\s+(?:in|im|aus)\\s+(?:\\p{Ll}+\\s+){0,2}(?:${CAPTIVITY_WORDS.join('|')})(?![\\p{L}])`,
  'iu',
);
// "von durchschnittlich 12 auf 49 pro Jahr": a change between two bare numbers
const CHANGE = /\bvon\s+(?:\p{Ll}+\s+)?(\d[\d.,'’]*)\s+(?:auf|bis)\s+(?:\p{Ll}+\s+)?(\d[\d.,'’]*)(?!\p{N})/gu;
// "Die Zahl der Tage mit …", "die Anzahl an Anträgen": the noun the sentence counts
const COUNTED =
  /\b(?:[Aa]n)?[Zz]ahl\s+(?:der|an|von)\s+(?:(?:\p{Ll}+(?:e|en|er|es|em))\s+)*(\p{Lu}[\p{L}-]*)/u;

interface Unit {
  unit: string | null;
  subject?: string;
  /** characters consumed after the number */
  skip: number;
  /** true when what follows makes the number no figure (a date, a duration, an age) */
  reject?: boolean;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const IRREGULAR_PLURAL_ENTRIES = Object.entries(IRREGULAR_PLURALS);

/** The singular of a German plural noun, as far as endings tell ("Druckern" → "Drucker", "Soldaten" → "Soldat"). */
export function toLemma(word: string): string {
  const w = word.toLowerCase();
  const cap = (s: string) => (/^\p{Lu}/u.test(word) ? upperFirst(s) : s);
  for (const [plural, singular] of IRREGULAR_PLURAL_ENTRIES) {
    if (w.endsWith(plural)) return cap(w.slice(0, w.length - plural.length) + singular);
    if (w.endsWith(`${plural}n`)) return cap(w.slice(0, w.length - plural.length - 1) + singular);
  }
  if (EN_SINGULAR_ENDINGS.some((e) => w.endsWith(e))) return cap(w);
  if (w.endsWith('innen')) return cap(w.slice(0, -3));
  // feminine nouns whose plural adds -en ("Einheiten", "Unterschriften", "Vorschriften")
  if (/(?:heit|keit|ung|schaft|schrift|ion|tät|enz|anz|ei|ur|ik)en$/u.test(w)) return cap(w.slice(0, -2));
  if (w.length >= 6 && /(?:er|el)n$/u.test(w)) return cap(w.slice(0, -1));
  if (/oren$/u.test(w)) return cap(w.slice(0, -2));
  if (w.endsWith('en')) {
    const stem = w.slice(0, -2);
    if (WEAK_NOUN_ENDINGS.some((e) => stem.endsWith(e))) return cap(stem);
    if (stem.endsWith('e') || /[^aeiouäöü]$/u.test(stem)) return cap(w.slice(0, -1));
  }
  if (w.length >= 6 && w.endsWith('e') && !/(?:te|ene|ige|nde|lte|ische)$/u.test(w))
    return cap(w.slice(0, -1));
  if (w.length >= 4 && /[aiouy]s$/u.test(w)) return cap(w.slice(0, -1));
  return cap(w);
}

/** The subject group a counted noun belongs to, e.g. "Marinesoldat" and "Truppe" → "Soldaten". */
export function toSubject(lemma: string): string {
  const l = lemma.toLowerCase();
  for (const g of SUBJECT_GROUPS) {
    if (g.lemmas.some((x) => l === x || (x.length >= 5 && l.endsWith(x)))) return g.label;
  }
  return lemma;
}

// the same few thousand nouns are counted over and over: their lemma and subject group are looked up once
const lemmaOf = memoizeString(toLemma, 20_000);
const subjectOf = memoizeString(toSubject, 20_000);

/** The singular of a counted noun, time words included ("Tage" → "Tag"). */
function countedLemma(word: string): string {
  return DURATION_SINGULARS[word.toLowerCase()] ?? lemmaOf(word);
}

/** Reads what a number counts from the text right after it. */
function readUnit(after: string): Unit {
  let rest = after;
  let skip = 0;
  const take = () => {
    const m = rest.match(WORD_AT);
    return m ? { word: m[1]!, len: m[0].length } : undefined;
  };
  let t = take();
  if (!t) return { unit: null, skip };
  const firstWord: string | undefined = t.word;
  const lw = t.word.toLowerCase().replace(/[.]$/u, '');
  if (PERCENT_WORDS[t.word.toLowerCase()] || PERCENT_WORDS[lw])
    return { unit: PERCENT_WORDS[lw] ?? 'Prozent', skip: t.len };
  if (CURRENCIES[lw]) return { unit: CURRENCIES[lw]!, skip: t.len };
  if (MEASURES[lw]) return { unit: MEASURES[lw]!, skip: t.len };
  if (DURATIONS.has(lw) || MONTHS[lw] !== undefined || WEEKDAYS[lw] !== undefined)
    return { unit: null, skip, reject: true };
  // adjectives and "weitere" between number and noun: "11.000 nordkoreanische Truppen"
  for (let n = 0; n < 3 && t && /^\p{Ll}/u.test(t.word); n++) {
    if (!/(?:e|en|er|es|em)$/u.test(t.word) || /^(?:und|oder|aber|sowie|werden|worden|haben)$/u.test(t.word))
      return { unit: null, skip };
    skip += t.len;
    rest = rest.slice(t.len);
    t = take();
  }
  if (!t || !/^\p{Lu}/u.test(t.word)) return { unit: null, skip };
  const word = t.word.replace(/[.’']+$/u, '');
  const lower = word.toLowerCase();
  if (CURRENCIES[lower]) return { unit: CURRENCIES[lower]!, skip: skip + t.len };
  if (DURATIONS.has(lower) || MONTHS[lower] !== undefined || WEEKDAYS[lower] !== undefined)
    return { unit: null, skip, reject: true };
  if (/-?jährige?n?$/u.test(lower)) return { unit: null, skip, reject: true };
  // "90 Kupfer- und Messingrohre": a compound cut short shares the head of the one after the conjunction
  if (word.endsWith('-')) {
    const next = TRUNCATED_NEXT.exec(rest.slice(t.len));
    if (next) {
      const head = lemmaOf(next[1]!.replace(/[.’']+$/u, ''));
      return { unit: head, subject: subjectOf(head), skip: skip + t.len + next[0].length };
    }
  }
  // "9 koloniebildende Einheiten (KBE)": a unit named in full before the short form it goes by is that form,
  // as the next mention writes it ("5 KBE"); the short form starts with the phrase's first letter
  const short = ABBREVIATED_UNIT.exec(rest.slice(t.len));
  if (short && short[1]![0] === (firstWord ?? word)[0]!.toUpperCase()) {
    const unit = lemmaOf(short[1]!);
    return { unit, subject: subjectOf(unit), skip: skip + t.len + short[0].length };
  }
  const lemma = lemmaOf(word);
  return { unit: lemma, subject: subjectOf(lemma), skip: skip + t.len };
}

function readScale(after: string): { factor: number; len: number } {
  const m = after.match(/^\s+([\p{L}]+\.?)/u);
  const f = m
    ? (SCALE_WORDS[m[1]!.toLowerCase()] ?? SCALE_WORDS[m[1]!.toLowerCase().replace(/\.$/u, '')])
    : undefined;
  return f && m ? { factor: f, len: m[0].length } : { factor: 1, len: 0 };
}

// Lower-casing maps one character to one or more and never looks at neighbours for the letters of the cues
// (only the Greek capital sigma does), so the tail of the text decides as the whole text would.
const APPROX_TAIL = Math.max(...APPROX_CUES.map((c) => c.length)) + 2;

function isApprox(before: string): boolean {
  const t = before.trimEnd();
  if (t.length > APPROX_TAIL && !t.includes('Σ')) {
    // the whole text is longer than any cue, so only its end can match
    const b = t.slice(t.length - APPROX_TAIL).toLowerCase();
    return APPROX_CUES.some((c) => b.endsWith(` ${c}`));
  }
  const b = t.toLowerCase();
  return APPROX_CUES.some((c) => b.endsWith(` ${c}`) || b === c);
}

const PREV_WORD_CHAR = /^[\p{L}§.]$/u;
/**
 * The word (letters, "§", dots) that ends `before`, spaces after it allowed, lower-cased; '' when none.
 * Same as `before.match(/([\p{L}§.]+)\s*$/u)?.[1]`, read backwards from the end instead of tried at every
 * position of the sentence ("trimEnd" strips exactly the characters of "\s").
 */
export function prevWord(before: string): string {
  const end = before.trimEnd().length;
  let start = end;
  while (start > 0) {
    const low = before.charCodeAt(start - 1);
    // a surrogate pair is one character, as the u flag reads it
    const width =
      low >= 0xdc00 && low <= 0xdfff && start >= 2 && (before.charCodeAt(start - 2) & 0xfc00) === 0xd800
        ? 2
        : 1;
    if (!PREV_WORD_CHAR.test(before.slice(start - width, start))) break;
    start -= width;
  }
  return start < end ? before.slice(start, end).toLowerCase() : '';
}

/** The index of the last character of a text that is not white space (as `\s` reads it), or -1. */
function lastNonSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i;
}

/**
 * The currency abbreviation right before a number ("Fr. 74 Mio.", "CHF 12"), as a key of CURRENCIES, or
 * undefined: `pw` is the word before the number (prevWord), `before` the text up to the number.
 */
function prefixedCurrency(pw: string, before: string): string | undefined {
  const key = pw.endsWith('.') ? pw.slice(0, -1) : pw;
  if (CURRENCY_PREFIXES[key] === undefined) return undefined;
  // "Fr." and "sFr." keep their period; the others stand as written, set apart from the number by a space
  if ((key === 'fr' || key === 'sfr') && !pw.endsWith('.')) return undefined;
  return /\s$/u.test(before) ? key : undefined;
}

/** Finds the figures of one sentence: value, what is counted and whether it is approximate. */
export function findFigures(
  sentence: string,
  /** what hasDigit and hasNumberWordCue say of the sentence, when the caller knows it already */
  cues?: { digits: boolean; words: boolean },
): { value: number; unit: string | null; subject?: string; approx: boolean; index: number }[] {
  const out: { value: number; unit: string | null; subject?: string; approx: boolean; index: number }[] = [];
  // Digits and number words are looked for only where a cheap test finds them; the masks below touch
  // digits only, so a sentence without any is read as it stands.
  const digits = cues ? cues.digits : hasDigit(sentence);
  const words = cues ? cues.words : hasNumberWordCue(sentence);
  if (!digits && !words) return out;
  // dates, times and scores are masked so their numbers are not read
  const dated = digits
    ? sentence.replace(/\b\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?/gu, (m) => ' '.repeat(m.length))
    : sentence;
  // a time is followed by "Uhr" or holds a colon
  const text =
    digits && (dated.includes('Uhr') || dated.includes(':'))
      ? dated.replace(/\b\d{1,2}[:.]\d{2}(?=\s*Uhr)|\b\d{1,2}(?=\s*Uhr)|\b\d+:\d+\b/gu, (m) =>
          ' '.repeat(m.length),
        )
      : dated;
  // every change starts with "von"
  const changes =
    digits && text.includes('von')
      ? [...text.matchAll(CHANGE)].map((c) => [c.index, c.index + c[0].length] as const)
      : [];
  for (const m of digits ? text.matchAll(DIGITS) : []) {
    const raw = m[1]!;
    const before = text.slice(0, m.index);
    let after = text.slice(m.index + m[0].length);
    if (/^\.\s*\S/u.test(after) || /^-\p{L}/u.test(after) || /^[/:]\d/u.test(after)) continue; // ordinal, "34-jährige", "1/5"
    const lastBefore = before.charCodeAt(before.length - 1);
    if (lastBefore === 0x2d || lastBefore === 0x2f) continue; // "-" or "/" right before
    // the mark before the number, spaces skipped: "(" of "( 12 )", a currency symbol of "€ 5"
    const markBefore = before[lastNonSpace(before)];
    if (markBefore === '(' && /^\s*\)/u.test(after)) continue;
    const pw = prevWord(before);
    // "Saison 2023", "Platz 3": a label numbers a plain number, never "in dieser Saison 2.150 Zuschauer"; a
    // year's label only a year ("im kommenden Jahr 61 Millionen Euro" is a sum)
    // nor a sum with its scale or currency: "in der Finanzierungsrunde 8 Millionen Euro"
    if (LABELS.has(pw) && /^\d+$/u.test(raw) && !isCountAfterYearLabel(pw, raw) && !SUM_AFTER.test(after))
      continue;
    const plain = /^\d+$/u.test(raw);
    let value = Number(raw.replace(/[.\u00a0\u202f '’]/gu, '') + (m[2] ? `.${m[2].slice(1)}` : ''));
    const sym =
      markBefore === '€' || markBefore === '$' || markBefore === '£'
        ? markBefore
        : prefixedCurrency(pw, before);
    if (after.startsWith('%')) {
      out.push({ value, unit: 'Prozent', approx: isApprox(before), index: m.index });
      continue;
    }
    let scale = readScale(after);
    let unitText = after.slice(scale.len);
    let u = readUnit(unitText);
    // "zwischen 1,6 und 1,9 Milliarden Euro", "5 bis 7 Prozent": the first number shares the second's scale and unit
    const range = !sym && scale.factor === 1 && !u.unit && !u.reject ? RANGE_NEXT.exec(after) : null;
    if (range) {
      const rest = after.slice(range[0].length);
      if (/^\s*%/u.test(rest)) {
        out.push({ value, unit: 'Prozent', approx: isApprox(before), index: m.index });
        continue;
      }
      scale = readScale(rest);
      unitText = rest.slice(scale.len);
      u = readUnit(unitText);
    } else {
      after = after.slice(scale.len);
    }
    value = scaled(value, scale.factor);
    if (u.reject) {
      // "brauche ich 35 Minuten": a length the sentence states
      const stated =
        scale.factor === 1
          ? (statedDuration(text, before, unitText) ??
            durationFigure(before, after, unitText) ??
            measuredDuration(text, before, unitText, range !== null))
          : null;
      if (stated) {
        out.push({ value, unit: stated, approx: isApprox(before), index: m.index });
        continue;
      }
      // "mehr als 25.000 Mal geteilt": a large count of times is a figure, "zwei Mal" is not
      if (value >= TIMES_COUNTED && scale.factor === 1 && /^\s*mal(?![\p{L}])/iu.test(unitText)) {
        out.push({ value, unit: 'Mal', approx: isApprox(before), index: m.index });
        continue;
      }
      // "an 31 Tagen über 20 Grad": days on which something happened are counted, they are no duration
      if (pw === 'an' && scale.factor === 1 && /^\s*tagen(?![\p{L}])/iu.test(after))
        out.push({ value, unit: 'Tag', subject: 'Tag', approx: isApprox(before), index: m.index });
      continue;
    }
    let unit = sym ? (CURRENCIES[sym] ?? null) : u.unit;
    let subject = u.subject && !sym ? u.subject : undefined;
    if (!unit && scale.factor === 1) {
      // "Die Zahl der Tage … von 12 auf 49": the counted noun named in the sentence
      // "Die Zahl der Wechselwähler liegt bei etwa 120.000": the value of the count the sentence names
      const inChange =
        changes.some(([a, b]) => m.index >= a && m.index < b) ||
        /\b(?:bei|auf)\s+(?:\p{Ll}+\s+){0,2}$/u.test(before);
      const counted = inChange ? COUNTED.exec(text)?.[1] : undefined;
      // "49.500 Kubikmeter …, an einem normalen Tag seien es etwa 30.000": the unit named before it
      const elided = counted || range ? null : ellipticalUnit(out, before, after);
      if (!counted && !elided) continue;
      unit = counted ? countedLemma(counted) : elided!.unit;
      subject = counted ? subjectOf(unit) : elided!.subject;
    } else if (!unit && !sym && !range) {
      // "2,4 Millionen Fahrgäste …, im kommenden Jahr mehr als 3 Millionen"
      const elided = ellipticalUnit(out, before, after);
      if (elided) {
        unit = elided.unit;
        subject = elided.subject;
      }
    }
    // "8.000 Ukrainer in russischer Gefangenschaft": people counted in captivity are prisoners
    if (subject && CAPTIVITY.test(unitText.slice(u.skip))) subject = 'Gefangene';
    if (plain && raw.length === 4 && value >= 1900 && value <= 2100 && scale.factor === 1 && !sym) {
      if (YEAR_BEFORE.has(pw) || !u.unit || isYearBeforeVerb(unitText)) continue;
    }
    out.push({
      value,
      unit,
      ...(subject ? { subject } : {}),
      approx: isApprox(before),
      index: m.index,
    });
  }
  const cued = words ? numberWordsAndRanks(text) : undefined;
  for (const m of cued ? cued.words : []) {
    const word = m.word;
    if (/^\p{Lu}/u.test(word) && m.index > 0) continue; // "Elf", "Acht" as nouns
    let value = NUMBER_WORDS[word.toLowerCase()]!;
    let after = text.slice(m.index + word.length);
    const scale = readScale(after);
    value *= scale.factor;
    after = after.slice(scale.len);
    const u = readUnit(after);
    // "sollen mindestens zwölf Monate laufen": a length the sentence states
    const stated =
      u.reject && scale.factor === 1
        ? (statedDuration(text, text.slice(0, m.index), after) ??
          durationFigure(text.slice(0, m.index), after, after) ??
          measuredDuration(text, text.slice(0, m.index), after))
        : null;
    if (stated) out.push({ value, unit: stated, approx: isApprox(text.slice(0, m.index)), index: m.index });
    if (u.reject || !u.unit) continue;
    out.push({
      value,
      unit: u.unit,
      ...(u.subject ? { subject: u.subject } : {}),
      approx: isApprox(text.slice(0, m.index)),
      index: m.index,
    });
  }
  for (const m of cued ? cued.ranks : []) {
    const value = ORDINAL_STEMS[m[1]!.toLowerCase()]!;
    const u = readUnit(text.slice(m.index + m[0].length));
    if (u.reject || !u.unit) continue;
    out.push({
      value,
      unit: u.unit,
      ...(u.subject ? { subject: u.subject } : {}),
      approx: false,
      index: m.index,
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

const EN_NUMBER = /(?<![\p{L}\p{N}\-/.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{N}])/gu;
// (a day has one or two digits: "May 2021" is a month and its year, which the first branch blanks whole)
const EN_MONTHS_RE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{4}(?!\d)|\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,\s*\d{4})?)|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?/gu;
const EN_DURATIONS = new Set(EN_DURATION_WORDS);
// "CHF 12 million", "EUR 300", "SFr. 35": a currency code or abbreviation right before an English amount
const CURRENCY_PREFIXES_EN = /(?<![\p{L}])(CHF|EUR|USD|GBP|SFr\.|Fr\.)\s+$/u;
// " to 4.8", " and 400": the second number of a range or change
const EN_RANGE_NEXT = /^\s+(to|and)\s+(?:(?:about|around|nearly|some)\s+)?\d[\d,]*(?:\.\d+)?(?![\d,.]*\d)/u;
// "up from", "down from", "compared with", "against": a number set against an earlier figure of the sentence
const EN_SET_AGAINST =
  /\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$|,\s+(?:rising|falling|increasing|growing|climbing|dropping|going\s+up)\s+to\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/iu;
// "17 of the 24 clubs", "3 out of 10 voters": the text from "of" to the end of the whole's number
const PART_OF_WHOLE = /^\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\d[\d,]*(?:\.\d+)?(?=\s)/u;
const EN_LABELS = new Set(EN_NUMBER_LABELS);

// "suppliers" → "supplier", "companies" → "company"; words that only look plural stay
function toEnglishSingular(word: string): string {
  const w = word.toLowerCase();
  if (/ies$/u.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/u.test(w)) return w;
  if (/(?:ches|shes|xes|sses)$/u.test(w)) return w.slice(0, -2);
  if (/s$/u.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/**
 * A decimal times its scale word, rounded to twelve significant digits: "4,1 Millionen" is 4100000, not the
 * 4099999.9999999995 that binary floating point gives.
 */
function scaled(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(12));
}

/** Finds the figures of one English sentence: "4,000 households", "5.4 billion euros", "6 percent", "$3 million". */
export function findEnglishFigures(
  sentence: string,
): { value: number; unit: string | null; subject?: string; approx: boolean; index: number }[] {
  const out: { value: number; unit: string | null; subject?: string; approx: boolean; index: number }[] = [];
  const text = spellEnglishNumbers(sentence)
    .replace(EN_MONTHS_RE, (m) => ' '.repeat(m.length))
    // "9.14 am" is a time, "48.50 euros" a decimal
    .replace(
      /\b\d{1,2}:\d{2}\s*(?:a\.m\.|p\.m\.|am|pm)?|\b\d{1,2}\.\d{2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d+:\d+\b/giu,
      (m) => ' '.repeat(m.length),
    );
  for (const m of text.matchAll(EN_NUMBER)) {
    const raw = m[1]!;
    const before = text.slice(0, m.index);
    let after = text.slice(m.index + m[0].length);
    if (/^-\p{L}/u.test(after) || /^(?:st|nd|rd|th)\b/u.test(after)) continue; // "52-year-old", "3rd"
    const pw =
      before
        .match(/([\p{L}.]+)\s*$/u)?.[1]
        ?.toLowerCase()
        .replace(/\.$/u, '') ?? '';
    if (EN_LABELS.has(pw)) continue;
    let value = Number(raw.replace(/,/gu, '') + (m[2] ?? ''));
    const sym =
      before.match(/([€$£])\s*$/u)?.[1] ??
      // "CHF 12 million", "EUR 300": a currency code before the amount (a key of CURRENCIES)
      CURRENCY_PREFIXES_EN.exec(before)?.[1]?.toLowerCase().replace(/\.$/u, '');
    const approx = EN_APPROX_CUES.some((c) => before.toLowerCase().trimEnd().endsWith(c));
    // "from 4.2 to 4.8 percent", "between 300 and 400 homes": the first number shares the second's scale and unit
    const range = sym === undefined ? EN_RANGE_NEXT.exec(after) : null;
    const opensRange =
      range !== null && (range[1] === 'to' || /\bbetween\s+(?:(?:about|around|some)\s+)?$/iu.test(before));
    if (opensRange) after = after.slice(range[0].length);
    if (after.startsWith('%') || EN_PERCENT_WORDS.some((w) => after.toLowerCase().startsWith(` ${w}`))) {
      const share = englishPercentSubject(before, after);
      out.push({ value, unit: 'Prozent', ...(share ? { subject: share } : {}), approx, index: m.index });
      continue;
    }
    const glued = englishGlued(after, sym !== undefined);
    if (glued?.unit) {
      out.push({ value, unit: glued.unit, approx, index: m.index });
      continue;
    }
    if (glued?.factor) {
      value = scaled(value, glued.factor);
      after = after.slice(glued.len);
    }
    const scaleWord = /^\s+([\p{L}]+)/u.exec(after);
    const factor = scaleWord ? EN_SCALE_WORDS[scaleWord[1]!.toLowerCase()] : undefined;
    if (factor && scaleWord) {
      value = scaled(value, factor);
      after = after.slice(scaleWord[0].length);
    }
    let unit: string | null = sym ? (CURRENCIES[sym] ?? null) : null;
    let subject: string | undefined;
    // "17 of the 24 clubs": the part counts the whole's noun
    const whole = !unit && !factor ? PART_OF_WHOLE.exec(after) : null;
    if (whole) after = after.slice(whole[0].length);
    if (!unit) {
      const words = (
        after.match(/^\s+([\p{L}][\p{L}-]*)(?:\s+([\p{L}][\p{L}-]*))?(?:\s+([\p{L}][\p{L}-]*))?/u) ?? []
      ).slice(1);
      let word = words[0]?.toLowerCase();
      if (word && EN_DURATIONS.has(word)) {
        // "a period of 36 hours", "six years in prison": a duration that is a figure by its shape
        const lasting =
          englishDurationFigure(before, after, word) ??
          englishMeasuredDuration(before, after, word, opensRange && range?.[1] === 'and');
        if (lasting) out.push({ value, unit: lasting, approx, index: m.index });
        continue;
      }
      if (word && EN_CURRENCIES[word]) unit = EN_CURRENCIES[word]!;
      else if (word && MEASURES[word]) unit = MEASURES[word]!;
      else if (word && !EN_STOPWORDS.has(word)) {
        // "laboratory-confirmed cases": an adjective before the noun gives way to it
        const next = words[1]?.toLowerCase();
        if (next && !EN_STOPWORDS.has(next) && EN_ADJECTIVE_ENDINGS.some((e) => word!.endsWith(e)))
          word = next;
        else if (isEnglishCompoundHead(word, next)) word = next;
        else word = englishCompoundHead3(word, next, words[2]?.toLowerCase()) ?? word;
        if (EN_DURATIONS.has(word)) continue;
        unit = toEnglishSingular(word);
        subject = unit;
      }
    }
    // "… 4,500 jobs, up from 4,000", "£12m, compared with 9 million", "140 people, rising to 190": the unit of
    // the figure it is set against
    if (!unit && EN_SET_AGAINST.test(before)) {
      const prior = out.findLast((f) => f.unit !== null);
      if (prior) {
        unit = prior.unit;
        subject = prior.subject;
      }
    }
    if (!unit && !factor) continue;
    if (!sym && !factor && /^\d{4}$/u.test(raw) && value >= 1900 && value <= 2100 && !m[2]) continue;
    out.push({ value, unit, ...(subject ? { subject } : {}), approx, index: m.index });
  }
  return out;
}

const PAYMENTS = [...PAYMENT_NOUNS].sort((a, b) => b.length - a.length);
const GENERIC_SUMS = new Set(GENERIC_SUM_NOUNS);
const MONEY_UNITS = new Set(Object.values(CURRENCIES));

// The payment a noun names ("Sockelablöse" → "Ablöse"), or null; generic sums ("Gesamtsumme") name none.
function toPayment(word: string): string | null {
  const lower = word.toLowerCase();
  if (GENERIC_SUMS.has(lower)) return null;
  const forms = [lower, lower.replace(/(?:en|n|es|s|e)$/u, '')];
  // "Schäden", "Zuschüsse": a plural with umlaut names the payment of its singular
  if (/[äöü]/u.test(lower))
    for (const f of [...forms]) forms.push(f.replace(/ä/gu, 'a').replace(/ö/gu, 'o').replace(/ü/gu, 'u'));
  const hit = PAYMENTS.find((p) => forms.some((f) => f === p || f.endsWith(p)));
  return hit ? upperFirst(hit) : null;
}
// every capitalised word of a sentence near a sum is asked: a scan of the payment nouns, once per word
const paymentOf = memoizeString(toPayment, 20_000);

// The payment nouns of a text, in order.
function paymentsIn(text: string): { noun: string; index: number }[] {
  const out: { noun: string; index: number }[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}-]+/gu)) {
    const noun = paymentOf(m[0].replace(/^.*-/u, ''));
    if (noun) out.push({ noun, index: m.index });
  }
  return out;
}

// "kostet", "kosteten", "gekostet": a sum after it is a cost
const COST_VERB = /(?<![\p{L}])(?:kostet|kosten|kostete|kosteten|gekostet)(?![\p{L}])/u;

/**
 * What a sum of money pays: the payment noun nearest before it in its sentence ("eine Ablöse von 24 Millionen
 * Euro"); in a sentence naming none ("X hatte von 28 Millionen Euro berichtet"), the payment of the first sum
 * in the closest sentence before it in the paragraph, else the first payment noun named there.
 */
function moneySubject(
  sentences: readonly { text: string; paragraph?: number }[],
  i: number,
  index: number,
  firstSubject: ReadonlyMap<number, string>,
): string | undefined {
  const own = paymentsIn(sentences[i]!.text);
  const before = own.filter((p) => p.index < index);
  if (before.length) {
    // "die Kosten für die Beseitigung der Flutschäden … auf 27 Millionen": the noun in the complement of
    // an earlier payment noun is not what the sum pays
    const last = before[before.length - 1]!;
    const head = before[before.length - 2];
    const between = head ? sentences[i]!.text.slice(head.index, last.index) : '';
    if (head && /\sfür\s/u.test(between) && !/[,;:]/u.test(between)) return head.noun;
    return last.noun;
  }
  if (own.length) return own[0]!.noun;
  // "Die Halle kostet 14 Millionen Euro": the verb of costing names what the sum is
  if (COST_VERB.test(sentences[i]!.text.slice(0, index))) return 'Kosten';
  const para = sentences[i]!.paragraph;
  if (para === undefined) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - 4) && sentences[k]!.paragraph === para; k--) {
    const prior = firstSubject.get(k);
    if (prior) return prior;
  }
  for (let k = Math.max(0, i - 4); k < i; k++) {
    if (sentences[k]!.paragraph !== para) continue;
    const found = paymentsIn(sentences[k]!.text);
    if (found.length) return found[0]!.noun;
  }
  return undefined;
}

/** Whether `text.split(/\s+/u)` would give fewer than `n` pieces: one more than its runs of white space. */
export function fewerPiecesThan(text: string, n: number): boolean {
  if (n <= 1) return false;
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inSpace && ++pieces >= n) return false;
    inSpace = space;
  }
  return true;
}

/** Finds the numeric claims of an article: value, unit, approximation and who states them. */
export function extractFigures(input: AnalysisInput): FigureMention[] {
  const out: FigureMention[] = [];
  const english = input.article.language === 'en';
  const headings: { value: number; unit: string | null; text: string }[] = [];
  const moneySubjects = new Map<number, string>();
  // the currency of a bare "$", read once per article (USD unless the text names another dollar country)
  const dollar = english ? dollarCurrency(input.article.body ?? '') : 'USD';
  input.sentences.forEach((s, i) => {
    // A figure needs a digit (or, in German, a number word); the cheap test comes before the word count.
    // (German: the digits and the number words in one scan of the sentence)
    const cues = english ? 0 : numberCues(s.text);
    const digits = english ? hasDigit(s.text) : (cues & DIGIT_CUE) !== 0;
    const words = english ? !digits && hasEnglishNumberWord(s.text) : (cues & NUMBER_WORD_CUE_BIT) !== 0;
    if (!digits && !words) return;
    if (fewerPiecesThan(s.text, 4)) return;
    const found = english ? findEnglishFigures(s.text) : findFigures(s.text, { digits, words });
    // "Etwa 1.700 von ihnen …": the noun counted last in the paragraph, in a sentence before
    const prior = digits
      ? out.findLast((f) => f.unit && !MONEY_UNITS.has(f.unit) && f.unit !== 'Prozent')
      : undefined;
    if (
      prior &&
      input.sentences[i - 1]?.paragraph === s.paragraph &&
      prior.text === input.sentences[i - 1]?.text
    )
      for (const c of ofThemCounts(s.text))
        if (!found.some((f) => f.index === c.index))
          found.push({
            value: c.value,
            unit: prior.unit,
            ...(prior.subject ? { subject: prior.subject } : {}),
            approx: c.approx,
            index: c.index,
          });
    // "640 Keller wurden geflutet, 90 von ihnen …": the noun counted before it in the same sentence
    if (digits)
      for (const c of ofThemCounts(s.text)) {
        if (found.some((f) => f.index === c.index)) continue;
        const whole = found.findLast(
          (f) => f.index < c.index && f.unit && !MONEY_UNITS.has(f.unit) && f.unit !== 'Prozent',
        );
        if (whole)
          found.push({
            value: c.value,
            unit: whole.unit,
            ...(whole.subject ? { subject: whole.subject } : {}),
            approx: c.approx,
            index: c.index,
          });
      }
    // 'davon etwa 5.100', 'all but 900': a part whose noun is left out ('von ihnen' is ofThemCounts')
    if (digits) found.push(...elidedCounts(input.sentences, i, found, english));
    // "from 4,100 pupils in 2015 to 3,300 this year": the target of a change whose noun is left out
    if (digits) found.push(...changeTargetCounts(s.text, found, english));
    // "7 der 40 Sitze, die Liberalen 5 und die Linke 3": further holders' bare counts of the same thing
    if (digits && !english) found.push(...listedCounts(s.text, found));
    if (!found.length) return;
    // a subheading repeats a claim of the body; it counts only when the body does not state it
    if (isSubheading(input.sentences, i)) {
      for (const f of found) headings.push({ value: f.value, unit: f.unit, text: s.text });
      return;
    }
    const claimant =
      findClaimant(input.sentences, i, english ? 'en' : 'de') ??
      (english ? englishActingSubject(s.text) : (estimatingSubject(s.text) ?? resultOwner(s.text)));
    const seen = new Set<string>();
    // the group German percentages are shares of, read once per sentence that has one
    const shares =
      !english && found.some((f) => f.unit === 'Prozent')
        ? shareSubjects(
            s.text,
            found.map((f) => f.index),
          )
        : undefined;
    for (const [k, f] of found.entries()) {
      const key = `${f.value}|${f.unit}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!english && (isQuotedSmallCount(s.text, f) || isPlaceCount(s.text, f))) continue;
      // a correction note's wrong value is no claim
      if (isRetractedFigure(s.text, f.index)) continue;
      // a measure takes the quantity it measures ("Pegel") before its unit's own name
      const subject =
        measureSubject(s.text, f.index, f.unit) ??
        staffSubject(s.text, gatheringSubject(s.text, f.subject)) ??
        (f.unit && MONEY_UNITS.has(f.unit)
          ? moneySubject(input.sentences, i, f.index, moneySubjects)
          : undefined) ??
        (english ? englishChangeSubject(s.text, f.index) : changeSubject(s.text, f.index)) ??
        (f.unit === 'Prozent' ? shares?.[k] : undefined) ??
        (english && f.unit && EN_LENGTH_UNITS.has(f.unit)
          ? englishLengthSubject(s.text, f.index)
          : undefined);
      if (subject && f.unit && MONEY_UNITS.has(f.unit) && !moneySubjects.has(i))
        moneySubjects.set(i, subject);
      out.push({
        article: input.article.id,
        value: f.value,
        // "$40 million" in a Canadian article: the country's dollar
        unit: f.unit === 'USD' && dollar !== 'USD' && hasBareDollar(s.text) ? dollar : f.unit,
        claimant:
          (english ? englishClauseClaimant(s.text, f.index) : clauseClaimant(s.text, f.index)) || claimant,
        ...(subject ? { subject } : {}),
        ...(f.approx ? { approx: true } : {}),
        text: s.text,
      });
    }
  });
  for (const h of headings) {
    if (out.some((f) => f.value === h.value)) continue;
    out.push({ article: input.article.id, value: h.value, unit: h.unit, claimant: null, text: h.text });
  }
  return out;
}
