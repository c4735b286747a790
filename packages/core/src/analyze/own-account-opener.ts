// "Nach eigenen Angaben verkauft es 1.200 Räder …", "Eigenen Angaben zufolge …": an own account that opens the
// sentence, with no subject before it to own it
const OPENS_OWN_ACCOUNT =
  /^(?:(?:Nach|Laut)\s+eigene[nr]?\s+(?:Angaben|Darstellung|Schätzungen?|Berechnungen|Zählung|Informationen)|Eigenen\s+Angaben\s+zufolge)\b/u;

/** Whether a German sentence opens with an own account ("Nach eigenen Angaben …") that names no owner. */
export function opensWithOwnAccount(sentence: string): boolean {
  // cheap cue first: only sentences opening with one of the three words are read
  if (!/^(?:Nach|Laut|Eigenen) /u.test(sentence)) return false;
  return OPENS_OWN_ACCOUNT.test(sentence);
}

// a bare name that opens a sentence as its subject, its finite verb right after it ("Brixo entwickelt …")
const BARE_NAME = /^(\p{Lu}[\p{L}-]*\p{L}(?:\s+\p{Lu}[\p{L}-]*\p{L})?)\s+(\p{Ll}+)\b/u;

/**
 * The bare name a German sentence opens with as the subject of a finite verb ("Brixo entwickelt Software"
 * → "Brixo"), unless the first word is one of the given non-names; null otherwise.
 */
export function bareOpeningName(sentence: string, notNames: ReadonlySet<string>): string | null {
  const m = BARE_NAME.exec(sentence);
  if (!m) return null;
  const first = m[1]!.split(/\s+/u)[0]!.toLowerCase();
  if (notNames.has(first)) return null;
  // a finite verb of the third person: "entwickelt", "bietet", "hat", "ist", "baut"
  const verb = m[2]!;
  return /(?:t|st)$/u.test(verb) && !/(?:ung|heit|keit)$/u.test(verb) ? m[1]! : null;
}
