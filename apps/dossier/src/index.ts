export { creationDate, runMain, toJson } from './cli.js';
export { buildDocDefinition } from './render/build-doc-definition.js';
export { renderPdf } from './render/render-pdf.js';
