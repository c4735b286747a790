import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSources } from './build-templates.js';

/** The templates shipped with the app (apps/dossier/templates), one folder per language. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

async function readFolder(dir: string): Promise<TemplateSources> {
  const out: TemplateSources = {};
  if (!existsSync(dir)) return out;
  for (const f of (await readdir(dir)).filter((n) => n.endsWith('.hbs')).sort()) {
    out[basename(f, '.hbs')] = await readFile(join(dir, f), 'utf8');
  }
  return out;
}

/** The languages with built-in templates. */
export async function loadTemplateLanguages(): Promise<string[]> {
  return (await readdir(BUILTIN_TEMPLATES, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/**
 * Loads the templates of a language: the built-in ones (English when the language has none),
 * overridden file by file by a user folder (`DIR/<lang>/*.hbs`, or `DIR/*.hbs`); user labels
 * override single labels, since later inline partials win.
 */
export async function loadTemplates(
  lang: string,
  userDir?: string,
): Promise<{ sources: TemplateSources; language: string; warnings: string[] }> {
  const warnings: string[] = [];
  const builtin = await loadTemplateLanguages();
  let language = lang;
  let sources = await readFolder(join(BUILTIN_TEMPLATES, lang));
  if (!builtin.includes(lang)) {
    language = 'en';
    sources = await readFolder(join(BUILTIN_TEMPLATES, 'en'));
    if (!userDir) warnings.push(`no templates for language "${lang}", using English`);
  }
  if (userDir) {
    if (!existsSync(userDir)) throw new Error(`template folder ${userDir} does not exist`);
    const langDir = join(userDir, lang);
    const user = await readFolder(existsSync(langDir) ? langDir : userDir);
    if (Object.keys(user).length === 0) warnings.push(`no .hbs templates in ${userDir}`);
    else language = lang;
    for (const [name, src] of Object.entries(user)) {
      sources[name] = name === 'labels' ? `${sources.labels ?? ''}\n${src}` : src;
    }
  }
  return { sources, language, warnings };
}
