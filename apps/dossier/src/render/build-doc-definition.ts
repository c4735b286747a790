import type { Corpus } from '@dossier/core';
import type { CorpusChanges } from '../diff/corpus-changes.js';

/** Options that shape the document. */
export interface DocOptions {
  title: string;
  /** creation date of the PDF (from SOURCE_DATE_EPOCH or the newest article) */
  createdAt: Date;
  /** what is new since the previous edition ("Neu seit der letzten Ausgabe"); absent on the first edition */
  changes?: CorpusChanges;
}

// pdfmake's document definition is plain data; typed loosely here on purpose.
export type DocDefinition = Record<string, unknown>;

/** Builds the pdfmake document definition of a dossier from a corpus (pure). First version: the four sections as lists. */
export function buildDocDefinition(corpus: Corpus, opts: DocOptions): DocDefinition {
  const content: unknown[] = [
    { text: opts.title, style: 'title' },
    { text: `${corpus.articles.length} Artikel`, margin: [0, 0, 0, 20] },
    { text: 'Lage', style: 'h1' },
    ...corpus.timeline.map((e) => ({ text: `${e.date}: ${e.text}` })),
    { text: 'Zahlen', style: 'h1' },
    ...corpus.figures.map((f) => ({ text: `${f.value} ${f.unit ?? ''} (${f.claimant ?? '–'})` })),
    { text: 'Reaktionen', style: 'h1' },
    ...corpus.quotes.map((q) => ({ text: `${q.speaker ?? 'unbekannt'}: „${q.text}“` })),
    { text: 'Quellen', style: 'h1' },
    ...corpus.articles.map((a) => ({
      text: `${a.title} (${a.publisher ?? 'unbekannt'}, ${a.date ?? 'ohne Datum'})`,
    })),
  ];
  return {
    info: { title: opts.title, creator: 'dossier', creationDate: opts.createdAt, modDate: opts.createdAt },
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: { title: { fontSize: 22, bold: true }, h1: { fontSize: 16, bold: true, margin: [0, 16, 0, 6] } },
  };
}
