import { ASSOCIATION_COMPOUND_ENDS, ASSOCIATION_HEADS } from '../lexicon/de/associations.js';
import type { SourceKind } from '../schema.js';
import { claimantInSentence } from './find-claimant.js';
import { isPlaceWord } from './find-names.js';
import { resolveSource } from './resolve-source.js';
import { toNominative } from './to-nominative.js';

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

// "Der Deutsche Mieterbund", "des Bauernverbands": a claimant that is an association compound, maybe after a
// capitalised adjective; the compound's first part has three letters or more and is not "Ver" ("Verbund")
const COMPOUND_CLAIMANT = new RegExp(
  `^(?:(\\p{Lu}\\p{Ll}+(?:e|er|en|es)) )?((?!Ver(?:${ENDS}))\\p{Lu}\\p{Ll}{2,}(?:${ENDS}))(?:e?s)?$`,
  'u',
);

// an abbreviation after the association's name: two capitals or more ("ABC", "VdX")
const NAME_ABBREVIATION = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{Lu}[\p{L}]{1,5}$/u;
// a sentence with such a claimant holds the compound as a word of its own
const COMPOUND_IN_TEXT = new RegExp(`\\p{Ll}{2}(?:${ENDS})(?:e?s)?(?![\\p{L}])`, 'u');

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
  if (!compound && !members) return findCompoundClaimant(text);
  const claimant = claimantInSentence(text);
  if (!claimant || claimant === 'back') return [];
  const inClaimant = ABBR_COMPOUND.exec(claimant);
  const ofMembers = inClaimant ? null : OF_MEMBERS.exec(claimant);
  const name = inClaimant ? inClaimant[1]! : ofMembers ? `${ofMembers[1]} der ${ofMembers[2]}` : null;
  // a known source is found by findSources under its canonical name
  if (!name || resolveSource(name)) return [];
  return [{ name, kind: 'institute' }];
}

/**
 * The association compound a German sentence cites as its claimant ("Der Deutsche Mieterbund kritisierte …",
 * "sagte ein Sprecher des Bauernverbands"), in the nominative: its first word is the head's owner.
 */
function findCompoundClaimant(text: string): { name: string; kind: SourceKind }[] {
  // ("verbunden", "Bundesamt" hold a cue word too: the claimant is read only where a compound stands)
  if (!COMPOUND_IN_TEXT.test(text)) return [];
  const claimant = claimantInSentence(text);
  if (!claimant || claimant === 'back') return [];
  // "Sprecher des Bauernverbands": the association the person speaks for
  const words = claimant.split(' ');
  const owner = Math.max(words.lastIndexOf('des'), words.lastIndexOf('der'));
  const own = words.slice(owner + 1);
  // "Mieterverein Kassel", "Sozialverband ABC": a place in the nominative or an abbreviation ends the name
  const last = own[own.length - 1] ?? '';
  const tail =
    own.length > 1 && ((isPlaceWord(last) && !last.endsWith('s')) || NAME_ABBREVIATION.test(last))
      ? last
      : null;
  const m = COMPOUND_CLAIMANT.exec((tail ? own.slice(0, -1) : own).join(' '));
  if (!m) return [];
  const name = toNominative([m[1], m[2], tail].filter(Boolean).join(' '));
  // a known source is found by findSources under its canonical name
  if (resolveSource(name)) return [];
  return [{ name, kind: 'institute' }];
}
