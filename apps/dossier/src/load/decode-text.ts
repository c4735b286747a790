/** The encodings the loader recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What decoding a file's bytes gives: the text (no BOM, LF line ends) and the encoding used. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** true when the bytes were not valid UTF-8 and were read as Windows-1252 instead */
  fallback: boolean;
  /** true when the bytes (or the decoded text) hold NUL characters: a binary file, not text */
  binary: boolean;
}

/** Decodes raw file bytes: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, else Windows-1252; line ends become LF. */
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
      // Invalid UTF-8 is almost always a legacy Windows/Latin text; windows-1252 maps every byte.
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
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

/** Decodes Windows-1252 bytes (every byte maps to a character, so this never fails). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

/** Normalises CRLF and lone CR line ends to LF. */
export function toLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
