import { ASSOCIATION_COMPOUND_ENDS, ASSOCIATION_HEADS } from '../lexicon/de/associations.js';
import type { SourceKind } from '../schema.js';
import { claimantInSentence } from './find-claimant.js';
import { resolveSource } from './resolve-source.js';

const ENDS = ASSOCIATION_COMPOUND_ENDS.join('|');
// "GKV-Spitzenverband(s)", "VdK-Landesverband": an abbreviation and an association compound
const ABBR_COMPOUND = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4}\\p{Lu}-\\p{Lu}\\p{Ll}*(?:${ENDS}))(?:e?s)?(?![\\p{L}])`,
  'u',
);
// "Bund(es) der Steuerzahler", "Verband(s) der Chemischen Industrie": the members in the genitive plural
const OF_MEMBERS = new RegExp(
  `(?<![\\p{L}])(${ASSOCIATION_HEADS.join('|')})(?:es|s)?\\s+der\\s+((?:\\p{Lu}\\p{Ll}+en\\s+)?\\p{Lu}\\p{Ll}+)`,
  'u',
);

/** Words one of which every match of the two patterns contains (the heads, the compounds' ends). */
const CUE_WORDS = [...new Set([...ASSOCIATION_HEADS, ...ASSOCIATION_COMPOUND_ENDS])];

/**
 * The association a German sentence cites as its claimant ("Nach einem Bericht des GKV-Spitzenverbands …",
 * "Nach Angaben des Bundes der Steuerzahler …"), in the nominative, as a source.
 */
export function findAssociationSources(text: string): { name: string; kind: SourceKind }[] {
  // both patterns hold one of these words as written: a sentence without one is done without running them
  if (!CUE_WORDS.some((w) => text.includes(w))) return [];
  // (most sentences name no association: the claimant is read only for those that do)
  const compound = ABBR_COMPOUND.exec(text);
  const members = compound ? null : OF_MEMBERS.exec(text);
  if (!compound && !members) return [];
  const claimant = claimantInSentence(text);
  if (!claimant || claimant === 'back') return [];
  const inClaimant = ABBR_COMPOUND.exec(claimant);
  const ofMembers = inClaimant ? null : OF_MEMBERS.exec(claimant);
  const name = inClaimant ? inClaimant[1]! : ofMembers ? `${ofMembers[1]} der ${ofMembers[2]}` : null;
  // a known source is found by findSources under its canonical name
  if (!name || resolveSource(name)) return [];
  return [{ name, kind: 'institute' }];
}
