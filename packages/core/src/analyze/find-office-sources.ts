import type { SourceKind } from '../schema.js';
import { claimantInSentence } from './find-claimant.js';
import { ALL_SOURCE_CUES, OFFICE_ENDINGS, SOURCE_CUE } from './find-source-cues.js';
import { resolveSource } from './resolve-source.js';
import { toNominative } from './to-nominative.js';

// offices that publish figures: "Statistisches Landesamt", "Hochwassermeldezentrum", "Umweltbundesamt",
// "Europäische Arzneimittelbehörde", "Bundesanstalt für Wasserbau", "Landesrechnungshof"
const OFFICE_WORD =
  /^(?:\p{Lu}[\p{L}-]*(?:amt|zentrum|behörde|anstalt|rechnungshof|ministerium)|Amt|Zentrum|Behörde|Anstalt|Rechnungshof)(?:e?s)?$/u;
// ("des Ministeriums" alone names no one ministry)
const BARE_OFFICE = /^(?:Amt|Zentrum|Behörde|Anstalt|Ministerium)(?:e?s)?$/u;
// every sentence with an office names one of these words (the claimant is read only then)
const MENTIONS_OFFICE = new RegExp(`(?:${OFFICE_ENDINGS.join('|')})(?:e?s)?(?![\\p{L}])`, 'u');

/**
 * The office a sentence cites as its claimant ("nach Angaben des Statistischen Landesamts", "wie das
 * Meldezentrum X mitteilte", "sagte ein Sprecher des Landesamts für Y") in the nominative, as a source.
 * `cues`: the sentence's findSourceCues, when known.
 */
export function findOfficeSources(
  text: string,
  cues: number = ALL_SOURCE_CUES,
): { name: string; kind: SourceKind }[] {
  if ((cues & SOURCE_CUE.office) === 0 || !MENTIONS_OFFICE.test(text)) return [];
  const claimant = claimantInSentence(text);
  if (!claimant || claimant === 'back') return [];
  // "Sprecher des Statistischen Landesamts": the office the person speaks for
  const words = claimant.split(' ');
  const owner = Math.max(words.lastIndexOf('des'), words.lastIndexOf('der'));
  const office =
    owner > 0 && words.slice(owner + 1).some((w) => OFFICE_WORD.test(w)) ? words.slice(owner + 1) : words;
  if (!office.some((w) => OFFICE_WORD.test(w)) || (office.length === 1 && BARE_OFFICE.test(office[0]!)))
    return [];
  // a known source is found by findSources under its canonical name
  if (resolveSource(office.join(' '))) return [];
  return [{ name: toNominative(office.join(' ')), kind: 'institute' }];
}
