import { ORGANISATION_BARE_HEADS, ORGANISATION_HEAD_ENDINGS } from '../lexicon/de/organisation-heads.js';
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

/**
 * What the name of an office ends in ("Landesamt", "Meldezentrum", "Arzneimittelbehörde", "Bundesanstalt",
 * "Rechnungshof" and "Bundesrechnungshof": the auditors, without their first letter so both cases match).
 */
export const OFFICE_ENDINGS: readonly string[] = [
  'amt',
  'zentrum',
  'behörde',
  'anstalt',
  'echnungshof',
  'ministerium',
];

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
  /** a German document noun (DOCUMENT_CUES, findDocumentSources) */
  document: 128,
  /** "laut der/dem/des" (findDocumentSources) */
  laut: 256,
  /** an association's head as a word ("der Verband", findAssociationBackSources) */
  association: 512,
} as const;

/** Every bit set: what a caller that has not looked passes, so that each finder scans for itself. */
export const ALL_SOURCE_CUES = 1023;

/**
 * Pieces of the German document nouns whose author a sentence may cite ("Studie der …", "Jahresbericht
 * des …"), cut to start at three letters that are rare in other words (each occurrence of a literal's first
 * three letters costs the scan a comparison).
 */
const DOCUMENT_CUES: readonly string[] = [
  ...['tudie', 'suchung', 'alyse', 'swertung', 'eport', 'utachten', 'rhebung', 'mfrage', 'efragung'],
  ...['rognose', 'rechnung', 'chätzung'],
  // ("berichtete" is a reporting verb: only the noun, before its article)
  ...['ericht ', 'erichts ', 'erichtes '],
];

const CUES = new Map<string, number>();
const cue = (literal: string, bit: number) => CUES.set(literal, (CUES.get(literal) ?? 0) | bit);
cue('dienst', SOURCE_CUE.service);
cue('according to ', SOURCE_CUE.accordingTo);
for (const e of EXPERT_NOUNS) cue(e, SOURCE_CUE.experts);
cue('published', SOURCE_CUE.published);
for (const d of [...EN_SOURCE_DESCRIPTORS, 'onsultancy']) cue(d, SOURCE_CUE.descriptor);
for (const o of OFFICE_ENDINGS) cue(o, SOURCE_CUE.office);
for (const h of [...ORGANISATION_HEAD_ENDINGS, ...ORGANISATION_BARE_HEADS]) cue(h, SOURCE_CUE.organisation);
for (const d of DOCUMENT_CUES) cue(d, SOURCE_CUE.document);
for (const l of ['aut der ', 'aut dem ', 'aut des ']) cue(l, SOURCE_CUE.laut);
for (const h of ['Verband', 'Verein', 'Bund ', 'Bund.', 'Bund,']) cue(h, SOURCE_CUE.association);

// The literals by their first three code units, hashed into a table of 2^12 entries (collisions only cost
// a comparison): a position whose three units start no literal is passed with one table read. Every
// literal has three units or more.
const tripleKey = (a: number, b: number, c: number) => (((a * 31 + b) & 0xfff) * 31 + c) & 0xfff;
const LITERALS = [...CUES.keys()];
// each entry: the literal, its bits and its fourth code unit (-1 for three units), compared before the rest
const BUCKETS: (readonly (readonly [string, number, number])[] | undefined)[] = new Array(0x1000).fill(
  undefined,
);
for (const l of LITERALS) {
  const k = tripleKey(l.charCodeAt(0), l.charCodeAt(1), l.charCodeAt(2));
  BUCKETS[k] = [...(BUCKETS[k] ?? []), [l, CUES.get(l) as number, l.length > 3 ? l.charCodeAt(3) : -1]];
}
const EVERY_CUE = [...CUES.values()].reduce((a, b) => a | b, 0);

/**
 * The source cues (SOURCE_CUE bits) a sentence holds: the bits of every literal it contains, from one scan
 * of the sentence instead of a scan per finder (the finders' own scans were a sixth of the sources stage:
 * benchmark profile), cut in code (the regex of all literals, run again after each match for overlapping
 * ones, was a third of that scan's cost again).
 */
export function findSourceCues(text: string): number {
  let bits = 0;
  const n = text.length;
  if (n < 3) return 0;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let p = 0; p + 2 < n; p++) {
    const c = text.charCodeAt(p + 2);
    const bucket = BUCKETS[tripleKey(a, b, c)];
    if (bucket !== undefined) {
      // (the unit after the triple is NaN past the end, which equals no literal's)
      const d = text.charCodeAt(p + 3);
      for (const [literal, bit, fourth] of bucket)
        if ((bits & bit) !== bit && (fourth < 0 || fourth === d) && text.startsWith(literal, p)) bits |= bit;
      if (bits === EVERY_CUE) return bits;
    }
    a = b;
    b = c;
  }
  return bits;
}
