import type { Person } from '../schema.js';
import type { PersonMention } from '../types.js';

/** Merges person mentions into one entry per person (first version: exact name). */
export function mergePeople(mentions: readonly PersonMention[]): Person[] {
  const byName = new Map<string, Person>();
  for (const m of mentions) {
    const p = byName.get(m.name) ?? { name: m.name, aliases: [], role: m.role, articles: [] };
    if (!p.articles.includes(m.article)) p.articles.push(m.article);
    p.role ??= m.role;
    byName.set(m.name, p);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
