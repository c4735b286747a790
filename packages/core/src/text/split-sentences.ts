import {
  DE_ABBREVIATIONS,
  DE_ORDINAL_CONTEXT,
  DE_SENTENCE_FINAL_ABBREVIATIONS,
} from '../lexicon/de/abbreviations.js';
import { MONTHS } from '../lexicon/de/calendar.js';
import { isSpaceCode } from './is-space-code.js';
import { memoizeString } from './memoize-word.js';

/** A sentence of the cleaned body, with the paragraph it stands in. */
export interface Sentence {
  text: string;
  /** index of the paragraph in the cleaned body */
  paragraph: number;
  /** index of the sentence in the whole article */
  index: number;
}

// a quotation longer than this is more likely an unbalanced mark than one quote
const MAX_QUOTE = 1200;
// sentence end: punctuation, closing quotes or brackets, space, then what can open a sentence, as the
// regex /(\.{3}|…|[.!?]+)(["“”»«’')\]]*)(\s+)(?=[\p{Lu}\p{N}„"»«(‚‘“])/gu finds it (read by findBoundary)
const OPENER = /^[\p{Lu}\p{N}„"»«(‚‘“]$/u;
// per BMP code unit: 0 not yet asked, 1 it can open a sentence, 2 not
const openerUnit = new Uint8Array(0x10000);
const CLOSERS = new Set([...'"“”»«’\')]'].map((c) => c.charCodeAt(0)));
// what ends the word before a period, scanning back: white space (as /\s/) or one of ( „ " » « “
const WORD_STOPS = new Set([0x28, 0x201e, 0x22, 0xbb, 0xab, 0x201c]);
const isWordStop = (c: number) => isSpaceCode(c) || WORD_STOPS.has(c);
// the word after a period
const NEXT_WORD = /\.\s+([^\s]+)/y;

/** Splits a paragraph into sentences, German-aware: ordinals, abbreviations, initials and quotations hold. */
export function splitSentences(paragraph: string): string[] {
  // a paragraph of the cleaned body is one line: the split's regex search is left out then
  if (!paragraph.includes('\n')) return splitLine(paragraph);
  const out: string[] = [];
  for (const line of paragraph.split(/\n+/)) out.push(...splitLine(line));
  return out;
}

/** Splits cleaned paragraphs into numbered sentences. */
export function toSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const text of splitSentences(p)) out.push({ text, paragraph, index: out.length });
  });
  return out;
}

function splitLine(text: string): string[] {
  const quotes = quoteSpans(text);
  const inQuote = (pos: number) => quotes.some(([open, close]) => open < pos && pos <= close);
  const out: string[] = [];
  let start = 0;
  for (let from = findBoundary(text, 0); from >= 0; from = findBoundary(text, boundaryEnd)) {
    const at = from;
    const cut = closersEnd;
    // a break inside a quotation waits for the quotation to close
    if (inQuote(cut)) continue;
    const punct = punctEnd - at;
    const ellipsis = text.charCodeAt(at) === 0x2026 || (punct === 3 && text.startsWith('...', at));
    if (ellipsis && !hasClosingQuote(text, punctEnd, cut)) continue;
    if (punct === 1 && text.charCodeAt(at) === 0x2e && cut === punctEnd && !endsSentence(text, at)) continue;
    const piece = text.slice(start, cut).trim();
    if (piece) out.push(piece);
    start = cut;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * The sentence boundaries of a line, each as [start, end of its punctuation, end of its closing marks, end of
 * its white space] (the matches of the boundary regex described above, found by a scan).
 */
export function sentenceBoundaries(text: string): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  quoteSpans(text);
  for (let at = findBoundary(text, 0); at >= 0; at = findBoundary(text, boundaryEnd))
    out.push([at, punctEnd, closersEnd, boundaryEnd]);
  return out;
}

// where findBoundary's last boundary ends its punctuation, its closing marks, and its white space
let punctEnd = 0;
let closersEnd = 0;
let boundaryEnd = 0;

// The start of the next sentence boundary at or after `from` (as the next match of the BOUNDARY regex
// described above), or -1; its parts' ends are left in punctEnd, closersEnd and boundaryEnd. A match is
// the punctuation at its start: a run of . ! ? (three dots are the same run), or one "…"; a run that fails
// fails from each of its positions as well, the same closing marks and spaces following it.
// The marks are read from markAt: quoteSpans(text) comes first.
function findBoundary(text: string, from: number): number {
  const n = text.length;
  let i = from;
  // the calls for a line ask for later and later positions: the marks before the last boundary are passed
  let k = markCursor;
  while (k < marks && markAt[k]! < from) k++;
  for (; k < marks; k++) {
    if (markAt[k]! < i) continue;
    i = markAt[k]!;
    const c = text.charCodeAt(i);
    let end: number;
    if (c === 0x2026) end = i + 1;
    else {
      end = i + 1;
      while (end < n && isSentenceMark(text.charCodeAt(end))) end++;
    }
    let q = end;
    while (q < n && CLOSERS.has(text.charCodeAt(q))) q++;
    let s = q;
    while (s < n && isSpaceCode(text.charCodeAt(s))) s++;
    if (s > q && s < n && opensSentence(text, s)) {
      punctEnd = end;
      closersEnd = q;
      boundaryEnd = s;
      markCursor = k + 1;
      return i;
    }
    i = end;
  }
  return -1;
}

function isSentenceMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

// Whether the character at `at` can open a sentence (an upper-case letter, a digit, an opening mark).
function opensSentence(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff && at + 1 < text.length) {
    const d = text.charCodeAt(at + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return OPENER.test(text.slice(at, at + 2));
  }
  let v = openerUnit[c]!;
  if (v === 0) {
    v = OPENER.test(String.fromCharCode(c)) ? 1 : 2;
    openerUnit[c] = v;
  }
  return v === 1;
}

// Whether text[from, to) holds one of " “ ” » «.
function hasClosingQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0xbb || c === 0xab) return true;
  }
  return false;
}

