import {
  DE_ABBREVIATIONS,
  DE_ORDINAL_CONTEXT,
  DE_SENTENCE_FINAL_ABBREVIATIONS,
} from '../lexicon/de/abbreviations.js';
import { MONTHS } from '../lexicon/de/calendar.js';
import { isSpaceCode } from './is-space-code.js';

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
// sentence end: punctuation, closing quotes or brackets, space, then what can open a sentence
const BOUNDARY = /(\.{3}|…|[.!?]+)(["“”»«’')\]]*)(\s+)(?=[\p{Lu}\p{N}„"»«(‚‘“])/gu;
// what ends the word before a period, scanning back: white space (as /\s/) or one of ( „ " » « “
const WORD_STOPS = new Set([0x28, 0x201e, 0x22, 0xbb, 0xab, 0x201c]);
const isWordStop = (c: number) => isSpaceCode(c) || WORD_STOPS.has(c);
// the word after a period
const NEXT_WORD = /\.\s+([^\s]+)/y;

/** Splits a paragraph into sentences, German-aware: ordinals, abbreviations, initials and quotations hold. */
export function splitSentences(paragraph: string): string[] {
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
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index;
    const punct = m[1]!;
    const closers = m[2]!;
    const cut = at + punct.length + closers.length;
    // a break inside a quotation waits for the quotation to close
    if (inQuote(cut)) continue;
    if ((punct === '…' || punct === '...') && !/["“”»«]/.test(closers)) continue;
    if (punct === '.' && !closers && !endsSentence(text, at)) continue;
    const piece = text.slice(start, cut).trim();
    if (piece) out.push(piece);
    start = cut;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

// Whether the period at `at` ends a sentence, judged by the word before it and the word after it.
function endsSentence(text: string, at: number): boolean {
  // the word before the period: back to white space or an opening bracket or quote (a backward scan, not
  // a regex anchored at the end, which would be tried at every position of the paragraph)
  let from = at;
  while (from > 0 && !isWordStop(text.charCodeAt(from - 1))) from--;
  const bare = text.slice(from, at).toLowerCase().replace(/\.$/, '');
  if (!bare) return true;
  if (DE_SENTENCE_FINAL_ABBREVIATIONS.has(bare)) return true;
  if (DE_ABBREVIATIONS.has(bare)) return false;
  // street names: "Hauptstr. 5"
  if (/\p{L}{2,}str$/u.test(bare)) return false;
  // initials and multi-part abbreviations: "J. Smith", "z. B.", "u.a."
  if (/^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare)) return false;
  // ordinals and dates without a year: "24. Oktober", "am 3. Tag", "am 24.10. Danach" stays one sentence
  if (/^\d{1,3}$/.test(bare) || /^\d{1,2}\.\d{1,2}$/.test(bare)) {
    // the word after the period is read only here, where it decides
    NEXT_WORD.lastIndex = at;
    const next = NEXT_WORD.exec(text)?.[1]?.replace(/[^\p{L}\p{N}]+$/u, '') ?? '';
    if (MONTHS[next.toLowerCase()] !== undefined) return false;
    const prev =
      /(\S+)\s+\S*$/
        .exec(text.slice(0, at))?.[1]
        ?.toLowerCase()
        .replace(/[^\p{L}]+/gu, '') ?? '';
    if (DE_ORDINAL_CONTEXT.has(prev)) return false;
  }
  return true;
}

// Spans [open, close] of balanced quotations in „…“, »…«, «…», “…” and "…".
function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const closers: string[] = [];
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
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
