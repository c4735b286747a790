import type { Source } from '../schema.js';
import type { SourceMention } from '../types.js';

/** Merges source mentions into one entry per source, linked to the articles citing it. */
export function mergeSources(mentions: readonly SourceMention[]): Source[] {
  const byName = new Map<string, Source>();
  for (const m of mentions) {
    const key = m.name.toLowerCase();
    const s = byName.get(key) ?? { name: m.name, articles: [], count: 0 };
    if (!s.articles.includes(m.article)) s.articles.push(m.article);
    s.count = (s.count ?? 0) + 1;
    byName.set(key, s);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
