/** An agency or place-and-date credit in parentheses: "(dpa)", "(AFP/Reuters)". */
const CREDIT = String.raw`\([\p{L}\p{N} .\/&,-]{2,30}\)`;
/** A place as a dateline names it: one to three capitalised words, maybe joined by a slash or a hyphen. */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[\/ ]\p{Lu}[\p{L}.'’-]*){0,2}`;
/** An optional date after the place: ", 24. Oktober" / ", 24 October 2024". */
const DAY = String.raw`(?:,\s*\d{1,2}\.?\s*\p{L}+\.?(?:\s*\d{4})?)?`;

const DATELINE = new RegExp(
  '^(?:' +
    // "Berlin (dpa) – ", "Kiew, 24. Oktober (Reuters): ", "(AFP) - "
    String.raw`(?:${PLACE}${DAY}\s*)?${CREDIT}\s*[:–—-]\s*` +
    // "SEOUL: ", "WASHINGTON – ", "NEW YORK/LONDON - "
    String.raw`|\p{Lu}[\p{Lu}.'’\/ -]*\p{Lu}\.?${DAY}\s*[:–—-]\s+` +
    // "Berlin – ", "Kiew/Moskau - " (one capitalised place set off by a dash)
    String.raw`|\p{Lu}\p{Ll}+(?:\/\p{Lu}\p{Ll}+)?${DAY}\s+[–—-]\s+` +
    ')',
  'u',
);

/** A sentence without the dateline news agencies put before the first sentence ("SEOUL: …", "Berlin (dpa) – …"). */
export function stripDateline(sentence: string): string {
  const m = DATELINE.exec(sentence);
  if (!m) return sentence;
  const rest = sentence.slice(m[0].length);
  // only when a sentence follows: "USA – Partner oder Rivale?" keeps its head if nothing capitalised follows
  return /^[\p{Lu}\p{N}„"«‚]/u.test(rest) ? rest : sentence;
}
