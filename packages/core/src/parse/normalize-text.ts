import { hasRepairableMojibake, repairMojibake } from './repair-mojibake.js';

/** Normalizes line ends, a leading BOM, odd spaces, invisible characters and Unicode composition of a text. */
export function normalizeText(raw: string): string {
  // parseArticle normalizes, then classifyText and extractMetadata normalize the result again: a text
  // known to normalize to itself is returned as it is
  if (raw === fixedPoint) return raw;
  const text = normalize(raw);
  if (!hasRepairableMojibake(text)) fixedPoint = text;
  return text;
}

// The last result that normalizes to itself. Every step below leaves nothing that it or an earlier step
// would change again (NFC is idempotent and creates none of the characters replaced before it), except
// that removing invisible characters can join a new mojibake pair; so a result without repairable
// mojibake is a fixed point.
let fixedPoint: string | null = null;

function normalize(raw: string): string {
  return (
    repairMojibake(raw)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      // soft hyphens, zero-width characters and stray BOMs are invisible in the page and break matching
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      // a tab separates columns (menus, tables): three spaces keep the gap visible to the line segmenter
      .replace(/\t/g, '   ')
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\v\f]/g, ' ')
      // other control characters carry no text
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
      // composed after the removals, so a second pass finds nothing left to compose
      .normalize('NFC')
      .replace(/[ ]+$/gm, '')
  );
}
