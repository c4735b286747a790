/**
 * The matches of a global regex in a text from index `from` on, the same as `text.matchAll(re)` gives from
 * there. matchAll clones the regex for every call (its species constructor), which costs more than the search
 * itself on short sentences that seldom match; this runs the regex itself, so it must not be in use meanwhile.
 */
export function execAll(re: RegExp, text: string, from = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // an empty match would be found again at the same place: step over one character, as matchAll does
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/**
 * The matches of a global regex in a text, the same as `execAll(re, text)`, searching only from where `next`
 * says a match can start: `next(from)` is a position at or after `from` and at or before every match that
 * starts at or after `from` (at a code point's start), or -1 when none does. Lets a caller that knows where
 * matches can stand (after a literal, at a word) skip the text between them instead of trying every position.
 */
export function execAllAt(re: RegExp, text: string, next: (from: number) => number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let from = next(0); from >= 0; ) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    out.push(m);
    const end = m[0].length === 0 ? advance(text, re.lastIndex, re.unicode) : re.lastIndex;
    from = end > text.length ? -1 : next(end);
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  const d = text.charCodeAt(index + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
