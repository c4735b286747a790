import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { buildTemplates } from './build-templates.js';
import { BUILTIN_TEMPLATES } from './load-templates.js';

/** A label as running the whole labels file gives it (how labels were rendered before each got its own template). */
function wholeFileLabel(labels: string, key: string, ctx: Record<string, unknown>): string {
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('num', (n: unknown) => n);
  const out = hb.compile(`${labels}{{> (lookup . "__key") }}`, { noEscape: true, strict: false })({
    ...ctx,
    __key: key,
  });
  return out.replace(/\s+/g, ' ').trim();
}

const sources = {
  labels:
    '{{#*inline "lage"}}Lage{{/inline}}\n{{#*inline "footer"}}Seite {{page}} von {{pages}}{{/inline}}\n',
  cover: 'Aus {{count}} {{#if (eq count 1)}}Artikel{{else}}Artikeln{{/if}} & <Quellen>.\n',
};

describe('buildTemplates', () => {
  it.each([
    ['lage', {}, 'Lage'],
    ['footer', { page: 2, pages: 9 }, 'Seite 2 von 9'],
    ['missing', {}, 'missing'],
  ])('label %s', (key, ctx, expected) => {
    expect(buildTemplates(sources).label(key, ctx)).toBe(expected);
  });

  it.each([
    [1, 'Aus 1 Artikel & <Quellen>.'],
    [4, 'Aus 4 Artikeln & <Quellen>.'],
  ])('prose with count %d is not HTML-escaped', (count, expected) => {
    expect(buildTemplates(sources).prose('cover', { count })).toBe(expected);
  });

  it.each([
    ['de-DE', 'Aus 12.500 Artikeln.'],
    ['en-GB', 'Aus 12,500 Artikeln.'],
  ])('formats numbers with {{num}} in the locale %s', (locale, expected) => {
    const t = buildTemplates({
      labels: `{{#*inline "locale"}}${locale}{{/inline}}`,
      cover: 'Aus {{num count}} Artikeln.',
    });
    expect(t.prose('cover', { count: 12500 })).toBe(expected);
  });

  it('renders the same label again with another context (labels are remembered per key and context)', () => {
    const t = buildTemplates(sources);
    expect([1, 2, 1].map((page) => t.label('footer', { page, pages: 3 }))).toEqual([
      'Seite 1 von 3',
      'Seite 2 von 3',
      'Seite 1 von 3',
    ]);
  });

  it('later label definitions override earlier ones', () => {
    const t = buildTemplates({ labels: `${sources.labels}{{#*inline "lage"}}Situation{{/inline}}` });
    expect(t.label('lage')).toBe('Situation');
  });

  it.each(['de', 'en'])('every built-in %s label reads as running the whole labels file gives it', (lang) => {
    const labels = readFileSync(join(BUILTIN_TEMPLATES, lang, 'labels.hbs'), 'utf8');
    const keys = [...labels.matchAll(/\{\{#\*inline "([^"]+)"\}\}/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(30);
    const t = buildTemplates({ labels });
    for (const ctx of [
      {},
      { count: '3', n: 1, author: 'Ada Muster', page: 2, pages: 5 },
      { count: '12', n: 12 },
    ]) {
      for (const key of keys) expect(t.label(key, ctx), key).toBe(wholeFileLabel(labels, key, ctx));
    }
  });

  it('a label may use another label as a partial', () => {
    const t = buildTemplates({
      labels: '{{#*inline "lage"}}Lage{{/inline}}{{#*inline "head"}}{{> lage}} heute{{/inline}}',
    });
    expect(t.label('head')).toBe('Lage heute');
  });

  it('a labels file with text outside its partials is still read whole', () => {
    const labels = 'Achtung {{#*inline "lage"}}Lage{{/inline}}';
    expect(buildTemplates({ labels }).label('lage')).toBe(wholeFileLabel(labels, 'lage', {}));
    expect(buildTemplates({ labels }).label('lage')).toBe('Achtung Lage');
  });
});
