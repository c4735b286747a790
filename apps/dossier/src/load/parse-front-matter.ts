import type { InputMeta } from '@dossier/core';
import { parse as parseYaml } from 'yaml';
import { toIsoDate } from './to-iso-date.js';

/** The result of splitting a text into YAML front matter and body. */
export interface FrontMatter {
  /** what the front matter states, normalised (ISO dates, lower-case language) */
  meta: InputMeta;
  /** the text after the front matter (the whole text when there is none) */
  body: string;
  /** what was wrong with the front matter, if anything (the body is still used) */
  issues: string[];
}

const FIELDS = ['title', 'date', 'url', 'publisher', 'author', 'language'] as const;
// Common synonyms people write in front matter; the first one that is set wins.
const ALIASES: Record<(typeof FIELDS)[number], string[]> = {
  title: ['title', 'headline'],
  date: ['date', 'published', 'datePublished', 'published_at'],
  url: ['url', 'link', 'source_url'],
  publisher: ['publisher', 'source', 'site', 'outlet'],
  author: ['author', 'authors', 'byline'],
  language: ['language', 'lang'],
};

/** Splits `---` YAML front matter off a text (LF line ends) and maps its fields to `InputMeta`. */
export function parseFrontMatter(text: string): FrontMatter {
  const m = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text, issues: [] };
  const body = text.slice(m[0].length);
  let data: unknown;
  try {
    data = parseYaml(m[1] ?? '');
  } catch (err) {
    return { meta: {}, body, issues: [`front matter is not valid YAML (${firstLine(err)})`] };
  }
  if (data === null || data === undefined) return { meta: {}, body, issues: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { meta: {}, body, issues: ['front matter is not a YAML mapping'] };
  }
  const record = data as Record<string, unknown>;
  const meta: InputMeta = {};
  const issues: string[] = [];
  for (const field of FIELDS) {
    const key = ALIASES[field].find((k) => record[k] !== undefined && record[k] !== null && record[k] !== '');
    if (key === undefined) continue;
    const raw = record[key];
    if (field === 'date') {
      const iso = toIsoDate(raw);
      if (iso) meta.date = iso;
      else issues.push(`front matter date "${String(raw)}" is not a date`);
      continue;
    }
    const value = toText(raw);
    if (!value) continue;
    meta[field] = field === 'language' ? value.toLowerCase().slice(0, 2) : value;
  }
  return { meta, body, issues };
}

function toText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(toText).filter((x): x is string => !!x);
    return parts.length ? parts.join(', ') : null;
  }
  if (v && typeof v === 'object' && 'name' in v) return toText((v as { name: unknown }).name);
  return null;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
