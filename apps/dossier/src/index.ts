export { creationDate, runMain, toJson } from './cli.js';
export { buildDocDefinition } from './render/build-doc-definition.js';
export { renderPdf } from './render/render-pdf.js';
export { buildDossierModel } from './model/build-dossier-model.js';
export { buildDocument } from './render/build-doc-definition.js';
export { loadTemplates } from './render/load-templates.js';
export { renderDossierPdf } from './render/render-dossier-pdf.js';
export { loadFontCoverage } from './render/render-pdf.js';
export { runAnalyzeParallel } from './analyze-parallel.js';
