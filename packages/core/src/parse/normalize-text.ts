import { hasRepairableMojibake, repairMojibake } from './repair-mojibake.js';

/** Normalizes line ends, a leading BOM, odd spaces, invisible characters and Unicode composition of a text. */
export function normalizeText(raw: string): string {
  // parseArticle normalizes, then classifyText and extractMetadata normalize the result again: a text
  // known to normalize to itself is returned as it is
  if (raw === fixedPoint) return raw;
  // most pages hold none of the characters the replaces below change and no mojibake: then only the
  // composition is left (one regex search instead of six replaces and the mojibake search), and a text
  // that composition leaves alone is known free of mojibake already
  if (!MAY_CHANGE.test(raw)) {
    const composed = raw.normalize('NFC');
    if (composed === raw) {
      fixedPoint = raw;
      return raw;
    }
    const text = composed.replace(/[ ]+$/gm, '');
    if (!hasRepairableMojibake(text)) fixedPoint = text;
    return text;
  }
  const text = normalize(raw);
  if (!hasRepairableMojibake(text)) fixedPoint = text;
  return text;
}

/**
 * What one of the steps of `normalize` before the composition may change: a character a replace removes or
 * turns into another (a line end other than "\n", a BOM, an invisible or control character, a tab, an odd
 * space), a space at the end of a line, or a mojibake lead character (U+00C2–U+00F4) right before a
 * continuation character (as the class CONT of repair-mojibake), where every mojibake sequence starts.
 */
export const MAY_CHANGE =
  /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u00a0\u00ad\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| (?:\n|$)|[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

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
