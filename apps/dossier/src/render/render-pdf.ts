import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocDefinition } from './build-doc-definition.js';

const require = createRequire(import.meta.url);
// pdfmake 0.3 ships CommonJS; its Node entry is a singleton configured once here.
const pdfmake = require('pdfmake') as {
  setFonts(f: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
};
const robotoDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const fontFiles = new Set<string>();
const font = (name: string) => {
  const p = join(robotoDir, name);
  fontFiles.add(p);
  return p;
};
pdfmake.setFonts({
  Roboto: {
    normal: font('Roboto-Regular.ttf'),
    bold: font('Roboto-Medium.ttf'),
    italics: font('Roboto-Italic.ttf'),
    bolditalics: font('Roboto-MediumItalic.ttf'),
  },
});
// Nothing from the network, and from disk only our own font files.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));

/** Renders a document definition to PDF bytes. */
export async function renderPdf(doc: DocDefinition): Promise<Buffer> {
  return pdfmake.createPdf(doc).getBuffer();
}
