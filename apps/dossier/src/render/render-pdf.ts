import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocDefinition } from './build-doc-definition.js';
import type { FontCoverage } from './to-text-runs.js';

const require = createRequire(import.meta.url);
// pdfmake 0.3 ships CommonJS; its Node entry is a singleton configured once here.
const pdfmake = require('pdfmake') as {
  setFonts(f: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
};
const robotoDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
// Noto Sans KR (SIL OFL 1.1) covers Hangul, kana and the common CJK ideographs.
const notoDir = dirname(require.resolve('@expo-google-fonts/noto-sans-kr/package.json'));
const fontFiles = new Set<string>();
const font = (dir: string, name: string) => {
  const p = join(dir, name);
  fontFiles.add(p);
  return p;
};
/** The embedded fonts, by pdfmake font name, in order of preference. */
export const FONTS = {
  Roboto: {
    normal: font(robotoDir, 'Roboto-Regular.ttf'),
    bold: font(robotoDir, 'Roboto-Medium.ttf'),
    italics: font(robotoDir, 'Roboto-Italic.ttf'),
    bolditalics: font(robotoDir, 'Roboto-MediumItalic.ttf'),
  },
  // no italic cut exists; the upright one stands in
  NotoSansKR: {
    normal: font(notoDir, '400Regular/NotoSansKR_400Regular.ttf'),
    bold: font(notoDir, '700Bold/NotoSansKR_700Bold.ttf'),
    italics: font(notoDir, '400Regular/NotoSansKR_400Regular.ttf'),
    bolditalics: font(notoDir, '700Bold/NotoSansKR_700Bold.ttf'),
  },
} as const;
pdfmake.setFonts(FONTS);
// Nothing from the network, and from disk only our own font files.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));

/** pdfmake's own `require`: pdfkit and fontkit are its dependencies, so the copies it renders with. */
export const requireFromPdfmake = createRequire(require.resolve('pdfmake/package.json'));
/** The pdfkit module pdfmake renders with (its fontkit is resolved from here). */
export const PDFKIT_PATH = requireFromPdfmake.resolve('pdfkit');

let coverage: FontCoverage[] | null = null;

/** The real glyph coverage of the embedded fonts (read with fontkit, which pdfkit uses), each font's read once when first needed. */
export function loadFontCoverage(): FontCoverage[] {
  if (coverage) return coverage;
  // fontkit is pdfkit's dependency; resolve it through pdfmake -> pdfkit to use the same copy
  const fontkit = createRequire(PDFKIT_PATH)('fontkit') as {
    openSync(path: string): { characterSet: number[] };
  };
  coverage = Object.entries(FONTS).map(([name, files]) => {
    // read when first asked: the CJK font (6 MB) only for a text the first font cannot show
    let set: Set<number> | undefined;
    return {
      font: name,
      has: (cp: number) => {
        set ??= new Set(fontkit.openSync(files.normal).characterSet);
        return set.has(cp);
      },
    };
  });
  return coverage;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(doc: DocDefinition): Promise<Buffer> {
  return pdfmake.createPdf(doc).getBuffer();
}
