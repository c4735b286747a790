// "according to the Bureau of Alpine Weather and Avalanche Studies (BAWAS)": a long name, too long for the
// "according to" phrase reader, closed by the short form it goes by
const ABBREVIATED =
  /\b[Aa]ccording to\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|the|&|\p{Lu}[\p{L}'’-]*)){0,10}\s+\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/u;

/**
 * The short form of the body an English "according to" phrase names in full with it in brackets
 * ("according to the Bureau of Coastal Surveys (BCS)" → "BCS"); null when there is none.
 */
export function englishAccordingAbbreviation(sentence: string): string | null {
  if (!sentence.includes('ccording to')) return null;
  return ABBREVIATED.exec(sentence)?.[1] ?? null;
}
