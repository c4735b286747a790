// "In einer früheren Version dieses Artikels hieß es, …", "An earlier version of this article said …": a
// correction note quoting what was wrong
const RETRACTED =
  /\b(?:in\s+einer\s+(?:früheren|ersten|vorherigen|älteren)\s+(?:Version|Fassung)\b|an\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report)\b)/iu;

/**
 * Whether a figure of a sentence is a value a correction note declares wrong ("In einer früheren Version
 * hieß es, die Halle koste 14 Millionen Euro"): such a value is no claim. `index` is the figure's offset.
 */
export function isRetractedFigure(sentence: string, index: number): boolean {
  // every note names the version ("Version", "Fassung", "version"): most sentences skip the regex
  if (!sentence.includes('ersion') && !sentence.includes('assung')) return false;
  const m = RETRACTED.exec(sentence);
  return m !== null && m.index < index;
}
