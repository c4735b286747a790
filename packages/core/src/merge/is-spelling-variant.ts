/**
 * True when two person names (as name-key parts, see nameKey) are one person spelt two ways: the same
 * given name, a surname of at least six letters that differs by one edit (two from nine letters on), and
 * roles that share a word or its first eight letters ("Zivilschutzchef" / "Leiter des Zivilschutzes"); or the same
 * surname and a given name one edit apart. Without both roles, no, unless the given names are one name in two spellings ("Thorsten" / "Torsten").
 */
export function isSpellingVariant(
  a: readonly string[],
  roleA: string | null,
  b: readonly string[],
  roleB: string | null,
): boolean {
  if (a.length !== 2 || b.length !== 2) return false;
  // "Thorsten" / "Torsten", "Stefan" / "Stephan" with one surname: two spellings of one given name, not a
  // misprint, so one person even where only one article gives the role
  if (a[0] !== b[0] && a[1] === b[1] && foldGivenName(a[0] as string) === foldGivenName(b[0] as string))
    return true;
  if (!roleA || !roleB) return false;
  // "Maike" / "Meike" with one surname: a given name of four letters or more misspelt by one letter
  if (a[0] !== b[0])
    return a[1] === b[1] && isGivenNameVariant(a[0] as string, b[0] as string) && shareRoleStem(roleA, roleB);
  const x = a[1] as string;
  const y = b[1] as string;
  // (the first letter is rarely misspelt, but for one sound written two ways: "Conradi" / "Konradi";
  // a short surname differs from another by one letter too easily)
  if (x === y || initialSound(x) !== initialSound(y) || Math.min(x.length, y.length) < 6) return false;
  const allowed = Math.min(x.length, y.length) >= 9 ? 2 : 1;
  return editDistanceAtMost(x, y, allowed) && shareRoleStem(roleA, roleB);
}

/** The sound a name-key part opens with: its first letter, with "c" before a letter other than "h" as "k". */
function initialSound(part: string): string {
  return /^c[^h]/iu.test(part) ? 'k' : (part[0] ?? '').toLowerCase();
}

/** A given name with its optional spellings folded: "th" to "t", "ph" to "f", "ck" and "c" to "k", doubled letters once. */
function foldGivenName(name: string): string {
  return name
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/ck|c(?!h)/g, 'k')
    .replace(/(\p{L})\1/gu, '$1');
}

/** True when two given names of four letters or more, with one first letter, differ by one edit. */
function isGivenNameVariant(x: string, y: string): boolean {
  return x[0] === y[0] && Math.min(x.length, y.length) >= 4 && editDistanceAtMost(x, y, 1);
}

const MIN_STEM = 8;

/**
 * True when a word of one role equals a word of the other, or both open with the same eight letters
 * ("Zivilschutzchef" / "Zivilschutzes"; "Bundesminister" / "Bundestag" share too little).
 */
function shareRoleStem(a: string, b: string): boolean {
  const words = (r: string) =>
    r
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 5);
  const bs = words(b);
  return words(a).some((w) =>
    bs.some((v) => w === v || (w.length >= MIN_STEM && w.slice(0, MIN_STEM) === v.slice(0, MIN_STEM))),
  );
}

/** True when the Levenshtein distance of two words is at most `max` (banded, small words only). */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(d);
      if (d < best) best = d;
    }
    if (best > max) return false;
    prev = cur;
  }
  return (prev[b.length] as number) <= max;
}
