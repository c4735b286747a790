// verbs of counting and estimating whose subject gives the figures after them ("X rechnet mit 6.200
// Zuschauern", "X zählt 6.000 Bäder", "X schätzt den Schaden auf 2 Millionen Euro")
const VERB =
  /\s(?:rechnet|rechnen|rechnete|rechneten|zählt|zählen|zählte|zählten|schätzt|schätzen|schätzte|schätzten|beziffert|beziffern|bezifferte|bezifferten|prognostiziert|prognostizieren|prognostizierte|veranschlagt|veranschlagte|kalkuliert|kalkulierte)\s/u;
// a subject that opens the sentence: a determiner, capitalised words joined by "für", "der", "des" and the
// like, an abbreviation in brackets, a place after "in"; a relative clause set off by commas may follow
const SUBJECT =
  /^(?:(?:Ein|Eine|Der|Die|Das)\s+)?((?:\p{Lu}[\p{L}-]*)(?:\s+(?:(?:für|der|des|die|das|den|dem|von|vom|zur|zum|und)\s+)*\p{Lu}[\p{L}-]*){0,6})(?:\s+\((\p{Lu}[\p{L}]{1,9})\))?(?:\s+in\s+\p{Lu}[\p{L}-]+)?(?:\s*,[^,]{3,120},)?$/u;
// words that open a sentence without naming anyone
const NOT_NAMES = new Set(['Man', 'Es', 'Er', 'Sie', 'Wir', 'Ich', 'Dies', 'Das', 'Damit', 'Dabei', 'Hier']);

/**
 * The organisation, study or person that opens a German sentence as the subject of a counting or
 * estimating verb ("Eine Studie des Zentrums für X (ZX) rechnet mit …", "Die Gesellschaft für Y zählt
 * …"): its abbreviation when it has one, else its name; null when the sentence has no such subject.
 */
export function estimatingSubject(sentence: string): string | null {
  const verb = VERB.exec(sentence);
  if (!verb) return null;
  const m = SUBJECT.exec(sentence.slice(0, verb.index));
  if (!m || NOT_NAMES.has(m[1]!)) return null;
  return m[2] ?? m[1]!;
}
