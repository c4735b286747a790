import {
  BIRTH_MARKERS,
  EXPECTATION_MARKERS,
  FUTURE_MARKERS,
  PAST_MARKERS,
  PUBLICATION_LINE,
} from '../lexicon/de/relative-dates.js';
import { EN_FUTURE_MARKERS } from '../lexicon/en/relative-dates.js';
import { isSpaceCode } from '../text/is-space-code.js';
import type { EventMention } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans.js';
import { type DateExpression, type DateParts, parseDateExpressions } from './parse-dates.js';
import { isPerfectConjunct } from './perfect-conjunct.js';
import { resolveDate, toAnchor } from './resolve-date.js';

/** Longest event text kept whole; longer sentences are cut to the clauses around the date. */
const MAX_TEXT = 220;
/** Fewest words besides the date a sentence needs to tell an event (drops datelines and captions). */
const MIN_WORDS = 4;
const ZU_INFINITIVE = /(?<![\p{L}])zu\s+\p{Ll}+en(?![\p{L}])|\p{Ll}{2,}zu\p{Ll}{2,}en(?![\p{L}])/u;

interface Span {
  start: number;
  end: number;
}

/** A date expression's span and relative date, as the sentence rules read it. */
type Local = Span & Pick<DateExpression, 'relative'>;

/** Offsets of the analysis sentences inside their paragraph; the whole paragraph when they cannot be found. */
function sentenceSpans(paragraph: string, sentences: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const s of sentences) {
    const at = paragraph.indexOf(s, cursor);
    if (at < 0) return [{ start: 0, end: paragraph.length }];
    spans.push({ start: at, end: at + s.length });
    cursor = at + s.length;
  }
  return spans.length ? spans : [{ start: 0, end: paragraph.length }];
}

/** The sentence(s) an expression stands in (several when the splitter broke inside the date). */
function enclosing(spans: readonly Span[], e: DateExpression): Span {
  const hit = spans.filter((s) => s.start < e.end && e.start < s.end);
  if (!hit.length) return { start: 0, end: 0 };
  return { start: (hit[0] as Span).start, end: (hit[hit.length - 1] as Span).end };
}

const RELATIVE_PRONOUN = /^(?:der|die|das|dem|den|deren|dessen|welche[mnrs]?)\s/u;
const SUBORDINATE = /^(?:dass|wonach|weil|nachdem|als|ob|wie|da|seit|bevor|während)\s/u;

