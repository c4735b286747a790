// nouns that name places when counted after "an" ("an zwei Stellen", "an drei Orten")
const PLACE_NOUNS: ReadonlySet<string> = new Set(['Stelle', 'Ort', 'Standort', 'Orte']);

/**
 * True for a count of places after "an" ("Es brannte an zwei Stellen gleichzeitig"): where something
 * happened, not a figure the story reports ("200 Stellen" without "an" are jobs and stay a figure).
 */
export function isPlaceCount(text: string, f: { unit: string | null; index: number }): boolean {
  return (
    !!f.unit &&
    PLACE_NOUNS.has(f.unit) &&
    /(?:^|\s)an\s+$/iu.test(text.slice(Math.max(0, f.index - 4), f.index))
  );
}
