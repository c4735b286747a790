import { repairMojibake } from './repair-mojibake.js';

/** Normalizes line ends, a leading BOM, odd spaces, invisible characters and Unicode composition of a text. */
export function normalizeText(raw: string): string {
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
