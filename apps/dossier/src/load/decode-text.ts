/** The encodings the loader recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15';

/** What decoding a file's bytes gives: the text (no BOM, LF line ends) and the encoding used. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** true when the bytes were not valid UTF-8 and were read as Windows-1252 (or ISO-8859-15) instead */
  fallback: boolean;
  /** true when the bytes (or the decoded text) hold NUL characters: a binary file, not text */
  binary: boolean;
}

/**
 * Decodes raw file bytes: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, else Windows-1252 or ISO-8859-15;
 * line ends become LF.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = detectBom(bytes);
  let encoding: TextEncodingName;
  let text: string;
  let fallback = false;
  if (bom) {
    encoding = bom.encoding;
    // ignoreBOM: true keeps the BOM in the output; we slice it off ourselves so every path is alike.
    text = new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length));
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      // Invalid UTF-8 is almost always a legacy Windows/Latin text; both legacy decoders map every byte.
      encoding = isLatin9(bytes) ? 'iso-8859-15' : 'windows-1252';
      text = encoding === 'iso-8859-15' ? decodeLatin9(bytes) : decodeWindows1252(bytes);
      fallback = true;
    }
  }
  return { text: toLf(text), encoding, fallback, binary: text.includes('\u0000') };
}

function detectBom(b: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

// Bytes 0x80–0x9F of Windows-1252 (the WHATWG mapping); the rest equals Latin-1. Node 20's TextDecoder
// decodes the "windows-1252" label as plain Latin-1, which turns „ “ – € into control characters.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes bytes of a one-byte encoding through a byte → UTF-16 code unit map (chunked: a spread of a whole file
 * into one call would overflow the stack).
 */
function decodeSingleByte(bytes: Uint8Array, toCode: (b: number) => number): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), toCode));
  }
  return out;
}

/** Decodes Windows-1252 bytes (every byte maps to a character, so this never fails). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return decodeSingleByte(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
}

// ISO-8859-15 (Latin-9) is Latin-1 with eight bytes changed, the euro sign at 0xA4 first of all.
const LATIN9: ReadonlyMap<number, number> = new Map([
  [0xa4, 0x20ac],
  [0xa6, 0x0160],
  [0xa8, 0x0161],
  [0xb4, 0x017d],
  [0xb8, 0x017e],
  [0xbc, 0x0152],
  [0xbd, 0x0153],
  [0xbe, 0x0178],
]);

/**
 * Whether legacy bytes are ISO-8859-15 rather than Windows-1252: they hold 0xA4 (the euro sign there, "¤" in
 * Windows-1252, which text does not use) and nothing of 0x80–0x9F (Windows-1252's quotes, dashes and euro;
 * control codes in ISO-8859-15).
 */
function isLatin9(bytes: Uint8Array): boolean {
  let currency = false;
  for (const b of bytes) {
    if (b >= 0x80 && b < 0xa0) return false;
    if (b === 0xa4) currency = true;
  }
  return currency;
}

/** Decodes ISO-8859-15 bytes (every byte maps to a character). */
export function decodeLatin9(bytes: Uint8Array): string {
  return decodeSingleByte(bytes, (b) => LATIN9.get(b) ?? b);
}

/** Normalises CRLF and lone CR line ends to LF. */
export function toLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
