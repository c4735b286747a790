// "Nach dem amtlichen Endergebnis des Kreiswahlamts", "nach der jüngsten Zählung der Stadt": a result,
// count or survey after "nach dem/der", owned by the name in the genitive after it
const RESULT_OWNER =
  /(?:^|\s)[Nn]ach\s+(?:dem|der|den)\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Lu}\p{Ll}+)\s+(des|der)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})/u;

// the nouns of a result (compounds end in them: "Endergebnis", "Verkehrszählung")
const RESULT_NOUNS = [
  'ergebnis',
  'ergebnissen',
  'bericht',
  'zählung',
  'hochrechnung',
  'prognose',
  'statistik',
  'auswertung',
  'erhebung',
  'umfrage',
  'bilanz',
  'schätzung',
  'messung',
  'messungen',
  'daten',
  'zahlen',
];

/**
 * The owner of the result a German sentence reports its figures by ("Nach dem Endergebnis des
 * Kreiswahlamts erhielt …" → "Kreiswahlamt"); null when the sentence names none that way.
 */
export function resultOwner(sentence: string): string | null {
  // cheap cue first: the rule reads only sentences with "nach dem/der/den"
  if (!/ach de[mrn] /u.test(sentence)) return null;
  const m = RESULT_OWNER.exec(sentence);
  if (!m) return null;
  const noun = m[1]!.toLowerCase();
  if (!RESULT_NOUNS.some((n) => noun.endsWith(n))) return null;
  // a masculine or neuter genitive ("des Kreiswahlamts", "des Instituts") names the body in the nominative
  return m[2] === 'des' ? m[3]!.replace(/(?<=\p{Ll}{3})e?s$/u, '') : m[3]!;
}