// Whether the period at `at` ends a sentence, judged by the word before it and the word after it.
function endsSentence(text: string, at: number): boolean {
  // the word before the period: back to white space or an opening bracket or quote (a backward scan, not
  // a regex anchored at the end, which would be tried at every position of the paragraph)
  let from = at;
  while (from > 0 && !isWordStop(text.charCodeAt(from - 1))) from--;
  const verdict = wordVerdict(text.slice(from, at));
  if (verdict !== ORDINAL) return verdict === ENDS;
  // the word after the period is read only here, where it decides
  NEXT_WORD.lastIndex = at;
  const next = NEXT_WORD.exec(text)?.[1]?.replace(/[^\p{L}\p{N}]+$/u, '') ?? '';
  if (MONTHS[next.toLowerCase()] !== undefined) return false;
  const prev =
    /(\S+)\s+\S*$/
      .exec(text.slice(0, at))?.[1]
      ?.toLowerCase()
      .replace(/[^\p{L}]+/gu, '') ?? '';
  return !DE_ORDINAL_CONTEXT.has(prev);
}

// what the word before a period says: the sentence ends, it goes on, or the words around must decide
const ENDS = 0;
const GOES_ON = 1;
const ORDINAL = 2;

// The verdict of the word before a period, by the word alone (the same words end sentence after sentence).
const wordVerdict: (word: string) => number = memoizeString((word) => {
  const bare = word.toLowerCase().replace(/\.$/, '');
  if (!bare) return ENDS;
  if (DE_SENTENCE_FINAL_ABBREVIATIONS.has(bare)) return ENDS;
  if (DE_ABBREVIATIONS.has(bare)) return GOES_ON;
  // street names: "Hauptstr. 5"
  if (/\p{L}{2,}str$/u.test(bare)) return GOES_ON;
  // initials and multi-part abbreviations: "J. Smith", "z. B.", "u.a."
  if (/^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare)) return GOES_ON;
  // ordinals and dates without a year: "24. Oktober", "am 3. Tag", "am 24.10. Danach" stays one sentence
  if (/^\d{1,3}$/.test(bare) || /^\d{1,2}\.\d{1,2}$/.test(bare)) return ORDINAL;
  return ENDS;
}, 20_000);

// the positions of the sentence marks . ! ? … of the line quoteSpans read last, and how many there are
let markAt = new Int32Array(256);
let marks = 0;
// the first mark findBoundary has not passed yet
let markCursor = 0;

// Spans [open, close] of balanced quotations (and the line's sentence marks, in markAt) in „…“, »…«, «…», “…” and "…".
function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const closers: string[] = [];
  const opens: number[] = [];
  marks = 0;
  markCursor = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // the sentence marks are noted for findBoundary on the way, which then reads only them
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026) {
      if (marks === markAt.length) {
        const grown = new Int32Array(marks * 2);
        grown.set(markAt);
        markAt = grown;
      }
      markAt[marks++] = i;
      continue;
    }
    // only quotation marks matter; everything else is skipped without reading a character string
    if (
      code !== 0x201e &&
      code !== 0xbb &&
      code !== 0xab &&
      code !== 0x201c &&
      code !== 0x201d &&
      code !== 0x22
    )
      continue;
    const t = closers.length > 0 ? closers[closers.length - 1] : undefined;
    if (code === 0x201e) open('“', i);
    else if (code === 0xbb) open('«', i);
    else if (code === 0xab) {
      if (t === '«') close(i);
      else open('»', i);
    } else if (code === 0x201c) {
      if (t === '“') close(i);
      else open('”', i);
    } else if (code === 0x201d) {
      if (t === '”' || t === '“') close(i);
    } else if (t === '"') close(i);
    else if (i === 0 || /[\s([{–—-]/.test(text[i - 1]!)) open('"', i);
  }
  return spans;

  function open(closer: string, at: number): void {
    closers.push(closer);
    opens.push(at);
  }

  function close(i: number): void {
    closers.pop();
    const at = opens.pop()!;
    if (i - at <= MAX_QUOTE) spans.push([at, i]);
  }
}
