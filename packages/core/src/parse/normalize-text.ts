import { hasRepairableMojibake, repairMojibake } from './repair-mojibake.js';

/** Normalizes line ends, a leading BOM, odd spaces, invisible characters and Unicode composition of a text. */
export function normalizeText(raw: string): string {
  // parseArticle normalizes, then classifyText and extractMetadata normalize the result again: a text
  // known to normalize to itself is returned as it is
  if (raw === fixedPoint) return raw;
  const found = scanText(raw);
  // a mojibake sequence starts with a lead character right before a continuation character: without such a
  // pair the mojibake regex finds nothing
  const mojibake = (found & MOJIBAKE_PAIR) !== 0 && hasRepairableMojibake(raw);
  // most pages hold none of the characters the replaces below change: then only the composition is left
  // (one scan instead of six regex passes), and an unchanged text is known free of mojibake already
  if (!mojibake && (found & TO_REPLACE) === 0) {
    const composed = raw.normalize('NFC');
    if (composed === raw) {
      fixedPoint = raw;
      return raw;
    }
    const text = composed.replace(/[ ]+$/gm, '');
    if (!hasRepairableMojibake(text)) fixedPoint = text;
    return text;
  }
  const text = normalize(mojibake ? repairMojibake(raw) : raw);
  if (!hasRepairableMojibake(text)) fixedPoint = text;
  return text;
}

// what scanText finds: a character the replaces of `normalize` change (a line end other than "\n", a BOM,
// an invisible or control character, a tab, an odd space) or a space at the end of a line; a mojibake
// lead character (U+00C2–U+00F4) right before a continuation character
const TO_REPLACE = 1;
const MOJIBAKE_PAIR = 2;

// Windows-1252's characters for the bytes 0x80–0x9F, which continue a mojibake sequence as the Latin-1
// range U+0080–U+00BF does (as the class CONT of repair-mojibake)
const CP1252_CONTINUATION = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((c) => c.charCodeAt(0)));

// Which of TO_REPLACE and MOJIBAKE_PAIR a text holds, in one scan.
function scanText(text: string): number {
  let found = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x0a) found |= TO_REPLACE;
    } else if (c === 0x20) {
      if (i + 1 === n || text.charCodeAt(i + 1) === 0x0a) found |= TO_REPLACE;
    } else if (c < 0x7f) {
      // printable ASCII
    } else if (c <= 0xad) {
      if (c === 0x7f || c === 0x85 || c === 0xa0 || c === 0xad) found |= TO_REPLACE;
    } else if (c >= 0xc2 && c <= 0xf4) {
      if (i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if ((d >= 0x80 && d <= 0xbf) || CP1252_CONTINUATION.has(d)) found |= MOJIBAKE_PAIR;
      }
    } else if (c >= 0x2000) {
      if (
        c <= 0x200d ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x2060 ||
        c === 0x3000 ||
        c === 0xfeff
      )
        found |= TO_REPLACE;
    }
    if (found === (TO_REPLACE | MOJIBAKE_PAIR)) return found;
  }
  return found;
}

// The last result that normalizes to itself. Every step below leaves nothing that it or an earlier step
// would change again (NFC is idempotent and creates none of the characters replaced before it), except
// that removing invisible characters can join a new mojibake pair; so a result without repairable
// mojibake is a fixed point.
let fixedPoint: string | null = null;

// `repaired` is the text with its mojibake repaired.
function normalize(repaired: string): string {
  return (
    repaired
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
