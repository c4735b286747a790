// Any run of white space in a line becomes one space; most lines have nothing to collapse, and a regex
// replace still rebuilds them (the cleaner collapses every line, found by the benchmark's profile).

/** The text with each run of white space replaced by one space, as `text.replace(/\s+/g, ' ')`. */
export function collapseSpaces(text: string): string {
  return hasOddSpace(text) ? text.replace(/\s+/g, ' ') : text;
}

// Whether the text holds white space that the replace would change: two in a row, or one that is not a
// plain space (a scan of char codes; most characters are letters and answer at the first comparison).
function hasOddSpace(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (previousSpace) return true;
      previousSpace = true;
    } else if (c > 0x20 && c < 0xa0) previousSpace = false;
    else if (isSpaceCode(c)) return true;
    else previousSpace = false;
  }
  return false;
}

/** True for a UTF-16 code unit that the regex `\s` matches. */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && isWideSpace(c));
}

function isWideSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** How many pieces `text.split(/\s+/)` gives: one more than the runs of white space. */
export function countSpaceSplit(text: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}
