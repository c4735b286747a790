import { execFileSync } from 'node:child_process';

/** Extracts the text of a PDF with poppler's pdftotext (layout off, UTF-8). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}
