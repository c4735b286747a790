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

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  const d = text.charCodeAt(index + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
