import { describe, expect, it } from 'vitest';
import { decodeLatin9, decodeText, decodeWindows1252 } from './decode-text.js';

const utf16 = (s: string, be = false) => {
  const b = Buffer.from(`\ufeff${s}`, 'utf16le');
  if (be) b.swap16();
  return new Uint8Array(b);
};

describe('decodeText', () => {
  it.each([
    ['utf-8', new TextEncoder().encode('Größe „x“\r\nzwei'), 'utf-8', false],
    ['utf-8 BOM', new TextEncoder().encode('\ufeffGröße „x“\nzwei'), 'utf-8', false],
    ['utf-16le', utf16('Größe „x“\r\nzwei'), 'utf-16le', false],
    ['utf-16be', utf16('Größe „x“\rzwei', true), 'utf-16be', false],
    [
      'windows-1252',
      Uint8Array.from([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x84, 0x78, 0x93, 0x0a, 0x7a, 0x77, 0x65, 0x69]),
      'windows-1252',
      true,
    ],
  ])('%s', (_label, bytes, encoding, fallback) => {
    const r = decodeText(bytes);
    expect(r).toEqual({ text: 'Größe „x“\nzwei', encoding, fallback, binary: false });
  });

  it('flags NUL bytes as binary, also inside UTF-16', () => {
    expect(decodeText(Uint8Array.of(0x41, 0x00, 0x42)).binary).toBe(true);
    expect(decodeText(utf16('a\u0000b')).binary).toBe(true);
    expect(decodeText(utf16('ab')).binary).toBe(false);
  });

  it.each([
    // "Preis: 12 € für Öl" in ISO-8859-15: 0xA4 is the euro sign there
    [
      'ISO-8859-15 with a euro sign',
      [
        0x50, 0x72, 0x65, 0x69, 0x73, 0x3a, 0x20, 0x31, 0x32, 0x20, 0xa4, 0x20, 0x66, 0xfc, 0x72, 0x20, 0xd6,
        0x6c,
      ],
      'iso-8859-15',
      'Preis: 12 € für Öl',
    ],
    // Windows-1252 quotes beside 0xA4 keep it "¤": the 0x80–0x9F block is no ISO-8859-15
    [
      'Windows-1252 quotes beside 0xA4',
      [0x84, 0x61, 0x93, 0x20, 0xa4, 0x20, 0xfc],
      'windows-1252',
      '„a“ ¤ ü',
    ],
    // no 0xA4: Latin-1 letters read the same either way, named Windows-1252 as before
    ['Latin letters only', [0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0xbd], 'windows-1252', 'Größe ½'],
  ])('tells %s', (_what, bytes, encoding, text) => {
    expect(decodeText(Uint8Array.from(bytes as number[]))).toMatchObject({ text, encoding, fallback: true });
  });

  it('maps the eight bytes where ISO-8859-15 differs from Latin-1', () => {
    expect(decodeLatin9(Uint8Array.of(0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe, 0xe9))).toBe(
      '€ŠšŽžŒœŸé',
    );
  });

  it('maps the whole 0x80–0x9F block of Windows-1252', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x85, 0x96, 0x97, 0x9f))).toBe('€…–—Ÿ');
  });
});
