// "…, die Gewerkschaft sprach von 2.000", "die Veranstalter sprachen sogar von rund 5000", "das Bündnis „X“ als
// Veranstalter sprach von 900": a clause of its own that names who gives the number right before it
const SPOKE_OF =
  /(?:^|[,;–—]\s+|\s(?:und|aber|während)\s+)(?:die|der|das)\s+((?:\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)?)(?:\s+[„"»][^"“”«]{1,40}["“”«])?(?:\s+als\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]+)?\s+(?:sprach|sprachen|spricht|sprechen|ging|gingen|geht|gehen)\s+(?:(?:dagegen|hingegen|sogar|selbst|jedoch|aber|indes)\s+)?(?:von|aus\s+von)\s+(?:(?:rund|etwa|circa|ca\.|mehr\s+als|über|knapp|fast|bis\s+zu|mindestens)\s+)?$/u;

/**
 * The claimant a figure's own clause names right before it ("…, die Gewerkschaft sprach von 2.000"), which
 * outranks the claimant of the sentence as a whole; null when the clause names none.
 */
export function clauseClaimant(sentence: string, index: number): string | null {
  const spoke = SPOKE_OF.exec(sentence.slice(Math.max(0, index - 120), index))?.[1];
  if (spoke) return spoke;
  // the clause after the figure: a comma and "wie" first
  const after = sentence.slice(index, index + 160);
  return after.includes(', wie ') ? (AS_STATED.exec(after)?.[1] ?? null) : null;
}

// "…, nicht 250, wie die Geschäftsführung am Montag mitgeteilt hatte", "Eine Strafe von drei Jahren, wie sie die
// Anklage gefordert hatte": a trailing "wie"-clause names who gave the figure right before it
const AS_STATED =
  /^(?:[\d.,'’]+|\p{Ll}+)(?:\s+\p{L}+){0,2}\s*,\s+wie\s+(?:(?:sie|es|er|ihn)\s+)?(?:die|der|das|den|dem)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:\p{L}+\s+){0,3}?(?:erklärt|mitgeteilt|angegeben|berichtet|gesagt|bekannt\s?gegeben|genannt|gemeldet|gefordert|verlangt|beantragt|geschätzt|beziffert)\s+(?:hatte|hat|hatten|haben)\b/u;

// "a regional average of 14 days reported by the Harbour Board of Statistics (HBS)": a figure
// that its clause credits with "reported/published by X"; the short form when the name has one
const EN_CREDITED =
  /^[\d.,]+(?:\s+[\p{L}-]+){0,3}?\s+(?:as\s+)?(?:reported|published|recorded|estimated|compiled|given|cited|calculated)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|for|and|on)(?:\s+the)?\s+)?\p{Lu}[\p{L}&'’.-]*){0,7})(?:\s*\((\p{Lu}{2,8})\))?/u;

/** The claimant an English figure's own clause credits after it ("14 days reported by X (ABBR)"), or null. */
export function englishClauseClaimant(sentence: string, index: number): string | null {
  const after = sentence.slice(index, index + 200);
  if (!after.includes(' by ')) return null;
  const m = EN_CREDITED.exec(after);
  return m ? (m[2] ?? m[1]!.replace(/[.,;:]+$/u, '')) : null;
}
