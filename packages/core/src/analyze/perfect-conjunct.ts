// "hat … begonnen", "haben … beschlossen": the auxiliary of a Perfekt with "haben" (a "sein" Perfekt reads
// like a state: "ist ab Montag gesperrt" lies ahead)
const HABEN_AUX = /(?<![\p{L}])(?:hat|haben|habe|hast|habt)(?![\p{L}])/u;
const AND = /\s(?:und|sowie|aber|doch)\s/u;

/**
 * Whether the conjunct around a date (the clause part between "und"s) is a Perfekt with "haben" and no word of
 * the future: "Die Ernte hat am Montag begonnen und soll bis Freitag dauern" tells of a past Monday.
 */
export function isPerfectConjunct(before: string, after: string, future: RegExp): boolean {
  const head = before.split(AND).at(-1) ?? before;
  const tail = after.split(AND)[0] ?? after;
  const conjunct = `${head} ${tail}`;
  return HABEN_AUX.test(conjunct) && !future.test(conjunct);
}