/** How often a one-character string occurs in a text (as `text.split(ch).length - 1`, without the split). */
function countOf(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

/** Drops a quotation mark left without its partner when the text was cut. */
function balanceQuotes(text: string): string {
  let t = text;
  const pairs: Array<[string, string]> = [
    ['„', '“'],
    ['»', '«'],
  ];
  for (const [open, close] of pairs) {
    const opens = countOf(t, open);
    const closes = countOf(t, close);
    if (opens > closes) t = t.replace(new RegExp(`${open}(?![^${open}]*${close})`, 'u'), '');
    else if (closes > opens) t = t.replace(new RegExp(`(?<!${open}[^${close}]*)${close}`, 'u'), '');
  }
  if (countOf(t, '"') % 2 === 1) t = t.replace('"', '');
  return t;
}

/** The part of a sentence that tells what happened at the date: the sentence, or its clauses around the date when long. */
export function toEventText(sentence: string, exprStart: number): string {
  const s = sentence.trim();
  if (s.length <= MAX_TEXT) return balanceQuotes(s);
  const clauses: Span[] = [];
  let from = 0;
  for (const m of s.matchAll(/,\s+|;\s+|\s+[–—-]\s+|:\s+/gu)) {
    clauses.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  clauses.push({ start: from, end: s.length });
  let i = clauses.findIndex((c) => exprStart < c.end);
  if (i < 0) i = clauses.length - 1;
  let first = i;
  let last = i;
  const len = (): number => (clauses[last] as Span).end - (clauses[first] as Span).start;
  // A "dass" clause reads better with the short main clause that reports it.
  if (
    first > 0 &&
    SUBORDINATE.test(s.slice((clauses[first] as Span).start)) &&
    (clauses[first - 1] as Span).end - (clauses[0] as Span).start < 80
  )
    first = 0;
  // An appositive relative clause ("der am Montag in Bonn war") needs the noun it describes.
  if (
    first > 0 &&
    RELATIVE_PRONOUN.test(s.slice((clauses[first] as Span).start)) &&
    (clauses[first] as Span).end - (clauses[first - 1] as Span).start <= MAX_TEXT
  )
    first--;
  while (
    last + 1 < clauses.length &&
    (clauses[last + 1] as Span).end - (clauses[first] as Span).start <= MAX_TEXT
  )
    last++;
  while (first > 0 && len() < 60) first--;
  let text = s
    .slice((clauses[first] as Span).start, (clauses[last] as Span).end)
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
  // A clause cut out after "und" reads as a sentence of its own.
  const conj = /^(?:und|oder|aber|doch|sondern)\s+(\p{Ll})/u.exec(text);
  if (conj && first > 0) text = (conj[1] as string).toUpperCase() + text.slice(conj[0].length);
  // Mark the cut, so the reader knows the sentence goes on.
  if (last < clauses.length - 1) text += ' …';
  return balanceQuotes(text);
}

// Characters that may follow a sentence's final mark: spaces, quotation marks, brackets.
const AFTER_END = new Set(['"', '“', '”', '»', '«', "'", ')']);
const END_MARKS = new Set(['.', '!', '…']);

/** Whether a trimmed text ends with a full stop, "!" or "…", closing marks after it allowed (as /[.!…][\s"“”»«')]*$/u). */
function endsAsStatement(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && (isSpaceCode(s.charCodeAt(i)) || AFTER_END.has(s[i] as string))) i--;
  return i >= 0 && END_MARKS.has(s[i] as string);
}

const WORD = /\p{L}{2,}/gu;

/** Whether the two texts together hold at least `n` words of two letters or more. */
function hasWords(a: string, b: string, n: number): boolean {
  let count = 0;
  for (const text of [a, b]) {
    WORD.lastIndex = 0;
    while (WORD.exec(text)) if (++count >= n) return true;
  }
  return false;
}

/** Whether the sentence around a date is a dateline, a question, a caption or a birth date rather than an event. */
function isNoise(sentence: string, expr: Local, publicationParagraph: boolean): boolean {
  if (publicationParagraph) return true;
  const trimmed = sentence.trim();
  if (PUBLICATION_LINE.test(trimmed)) return true;
  // Headlines, datelines and questions do not tell a dated event; a sentence ends with a full stop.
  if (!endsAsStatement(trimmed)) return true;
  const before = sentence.slice(0, expr.start);
  const after = sentence.slice(expr.end);
  // A date alone in brackets at the end is a caption's or a credit's date ("(Juni 2024).").
  if (/\(\s*$/u.test(before) && /^\s*\)[\s.]*$/u.test(after)) return true;
  // the words around the date, as in `${before} ${after}`: the space keeps a word from spanning both
  if (!hasWords(before, after, MIN_WORDS)) return true;
  const near = sentence.slice(Math.max(0, expr.start - 40), expr.end + 40);
  return BIRTH_MARKERS.test(near);
}

/** ",", ";" or ":". */
const isClausePunct = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a;

// a past form the tense markers miss ("konnten", "meldete", "gab"): a deadline in such a clause has passed
// (not the Konjunktiv II of a modal: "müsste bis Ende Februar" still lies ahead)
const PRETERITE =
  /(?<![\p{L}])(?:(?!(?:müsst|könnt|dürft|hätt|bräucht)en?(?![\p{L}]))\p{Ll}{2,}(?:te|ten)|hat|haben|habe|ist|sind|gab|gaben|kam|kamen|lag|lagen|ging|gingen|stand|standen|blieb|blieben|was|were|had|has|have)(?![\p{L}])/u;
// "bis Ende Januar", "spätestens am Freitag": a deadline told of in a clause not in the past lies ahead
// "seit", "since" right before the date, perhaps with an article: "seit dem 3. März", "since last Monday"
const SINCE_BEFORE = /(?<![\p{L}])(?:seit|since)\s+(?:(?:dem|vergangenem|letztem|last)\s+)?$/iu;
// "für den", "für Mittwoch, den": what a date is set for
const SET_FOR_BEFORE = /(?<![\p{L}])für\s+(?:den\s+)?$/iu;
// participles that set a date: "angesetzt", "anberaumt", "terminiert"
const SET_PARTICIPLE =
  /\b(?:angesetzt|anberaumt|terminiert|festgesetzt|einberufen|geplant|vorgesehen|angekündigt)\b/iu;
const DEADLINE_BEFORE =
  /(?<![\p{L}])(?:bis|spätestens|by|until)\s+(?:(?:zum|zur|am|on)\s+|the\s+end\s+of\s+)?$/iu;

// "ab Montag", "ab dem kommenden Montag"; "von Montag an"
const START_BEFORE = /(?<![\p{L}])ab\s+(?:dem\s+)?$/iu;
const FROM_BEFORE = /(?<![\p{L}])(?:von|vom)\s+$/iu;
const START_AFTER = /^\s+an(?![\p{L}])/u;
// verbs of starting and applying in the past tense: "ab Montag galt das Verbot"
const PAST_START = /(?<![\p{L}])(?:galt|galten|begann|begannen|trat|traten|startete|starteten)(?![\p{L}])/u;

/** Whether the clause around a date is in the future tense ("wird am Dienstag besuchen"), so an undated day or month lies ahead. */
function speaksOfFuture(sentence: string, expr: Local): boolean {
  const head = sentence.slice(0, expr.start);
  const tail = sentence.slice(expr.end);
  // the last and first pieces of split(/[,;:]\s/u): two such separators never overlap
  let cut = head.length - 2;
  while (cut >= 0 && !(isClausePunct(head.charCodeAt(cut)) && isSpaceCode(head.charCodeAt(cut + 1)))) cut--;
  const before = cut >= 0 ? head.slice(cut + 2) : head;
  let stop = 0;
  while (
    stop + 1 < tail.length &&
    !(isClausePunct(tail.charCodeAt(stop)) && isSpaceCode(tail.charCodeAt(stop + 1)))
  )
    stop++;
  const after = stop + 1 < tail.length ? tail.slice(0, stop) : tail;
  const clause = `${before} ${after}`;
  // "seit Mittwoch", "since Tuesday": a start told with "seit" lies behind, whatever the tense
  if (SINCE_BEFORE.test(sentence.slice(Math.max(0, expr.start - 16), expr.start))) return false;
  // "Für den 3. Mai hat das Gericht einen Termin angesetzt": a day a hearing or a vote is set for
  if (
    !expr.relative &&
    SET_FOR_BEFORE.test(sentence.slice(Math.max(0, expr.start - 10), expr.start)) &&
    SET_PARTICIPLE.test(clause)
  )
    return true;
  // "hat für Donnerstag zu einem Warnstreik aufgerufen", "lädt für Mittwoch ein": a day something is
  // called or set for lies ahead, whatever the tense of the call
  if (
    expr.relative?.unit === 'weekday' &&
    expr.relative.mode === 'nearest' &&
    /(?:^|[^\p{L}])für\s+(?:den\s+)?\p{L}+$/iu.test(sentence.slice(Math.max(0, expr.start - 12), expr.end)) &&
    // "hat die für Dienstag geplante Abstimmung vertagt": a participle names what was set, the tense decides
    !/^\s+(?:\p{Ll}*ge\p{Ll}+(?:t|en)e|anberaumte|erwartete)[nrs]?\s/u.test(tail)
  )
    return true;
  if (PAST_MARKERS.test(clause)) return false;
  // "hat am Sonntag begonnen und soll bis Dienstag dauern": the date's own conjunct has the tense
  if (isPerfectConjunct(before, after, FUTURE_MARKERS)) return false;
  if (FUTURE_MARKERS.test(clause) || EN_FUTURE_MARKERS.test(clause)) return true;
  if (DEADLINE_BEFORE.test(head) && !PRETERITE.test(clause)) return true;
  // "ab Donnerstag gilt", "von Donnerstag an sei es verboten": a start told of outside the past lies ahead
  if (
    (START_BEFORE.test(head) || (FROM_BEFORE.test(head) && START_AFTER.test(tail))) &&
    !PAST_MARKERS.test(clause) &&
    !PAST_START.test(clause)
  )
    return true;
  // "man rechne damit, den Betrieb am Samstag wieder aufzunehmen": an infinitive clause takes the tense
  // of the clause that governs it
  // every match holds "zu"
  if (clause.includes('zu') && ZU_INFINITIVE.test(clause)) {
    const governing = sentence.slice(0, Math.max(0, expr.start - before.length));
    return (
      (FUTURE_MARKERS.test(governing) || EXPECTATION_MARKERS.test(governing)) && !PAST_MARKERS.test(governing)
    );
  }
  return false;
}

/**
 * Whether resolving an expression, or keeping it as a partial date, depends on the tense of its sentence: an
 * undated day or month ("am Montag", "am Wochenende", "im März") lies ahead or behind by it; a date with a
 * year, a day count ("gestern") or a named week ("letzte Woche") does not.
 */
export function readsTense(e: DateParts): boolean {
  const r = e.relative;
  if (r) return (r.unit === 'weekday' && r.mode === 'nearest') || (r.unit === 'weekend' && r.offset === null);
  return e.year === undefined && e.month !== undefined;
}

/** Whether a date expression stands between the marks of one of the quotations. */
const insideQuote = (quotes: readonly QuoteSpan[], e: DateExpression): boolean =>
  quotes.some((q) => q.open < e.start && e.end <= q.close);

/** Finds dated events in an article: every date expression that dates what a sentence tells, resolved when the article's date allows. */
export function extractEvents(input: AnalysisInput): EventMention[] {
  const article = input.article.id;
  const anchor = toAnchor(input.article.date);
  const out: EventMention[] = [];
  const seen = new Set<string>();
  // the sentences of each paragraph, collected in one pass when a paragraph first needs them
  let byParagraph: Map<number, string[]> | undefined;
  input.paragraphs.forEach((paragraph, p) => {
    const exprs = parseDateExpressions(paragraph);
    // most paragraphs name no date: their sentences need not be found
    if (!exprs.length) return;
    if (!byParagraph) {
      byParagraph = new Map();
      for (const s of input.sentences) {
        const list = byParagraph.get(s.paragraph);
        if (list) list.push(s.text);
        else byParagraph.set(s.paragraph, [s.text]);
      }
    }
    const spans = sentenceSpans(paragraph, byParagraph.get(p) ?? []);
    const publicationParagraph = PUBLICATION_LINE.test(paragraph.trim());
    let quotes: QuoteSpan[] | undefined;
    for (const expr of exprs) {
      const span = enclosing(spans, expr);
      const sentence = paragraph.slice(span.start, span.end);
      // the expression's offsets inside its sentence (the rules below read only these and its relative date)
      const local: Local = {
        start: expr.start - span.start,
        end: expr.end - span.start,
        relative: expr.relative,
      };
      if (!sentence || isNoise(sentence, local, publicationParagraph)) continue;
      // „Vor vier Wochen hätte ich …“: a date without its year inside a direct quote is the speaker's way
      // of speaking, not a dated event
      if (expr.relative || expr.year === undefined) {
        quotes ??= findQuoteSpans(paragraph);
        if (insideQuote(quotes, expr)) continue;
      }
      // the tense is read only for a date it can move (resolveDate reads `future` for no other)
      const future = readsTense(expr) && speaksOfFuture(sentence, local);
      const resolved = resolveDate(expr, anchor, { future });
      let mention: EventMention | null = null;
      if (resolved) {
        mention = {
          article,
          text: toEventText(sentence, local.start),
          date: resolved.date,
          ...(resolved.until ? { until: resolved.until } : {}),
        };
      } else if (!expr.relative && expr.month !== undefined && expr.year === undefined) {
        // The year comes from the corpus when it is built.
        const partial: NonNullable<EventMention['partial']> = { month: expr.month };
        if (expr.day !== undefined) partial.day = expr.day;
        if (expr.weekday !== undefined) partial.weekday = expr.weekday;
        if (expr.until?.day !== undefined) partial.untilDay = expr.until.day;
        if (expr.until?.month !== undefined && expr.until.month !== expr.month)
          partial.untilMonth = expr.until.month;
        if (expr.yearOffset !== undefined) partial.yearOffset = expr.yearOffset;
        if (future) partial.future = true;
        mention = { article, text: toEventText(sentence, local.start), partial };
      }
      if (!mention) continue;
      const key = `${mention.date ?? JSON.stringify(mention.partial)}|${mention.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(mention);
    }
  });
  return out;
}
