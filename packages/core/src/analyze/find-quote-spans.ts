/** A stretch of text between quotation marks; `open` and `close` index the marks themselves. */
export interface QuoteSpan {
  open: number;
  close: number;
  /** the words between the marks, trimmed */
  text: string;
}

/** Opening mark → the closing marks that may end it (German, English, French and Swiss styles). */
const PAIRS: Readonly<Record<string, string>> = {
  '„': '“”"',
  '"': '"“”',
  '»': '«',
  '«': '»',
  '“': '”"',
  '‚': '‘’',
};

/** Longest stretch accepted as one quotation; an unmatched mark further away is a stray. */
const MAX_QUOTE_CHARS = 1500;

// every opening mark of PAIRS: the scan jumps from one to the next instead of looking at each character
const OPENERS = /[„"»«“‚]/g;

/** Finds the quotation-mark spans of a paragraph, outermost only, unmatched marks ignored. */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // next position of each closing mark (-1: none left), so a stray mark does not rescan the paragraph
  let next: Map<string, number> | null = null;
  let i = 0;
  while (i < paragraph.length) {
    OPENERS.lastIndex = i;
    const m = OPENERS.exec(paragraph);
    if (!m) break;
    i = m.index;
    const ch = m[0];
    const closers = PAIRS[ch] as string;
    // a single low quote only opens before a letter (not a comma-like use)
    if (ch === '‚' && !/\p{L}/u.test(paragraph[i + 1] ?? '')) {
      i++;
      continue;
    }
    // the nearest closing mark; an unmatched mark further away than MAX_QUOTE_CHARS is a stray
    let j = -1;
    for (let c = 0; c < closers.length; c++) {
      const mark = closers[c] as string;
      next ??= new Map();
      let k = next.get(mark);
      if (k === undefined || (k >= 0 && k <= i)) {
        k = paragraph.indexOf(mark, i + 1);
        next.set(mark, k);
      }
      if (k >= 0 && (j < 0 || k < j)) j = k;
    }
    if (j < 0 || j - i > MAX_QUOTE_CHARS) {
      i++;
      continue;
    }
    // '"It was expected," said X': English puts the clause comma inside the marks; it is not quoted
    const text = dropTrailingComma(paragraph.slice(i + 1, j).trim());
    if (text) spans.push({ open: i, close: j, text });
    i = j + 1;
  }
  return spans;
}

/** Drops a "," or ";" ending the text with the spaces before it (`/\s*[,;]$/`). */
function dropTrailingComma(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 44 && last !== 59) return text;
  let k = text.length - 1;
  while (k > 0 && /\s/.test(text[k - 1] as string)) k--;
  return text.slice(0, k);
}

/** Replaces the words inside quotation marks by spaces, so the words around them can be read alone. */
export function maskQuotes(paragraph: string, spans: readonly QuoteSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    // a quotation ending a sentence ("„Wir kommen.“ Dann …") keeps its full stop, so the sentence ends there
    const inner = paragraph.slice(s.open + 1, s.close);
    const stop = /[.!?…]\s*$/.exec(inner);
    const kept = stop ? stop.index : inner.length;
    out += paragraph.slice(at, s.open + 1) + ' '.repeat(kept) + inner.slice(kept);
    at = s.close;
  }
  return out + paragraph.slice(at);
}

/**
 * True when a capital letter before a full stop is a name ("auf der Plattform X.", "bei X."), not an initial:
 * an initial follows a first name, never a lower-case word or "der Noun".
 */
function isNamedLetter(masked: string, end: number): boolean {
  // the pattern ends in a space and a capital: an ASCII letter that is not one, or no space before it,
  // answers without running the pattern over the whole text before
  const last = masked.charCodeAt(end - 1);
  if (last < 128 && !(last >= 65 && last <= 90)) return false;
  if (last < 128 && !/\s/.test(masked[end - 2] ?? '')) return false;
  const before = masked.slice(0, end);
  return /(?:\b\p{Ll}+|\b(?:der|die|das|dem|den|des|einer|eines)\s+\p{Lu}\p{Ll}+)\s+\p{Lu}$/u.test(before);
}

/** Sentence ranges of a (masked) paragraph: no break inside quotes, after ordinals or abbreviations. */
export function sentenceRanges(masked: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[.!?]["“”»«]?(?=\s+(?:[„"»«‚(]|\p{Lu}))/gu;
  let start = 0;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const before = masked.slice(Math.max(0, m.index - 6), m.index);
    // "24. Oktober", "Nr. 5", "Dr. Weber", "z. B." are not sentence ends
    if (
      m[0] === '.' &&
      /(?:^|[\s(])(?:\d{1,3}|[A-Za-zÄÖÜäöü]|Dr|Prof|Nr|St|Mio|Mrd|bzw|ca|vgl|inkl|Abs|Art|Jh)$/.test(
        before,
      ) &&
      !isNamedLetter(masked, m.index)
    )
      continue;
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
    while (start < masked.length && /\s/.test(masked[start] as string)) start++;
  }
  if (start < masked.length && masked.slice(start).trim()) out.push({ start, end: masked.length });
  return out;
}
