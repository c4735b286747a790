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
      text = new TextDecoder('windows-1252').decode(bytes);
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

/** Normalises CRLF and lone CR line ends to LF. */
export function toLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
