import { ASSOCIATION_HEADS } from '../lexicon/de/associations.js';
import type { SourceKind } from '../schema.js';
import { claimantInSentence } from './find-claimant.js';
import { SOURCE_CUE } from './find-source-cues.js';
import { resolveSource } from './resolve-source.js';

// "Bund der Energieverbraucher", "Verband der Kältetechnik": a head and its members in the genitive plural
const OF_MEMBERS = new RegExp(
  `(?<![\\p{L}])(${ASSOCIATION_HEADS.join('|')})(?:es|s)?\\s+der\\s+((?:\\p{Lu}\\p{Ll}+en\\s+)?\\p{Lu}\\p{Ll}+)`,
  'u',
);
// "teilte der Verband mit", "so der Verein": the association named before, by its head alone
const BACK_CUE = new RegExp(`\\b(?:der|die)\\s+(?:${ASSOCIATION_HEADS.join('|')})\\b`, 'u');

/**
 * Associations named after their members ("Der Bund der Energieverbraucher sieht das kritisch.") that the next
 * sentences cite by their head noun alone ("…, teilte der Verband mit."): the named one is the source.
 * `cues`: each sentence's findSourceCues, when known.
 */
export function findAssociationBackSources(
  sentences: readonly string[],
  cues?: readonly number[],
): { name: string; kind: SourceKind }[] {
  const out: { name: string; kind: SourceKind }[] = [];
  for (const [i, text] of sentences.entries()) {
    // (the claimant is read only for a sentence that names an association by its head)
    if (i === 0 || (cues && ((cues[i] ?? 0) & SOURCE_CUE.association) === 0)) continue;
    if (!ASSOCIATION_HEADS.some((h) => text.includes(h)) || !BACK_CUE.test(text)) continue;
    const claimant = claimantInSentence(text);
    if (!claimant || !ASSOCIATION_HEADS.includes(claimant)) continue;
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const m = OF_MEMBERS.exec(sentences[k]!);
      if (!m) continue;
      const name = `${m[1]} der ${m[2]}`;
      if (!resolveSource(name) && !out.some((o) => o.name === name)) out.push({ name, kind: 'institute' });
      break;
    }
  }
  return out;
}
