// "nach Berechnungen der Stadt Mehrkosten von rund 85 Euro": a noun followed by "von" and a number names the
// figure, not the source before it
const FIGURE_AFTER = /^(?:\d|rund|etwa|knapp|fast|bis|über|mehr|mindestens|insgesamt)/u;

/** A name phrase without a last word that is the noun of a figure ("Stadt Mehrkosten" + "von 85 Euro" → "Stadt"). */
export function trimFigureNoun<T extends { start: number; end: number; apposition?: string[] }>(
  tokens: readonly string[],
  np: T | undefined,
): T | undefined {
  if (!np || np.apposition || np.end - np.start < 2) return np;
  const last = np.end - 1;
  const before = tokens[last - 1] ?? '';
  if (!/^\p{Lu}/u.test(tokens[last] ?? '') || !/^\p{Lu}/u.test(before)) return np;
  if (tokens[np.end] !== 'von' || !FIGURE_AFTER.test(tokens[np.end + 1] ?? '')) return np;
  return { ...np, end: last };
}
