import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../apps/dossier/src/load/decode-text.js';
import { extractHtml } from '../../apps/dossier/src/load/extract-html.js';
import { parseFrontMatter } from '../../apps/dossier/src/load/parse-front-matter.js';
import { toIsoDate } from '../../apps/dossier/src/load/to-iso-date.js';

const runs = { numRuns: 300 };

describe('ingestion on arbitrary input', () => {
  it('decodeText never throws, never leaves a CR, and round-trips valid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeText(bytes);
        expect(r.text).not.toMatch(/\r/);
        expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15']).toContain(r.encoding);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        const clean = s.replace(/\r/g, '').replace(/^\ufeff/, '');
        expect(decodeText(new TextEncoder().encode(clean)).text).toBe(clean);
      }),
      runs,
    );
  });

  it('parseFrontMatter never throws and only yields ISO dates', () => {
    const yamlish = fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.constantFrom('---', 'date: ', 'title: ', '\n', ': ', '[', '- '),
        ),
        {
          maxLength: 20,
        },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(yamlish, (text) => {
        const r = parseFrontMatter(text);
        if (r.meta.date) expect(r.meta.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(text.endsWith(r.body)).toBe(true);
      }),
      runs,
    );
  });

  it('toIsoDate never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = toIsoDate(v);
        if (r !== null) expect(r).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }),
      runs,
    );
  });

  it('extractHtml never throws on tag soup', () => {
    const soup = fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 15 }),
          fc.constantFrom(
            '<p>',
            '</p>',
            '<div>',
            '</div>',
            '<br>',
            '<script>',
            '</script>',
            '<meta property="og:title" content="x">',
            '<!--',
            '-->',
            '<',
            '>',
            '&amp;',
            '&',
          ),
        ),
        { maxLength: 40 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(soup, (html) => {
        const r = extractHtml(html);
        expect(typeof r.text).toBe('string');
      }),
      { numRuns: 150 },
    );
  });
});
