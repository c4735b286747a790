// Windows-1252 characters in 0x80–0x9F, to their byte values; the rest of Latin-1 maps to itself.
const CP1252: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};
const CONT = '[\\u0080-\\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
// a UTF-8 lead byte read as Windows-1252, followed by its continuation bytes
const MOJIBAKE = new RegExp(
  `[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`,
  'g',
);

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ("Ã¼" → "ü", "â€ž" → "„"), when the text shows
 * that pattern at least twice; anything else is left alone.
 */
export function repairMojibake(text: string): string {
  let s = text;
  for (let round = 0; round < 3; round++) {
    if (!hasRepairableMojibake(s)) break;
    s = s.replace(MOJIBAKE, (m) => decode(m) ?? m);
  }
  return s;
}

/** True when `repairMojibake` would change the text: it shows at least two decodable sequences. */
export function hasRepairableMojibake(text: string): boolean {
  const found = text.match(MOJIBAKE);
  return found !== null && found.filter((m) => decode(m) !== null).length >= 2;
}

// Decodes one mojibake sequence back into its character, or null when its bytes are not valid UTF-8.
function decode(seq: string): string | null {
  const bytes = [...seq].map((c) => CP1252[c] ?? c.charCodeAt(0));
  const lead = bytes[0]!;
  const n = bytes.length;
  let cp = n === 2 ? lead & 0x1f : n === 3 ? lead & 0x0f : lead & 0x07;
  for (const b of bytes.slice(1)) {
    if (b < 0x80 || b > 0xbf) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = n === 2 ? 0x80 : n === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return String.fromCodePoint(cp);
}
