// "…, die Gewerkschaft sprach von 2.000", "die Veranstalter sprachen sogar von rund 5000": a clause of its own
// that names who gives the number right before it
const SPOKE_OF =
  /(?:^|[,;–—]\s+|\s(?:und|aber|während)\s+)(?:die|der|das)\s+((?:\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:sprach|sprachen|spricht|sprechen|ging|gingen|geht|gehen)\s+(?:(?:dagegen|hingegen|sogar|selbst|jedoch|aber|indes)\s+)?(?:von|aus\s+von)\s+(?:(?:rund|etwa|circa|ca\.|mehr\s+als|über|knapp|fast|bis\s+zu|mindestens)\s+)?$/u;

/**
 * The claimant a figure's own clause names right before it ("…, die Gewerkschaft sprach von 2.000"), which
 * outranks the claimant of the sentence as a whole; null when the clause names none.
 */
export function clauseClaimant(sentence: string, index: number): string | null {
  return SPOKE_OF.exec(sentence.slice(Math.max(0, index - 120), index))?.[1] ?? null;
}
