export { runAnalyzeParallel } from './analyze-parallel.js';
export { creationDate, runMain, toJson } from './cli.js';
export { buildDossierModel } from './model/build-dossier-model.js';
export { buildDocDefinition, buildDocument } from './render/build-doc-definition.js';
export { loadTemplates } from './render/load-templates.js';
export { renderDossierPdf } from './render/render-dossier-pdf.js';
export { loadFontCoverage, renderPdf } from './render/render-pdf.js';
