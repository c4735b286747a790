// "Jane Doe, a spokeswoman for the council, urged": a name of two to four capitalised words opens the
// sentence, and an apposition between commas stands before the verb
const OPENER = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*),\s+(?:a|an|the)\s[^,]{3,80},\s*$/u;

/** The name an English sentence opens with when an apposition leads from it to the verb, or null. */
export function englishAppositiveOpener(beforeVerb: string): string | null {
  return OPENER.exec(beforeVerb)?.[1] ?? null;
}
