import { ORGANISATION_HEAD_ENDINGS } from '../lexicon/de/organisation-heads.js';
import { EN_SOURCE_DESCRIPTORS } from '../lexicon/en/attribution.js';

/** Nouns for experts that cite an institution in the genitive ("Meteorologen des Nationalen Observatoriums"). */
export const EXPERT_NOUNS: readonly string[] = [
  'Meteorologen',
  'Forscher',
  'Forschende',
  'Wissenschaftler',
  'Experten',
  'Fachleute',
  'Seismologen',
  'Astronomen',
];

/** What the name of an office ends in ("Landesamt", "Meldezentrum", "Arzneimittelbehörde", "Bundesanstalt"). */
export const OFFICE_ENDINGS: readonly string[] = ['amt', 'zentrum', 'behörde', 'anstalt'];

/**
 * The literals a sentence must hold for one of the source finders' patterns to match, one bit per finder:
 * a finder whose bit is clear has nothing to find and skips its own scan of the sentence.
 */
export const SOURCE_CUE = {
  /** "dienst": an intelligence service (findIntelligenceHits) */
  service: 1,
  /** "according to ": a data provider (findSources) */
  accordingTo: 2,
  /** an expert noun (EXPERT_NOUNS, findSources) */
  experts: 4,
  /** "published" (findEnglishSources) */
  published: 8,
  /** an English source descriptor or "onsultancy" (findEnglishSources) */
  descriptor: 16,
  /** an office ending (OFFICE_ENDINGS, findOfficeSources) */
  office: 32,
  /** an organisation head (ORGANISATION_HEAD_ENDINGS, findNamedOrgSources) */
  organisation: 64,
} as const;

/** Every bit set: what a caller that has not looked passes, so that each finder scans for itself. */
export const ALL_SOURCE_CUES = 127;

const CUES = new Map<string, number>();
const cue = (literal: string, bit: number) => CUES.set(literal, (CUES.get(literal) ?? 0) | bit);
cue('dienst', SOURCE_CUE.service);
cue('according to ', SOURCE_CUE.accordingTo);
for (const e of EXPERT_NOUNS) cue(e, SOURCE_CUE.experts);
cue('published', SOURCE_CUE.published);
for (const d of [...EN_SOURCE_DESCRIPTORS, 'onsultancy']) cue(d, SOURCE_CUE.descriptor);
for (const o of OFFICE_ENDINGS) cue(o, SOURCE_CUE.office);
for (const h of ORGANISATION_HEAD_ENDINGS) cue(h, SOURCE_CUE.organisation);

// Longest first: where several literals start at one position, the alternation takes the longest, and a
// shorter one there is a prefix of it, so the longest's bits include the bits of its prefixes.
const LITERALS = [...CUES.keys()].sort((a, b) => b.length - a.length);
const BITS = new Map(
  LITERALS.map((l) => [
    l,
    LITERALS.filter((p) => l.startsWith(p)).reduce((b, p) => b | (CUES.get(p) ?? 0), 0),
  ]),
);
const ANY_CUE = new RegExp(LITERALS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/**
 * The source cues (SOURCE_CUE bits) a sentence holds: one scan of the sentence for all the literals instead
 * of a scan per finder (the finders' own scans were a sixth of the sources stage: benchmark profile).
 */
export function findSourceCues(text: string): number {
  let bits = 0;
  ANY_CUE.lastIndex = 0;
  for (let m = ANY_CUE.exec(text); m; m = ANY_CUE.exec(text)) {
    bits |= BITS.get(m[0]) as number;
    // a literal may start inside the match (overlapping occurrences): look again from the next position
    ANY_CUE.lastIndex = m.index + 1;
  }
  return bits;
}
