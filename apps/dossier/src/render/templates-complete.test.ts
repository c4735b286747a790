import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeveritySchema, SourceKindSchema } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from './load-templates.js';

const renderer = readFileSync(new URL('./build-doc-definition.ts', import.meta.url), 'utf8');
const languages = readdirSync(BUILTIN_TEMPLATES).sort();
const files = (lang: string) =>
  readdirSync(join(BUILTIN_TEMPLATES, lang))
    .filter((f) => f.endsWith('.hbs'))
    .sort();
const labelsOf = (lang: string): Map<string, string> => {
  const src = readFileSync(join(BUILTIN_TEMPLATES, lang, 'labels.hbs'), 'utf8');
  return new Map(
    [...src.matchAll(/\{\{#\*inline "([^"]+)"\}\}([\s\S]*?)\{\{\/inline\}\}/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
};
/** Label keys the renderer asks for: L('key'), h1/h2('key', …), column headings, moreLine/moreRow('key', …), the group keys. */
const usedLabels = new Set([
  ...[...renderer.matchAll(/\b(?:L|h1|h2|moreLine|moreRow)\(\s*'([^']+)'/g)].map((m) => m[1] ?? ''),
  // column headings, also those chosen by a condition
  ...[...renderer.matchAll(/'(col[A-Z]\w*)'/g)].map((m) => m[1] ?? ''),
  ...[...renderer.matchAll(/(?:person|body|unattributed): '([^']+)'/g)].map((m) => m[1] ?? ''),
  // kinds and severities are looked up by the corpus' values
  ...SourceKindSchema.options.map((k) => `kind.${k}`),
  ...SeveritySchema.options.map((s) => `severity.${s}`),
]);
const usedProse = new Set([...renderer.matchAll(/tpl\.prose\(\s*'([^']+)'/g)].map((m) => `${m[1]}.hbs`));

describe('built-in templates', () => {
  it('exist for de and en', () => {
    expect(languages).toEqual(expect.arrayContaining(['de', 'en']));
  });

  it.each(languages)('%s has every prose template the renderer uses, and no unused one', (lang) => {
    expect(files(lang).filter((f) => f !== 'labels.hbs')).toEqual([...usedProse].sort());
  });

  it.each(languages)('%s defines every label the renderer uses, and no unused one', (lang) => {
    const keys = [...labelsOf(lang).keys()].sort();
    // "locale" and "creator" are read by the renderer through L() as well, so every key must be used
    expect(keys).toEqual([...usedLabels].sort());
  });

  it('translates every label (the same text only where it is no word)', () => {
    const de = labelsOf('de');
    const en = labelsOf('en');
    const same = [...de].filter(([k, v]) => en.get(k) === v).map(([k]) => k);
    expect(same.sort()).toEqual(['creator', 'moreRefs']);
  });
});
