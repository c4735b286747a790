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
  CURRENCIES,
  DURATION_WORDS,
  EN_SINGULAR_ENDINGS,
  IRREGULAR_PLURALS,
  MEASURES,
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
import type { FigureMention } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';
import { findClaimant } from './find-claimant.js';

const DIGITS = /(?<![\p{L}\p{N}\-/.,€$£])(\d{1,3}(?:[.\u00a0\u202f ]\d{3})+|\d+)(,\d+)?(?!\p{N})/gu;
const WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);
const RANK = new RegExp(
  `(?<![\\p{L}])(${Object.keys(ORDINAL_STEMS).join('|')})(größt|stärkst|wichtigst|reichst|best|höchst|meist|bevölkerungsreichst|wertvollst|erfolgreichst)\\p{L}*`,
  'giu',
);
// "1,6 und 1,9 Milliarden", "5 bis 7 Prozent", and parts of a whole: "29 der 37 Kliniken", "3 von 10 Befragten"
const RANGE_NEXT = /^\s*(?:und|bis|oder|–|-|der|von)\s*\d+(?:[.,]\d+)*(?!\p{N})/u;
const WORD_AT = /^\s*([^\s,;:!?()„“"»«]+)/u;
const DURATIONS = new Set(DURATION_WORDS);
const LABELS = new Set(NUMBER_LABELS);
const YEAR_BEFORE = new Set([...YEAR_CUES, ...Object.keys(MONTHS)]);

interface Unit {
  unit: string | null;
  subject?: string;
  /** characters consumed after the number */
  skip: number;
  /** true when what follows makes the number no figure (a date, a duration, an age) */
  reject?: boolean;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The singular of a German plural noun, as far as endings tell ("Druckern" → "Drucker", "Soldaten" → "Soldat"). */
export function toLemma(word: string): string {
  const w = word.toLowerCase();
  const cap = (s: string) => (/^\p{Lu}/u.test(word) ? upperFirst(s) : s);
  for (const [plural, singular] of Object.entries(IRREGULAR_PLURALS)) {
    if (w.endsWith(plural)) return cap(w.slice(0, w.length - plural.length) + singular);
    if (w.endsWith(`${plural}n`)) return cap(w.slice(0, w.length - plural.length - 1) + singular);
  }
  if (EN_SINGULAR_ENDINGS.some((e) => w.endsWith(e))) return cap(w);
  if (w.endsWith('innen')) return cap(w.slice(0, -3));
  if (/(?:heit|keit|ung|schaft|ion|tät|enz|anz|ei|ur|ik)en$/u.test(w)) return cap(w.slice(0, -2));
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
  const lemma = toLemma(word);
  return { unit: lemma, subject: toSubject(lemma), skip: skip + t.len };
}

function readScale(after: string): { factor: number; len: number } {
  const m = after.match(/^\s+([\p{L}]+\.?)/u);
  const f = m
    ? (SCALE_WORDS[m[1]!.toLowerCase()] ?? SCALE_WORDS[m[1]!.toLowerCase().replace(/\.$/u, '')])
    : undefined;
  return f && m ? { factor: f, len: m[0].length } : { factor: 1, len: 0 };
}

function isApprox(before: string): boolean {
  const b = before.toLowerCase().trimEnd();
  return APPROX_CUES.some((c) => b.endsWith(` ${c}`) || b === c);
}

const prevWord = (before: string) => before.match(/([\p{L}§.]+)\s*$/u)?.[1]?.toLowerCase() ?? '';

/** Finds the figures of one sentence: value, what is counted and whether it is approximate. */
export function findFigures(
  sentence: string,
): { value: number; unit: string | null; subject?: string; approx: boolean; index: number }[] {
  const out: { value: number; unit: string | null; subject?: string; approx: boolean; index: number }[] = [];
  // dates, times and scores are masked so their numbers are not read
  const text = sentence
    .replace(/\b\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?/gu, (m) => ' '.repeat(m.length))
    .replace(/\b\d{1,2}[:.]\d{2}(?=\s*Uhr)|\b\d{1,2}(?=\s*Uhr)|\b\d+:\d+\b/gu, (m) => ' '.repeat(m.length));
  for (const m of text.matchAll(DIGITS)) {
    const raw = m[1]!;
    const before = text.slice(0, m.index);
    let after = text.slice(m.index + m[0].length);
    if (/^\.\s*\S/u.test(after) || /^-\p{L}/u.test(after) || /^[/:]\d/u.test(after)) continue; // ordinal, "34-jährige", "1/5"
    if (/[-/]$/u.test(before) || (/\(\s*$/u.test(before) && /^\s*\)/u.test(after))) continue;
    const pw = prevWord(before);
    if (LABELS.has(pw)) continue;
    const plain = /^\d+$/u.test(raw);
    let value = Number(raw.replace(/[.\u00a0\u202f ]/gu, '') + (m[2] ? `.${m[2].slice(1)}` : ''));
    const sym = before.match(/([€$£])\s*$/u)?.[1];
    if (after.startsWith('%')) {
      out.push({ value, unit: 'Prozent', approx: isApprox(before), index: m.index });
      continue;
    }
    let scale = readScale(after);
    let u = readUnit(after.slice(scale.len));
    // "zwischen 1,6 und 1,9 Milliarden Euro", "5 bis 7 Prozent": the first number shares the second's scale and unit
    const range = !sym && scale.factor === 1 && !u.unit && !u.reject ? RANGE_NEXT.exec(after) : null;
    if (range) {
      const rest = after.slice(range[0].length);
      if (/^\s*%/u.test(rest)) {
        out.push({ value, unit: 'Prozent', approx: isApprox(before), index: m.index });
        continue;
      }
      scale = readScale(rest);
      u = readUnit(rest.slice(scale.len));
    } else {
      after = after.slice(scale.len);
    }
    value *= scale.factor;
    if (u.reject) continue;
    const unit = sym ? (CURRENCIES[sym] ?? null) : u.unit;
    if (!unit && scale.factor === 1) continue;
    if (plain && raw.length === 4 && value >= 1900 && value <= 2100 && scale.factor === 1 && !sym) {
      if (YEAR_BEFORE.has(pw) || !u.unit) continue;
    }
    out.push({
      value,
      unit,
      ...(u.subject && !sym ? { subject: u.subject } : {}),
      approx: isApprox(before),
      index: m.index,
    });
  }
  for (const m of text.matchAll(WORDS)) {
    const word = m[1]!;
    if (/^\p{Lu}/u.test(word) && m.index > 0) continue; // "Elf", "Acht" as nouns
    let value = NUMBER_WORDS[word.toLowerCase()]!;
    let after = text.slice(m.index + m[0].length);
    const scale = readScale(after);
    value *= scale.factor;
    after = after.slice(scale.len);
    const u = readUnit(after);
    if (u.reject || !u.unit) continue;
    out.push({
      value,
      unit: u.unit,
      ...(u.subject ? { subject: u.subject } : {}),
      approx: isApprox(text.slice(0, m.index)),
      index: m.index,
    });
  }
  for (const m of text.matchAll(RANK)) {
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
const EN_MONTHS_RE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?/gu;
const EN_DURATIONS = new Set(EN_DURATION_WORDS);
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

/** Finds the figures of one English sentence: "4,000 households", "5.4 billion euros", "6 percent", "$3 million". */
export function findEnglishFigures(
  sentence: string,
): { value: number; unit: string | null; subject?: string; approx: boolean; index: number }[] {
  const out: { value: number; unit: string | null; subject?: string; approx: boolean; index: number }[] = [];
  const text = sentence
    .replace(EN_MONTHS_RE, (m) => ' '.repeat(m.length))
    .replace(/\b\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am|pm)?|\b\d+:\d+\b/giu, (m) => ' '.repeat(m.length));
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
    const sym = before.match(/([€$£])\s*$/u)?.[1];
    const approx = EN_APPROX_CUES.some((c) => before.toLowerCase().trimEnd().endsWith(c));
    if (after.startsWith('%') || EN_PERCENT_WORDS.some((w) => after.toLowerCase().startsWith(` ${w}`))) {
      out.push({ value, unit: 'Prozent', approx, index: m.index });
      continue;
    }
    const scaleWord = /^\s+([\p{L}]+)/u.exec(after);
    const factor = scaleWord ? EN_SCALE_WORDS[scaleWord[1]!.toLowerCase()] : undefined;
    if (factor && scaleWord) {
      value *= factor;
      after = after.slice(scaleWord[0].length);
    }
    let unit: string | null = sym ? (CURRENCIES[sym] ?? null) : null;
    let subject: string | undefined;
    if (!unit) {
      const words = (after.match(/^\s+([\p{L}][\p{L}-]*)(?:\s+([\p{L}][\p{L}-]*))?/u) ?? []).slice(1);
      let word = words[0]?.toLowerCase();
      if (word && EN_DURATIONS.has(word)) continue;
      if (word && EN_CURRENCIES[word]) unit = EN_CURRENCIES[word]!;
      else if (word && MEASURES[word]) unit = MEASURES[word]!;
      else if (word && !EN_STOPWORDS.has(word)) {
        // "laboratory-confirmed cases": an adjective before the noun gives way to it
        const next = words[1]?.toLowerCase();
        if (next && !EN_STOPWORDS.has(next) && EN_ADJECTIVE_ENDINGS.some((e) => word!.endsWith(e)))
          word = next;
        if (EN_DURATIONS.has(word)) continue;
        unit = toEnglishSingular(word);
        subject = unit;
      }
    }
    if (!unit && !factor) continue;
    if (!sym && !factor && /^\d{4}$/u.test(raw) && value >= 1900 && value <= 2100 && !m[2]) continue;
    out.push({ value, unit, ...(subject ? { subject } : {}), approx, index: m.index });
  }
  return out;
}

/** Finds the numeric claims of an article: value, unit, approximation and who states them. */
export function extractFigures(input: AnalysisInput): FigureMention[] {
  const out: FigureMention[] = [];
  const english = input.article.language === 'en';
  input.sentences.forEach((s, i) => {
    if (s.text.split(/\s+/u).length < 4) return;
    const found = english ? findEnglishFigures(s.text) : findFigures(s.text);
    if (!found.length) return;
    const claimant = findClaimant(input.sentences, i, english ? 'en' : 'de');
    const seen = new Set<string>();
    for (const f of found) {
      const key = `${f.value}|${f.unit}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        article: input.article.id,
        value: f.value,
        unit: f.unit,
        claimant,
        ...(f.subject ? { subject: f.subject } : {}),
        ...(f.approx ? { approx: true } : {}),
        text: s.text,
      });
    }
  });
  return out;
}
