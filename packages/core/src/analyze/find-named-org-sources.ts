import {
  ORGANISATION_BARE_HEADS,
  ORGANISATION_HEAD_ENDINGS,
  ORGANISATION_NAME_HEADS,
} from '../lexicon/de/organisation-heads.js';
import type { SourceKind } from '../schema.js';
import { claimantInSentence } from './find-claimant.js';
import { isPlaceWord } from './find-names.js';
import { ALL_SOURCE_CUES, SOURCE_CUE } from './find-source-cues.js';
import { resolveSource } from './resolve-source.js';
import { toNominative } from './to-nominative.js';

const HEADS = ORGANISATION_HEAD_ENDINGS.join('|');
const BARE = ORGANISATION_BARE_HEADS.join('|');
// a capitalised organisation noun, maybe in the genitive: "Wetterdienst", "Informationssystems", "Labor"
const HEAD_WORD = new RegExp(`^(?:\\p{Lu}\\p{L}*(?:${HEADS})|${BARE})(?:e?s)?$`, 'u');
// every sentence with such a name has a head word before a capitalised word (the claimant is read only then)
const MENTIONS_HEAD = new RegExp(`(?:${HEADS}|${BARE})(?:e?s)?\\s+(?:\\p{Lu}|\\p{Ll}+\\.\\p{Ll})`, 'u');
// "der Prüfungs- und Beratungsgesellschaft X": the claimant stops at the first, hyphened part; the head
// and the name follow it
const COORDINATED = /^-\s+(?:und|oder)\s+(\p{Lu}\p{L}*)\s+(\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/u;
// "des Forschungsinstituts abc.xyz": a lower-case brand with a dot right after the noun (no claimant word)
const BRAND_AFTER = /^\s+(\p{Ll}[\p{Ll}\p{N}]*\.\p{Ll}[\p{Ll}\p{N}]*)(?![\p{L}\p{N}])/u;
// the proper name: an abbreviation ("ABC") or one capitalised word ("Meteonord")
const NAME_WORD = /^(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,})$/u;

/**
 * The proper name of an organisation a sentence cites as its claimant, when it follows the organisation
 * noun in apposition ("nach Angaben des regionalen Wetterdienstes Meteonord" → "Meteonord"). `cues`: the
 * sentence's findSourceCues, when known.
 */
export function findNamedOrgSources(
  text: string,
  cues: number = ALL_SOURCE_CUES,
): { name: string; kind: SourceKind }[] {
  if ((cues & SOURCE_CUE.organisation) === 0 || !MENTIONS_HEAD.test(text)) return [];
  const claimant = claimantInSentence(text);
  if (!claimant || claimant === 'back') return [];
  const words = claimant.split(' ');
  const end = text.indexOf(claimant);
  const coordinated = end < 0 ? null : COORDINATED.exec(text.slice(end + claimant.length));
  if (coordinated && HEAD_WORD.test(coordinated[1]!)) words.push(coordinated[1]!, coordinated[2]!);
  const name = words[words.length - 1]!;
  const at = HEAD_WORD.test(name) ? text.indexOf(name) : -1;
  const brand = at < 0 ? null : BRAND_AFTER.exec(text.slice(at + name.length));
  if (brand) return [{ name: brand[1]!, kind: 'institute' }];
  if (words.length < 2 || !HEAD_WORD.test(words[words.length - 2]!) || !NAME_WORD.test(name)) return [];
  // "des Wetterdienstes Italiens": a place in the genitive owns the organisation, it is not its name; a
  // place in the nominative is part of it ("die Verbraucherzentrale Hessen")
  if (isPlaceWord(name)) {
    if (name.endsWith('s')) return [];
    const full = toNominative(`${words[words.length - 2]!} ${name}`);
    return resolveSource(full) ? [] : [{ name: full, kind: 'institute' }];
  }
  // "Stiftung Lesen": the head is part of the name
  const full = ORGANISATION_NAME_HEADS.includes(words[words.length - 2]!)
    ? `${words[words.length - 2]} ${name}`
    : name;
  // a known source is found by findSources under its canonical name
  if (resolveSource(name) || resolveSource(full)) return [];
  return [{ name: full, kind: 'institute' }];
}
