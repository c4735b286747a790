// "according to data from the port's chief engineer, Jane Doe, …": a person named
// between commas right after the lower-case role that closes the "according to" phrase
const APPOSED =
  /\b[Aa]ccording to\s+(?:[\p{L}'’-]+\s+){0,8}?[a-z]{3,},\s+((?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),/u;

/**
 * The person an English "according to" phrase names in an apposition after their role ("According to
 * data from the county's chief engineer, Jane Doe, …" → "Jane Doe"); null when it names none that way.
 */
export function englishAccordingApposed(sentence: string): string | null {
  if (!sentence.includes('ccording to')) return null;
  return APPOSED.exec(sentence)?.[1] ?? null;
}
