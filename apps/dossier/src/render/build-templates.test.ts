import { describe, expect, it } from 'vitest';
import { buildTemplates } from './build-templates.js';

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
});
