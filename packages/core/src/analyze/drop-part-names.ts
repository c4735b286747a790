/** A source candidate of one sentence: its name and, for an abbreviation, the full name. */
interface Named {
  name: string;
  fullName?: string;
}

// whether `part` stands in `whole` as whole words ("X-Institut" in "X-Institut für Y", not "Bund" in "Bundesamt")
function inWords(part: string, whole: string): boolean {
  if (part.length >= whole.length) return false;
  for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
    const before = whole.charAt(at - 1);
    const after = whole.charAt(at + part.length);
    if ((!before || before === ' ') && (!after || after === ' ')) return true;
  }
  return false;
}

/**
 * The candidates of one sentence without those whose name is only part of another's name or full name
 * ("X-Institut" beside "X-Institut für Y", "Insurance Institute" beside "Insurance Institute for Z"): two
 * finders read the same name to different lengths, and the longer reading is the name.
 */
export function dropPartNames<T extends Named>(candidates: readonly T[]): readonly T[] {
  if (candidates.length < 2) return candidates;
  return candidates.filter(
    (c) =>
      !candidates.some(
        (o) =>
          o !== c && (inWords(c.name, o.name) || (o.fullName !== undefined && inWords(c.name, o.fullName))),
      ),
  );
}
