import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/split-sentences.js';
import { cleanBody } from './clean-body.js';
import { extractMetadata } from './extract-metadata.js';
import { parseArticle } from './parse-article.js';

// Pieces of real-looking pages, so that generated texts reach the cleaner's rules, not only its guards.
const PIECES = [
  'Der Stadtrat hat am Dienstag einen neuen Haushalt für das kommende Jahr beschlossen.',
  'Die Opposition kritisierte die Pläne als unausgewogen und kündigte weiteren Widerstand an.',
  '„Wir werden das prüfen. Es dauert“, sagte die Bürgermeisterin in einer Erklärung.',
  'Haushalt beschlossen',
  'Haushalt beschlossen +',
  '+',
  'Index',
  'Go up',
  'Kommentare',
  'Lesen Sie auch',
  'Mehr zum Thema',
  'Quellen:',
  '- Tagesblatt - Radio Nord - dpa',
  '(dpa)',
  'Das Ergebnis war knapp (ab mit Reuters).',
  'Wie die Zeitung (Quelle) berichtet, sinkt die Zahl.',
  '1.11.2024',
  'Stand: 14.03.2025, 16:42 Uhr',
  'Von Anna Berg',
  'Anna Berg',
  'Ich bin Anna, Autorin bei Tagesblatt. Ich schreibe über Politik und Wirtschaft in der Region.',
  'Bitte deaktivieren Sie Ihren Ad-Blocker',
  'Schreibe einen Kommentar',
  '© 2024 Tagesblatt',
  'Foto: Max Muster/dpa',
  'Die Ministerin im Landtag (Archivbild).',
  'The council approved the budget on Tuesday after a long debate in the chamber.',
  '  • Jetzt testen',
  'Zurück zum Anfang',
  '"Halb offen. Und dann',
  '„Nie',
  '- ',
  '\u00a0',
  '\uFEFF',
  '...',
  'z. B. u. a. Nr. 5',
];

const page = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 40 })), { maxLength: 30 })
  .chain((lines) =>
    fc
      .array(fc.constantFrom('\n', '\n\n', '\r\n', '\n \n'), {
        minLength: lines.length,
        maxLength: lines.length,
      })
      .map((seps) => lines.map((l, i) => l + seps[i]).join('')),
  );

describe('cleanBody properties', () => {
  it.each([
    ['generated pages', page],
    ['arbitrary strings', fc.string({ maxLength: 400, unit: 'binary' })],
  ])('never throws and is idempotent on %s', (_name, arb) => {
    fc.assert(
      fc.property(arb, (text) => {
        const once = cleanBody(text).paragraphs;
        const twice = cleanBody(once.join('\n\n')).paragraphs;
        expect(twice).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('parsing, metadata and sentence splitting never throw', () => {
    fc.assert(
      fc.property(fc.oneof(page, fc.string({ maxLength: 400, unit: 'binary' })), (text) => {
        const parsed = parseArticle({ file: 'x.txt', text });
        extractMetadata(text);
        for (const p of parsed.paragraphs) splitSentences(p);
      }),
      { numRuns: 300 },
    );
  });
});
