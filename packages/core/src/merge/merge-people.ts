import { betterRole } from '../analyze/build-person-index.js';
import { nameKey } from '../analyze/find-names.js';
import type { Person, Quote } from '../schema.js';
import type { PersonMention } from '../types.js';

/** A person being merged: every spelling seen, keyed by spelling-independent name keys. */
interface Group {
  person: Person;
  keys: Set<string>;
  parts: Set<string>;
}

const partsOf = (key: string) => key.split(' ').filter(Boolean);

/** True when every part of a short name is a part of the group (a surname with its full name). */
const fitsParts = (g: Group, key: string) => partsOf(key).every((x) => g.parts.has(x));

/**
 * Merges person mentions into one entry per person: transliteration variants ("Nawalny"/"Navalny"),
 * hyphenation ("Lee Jae-myung"/"Lee Jae Myung") and surname-only mentions with the one full name that fits.
 */
export function mergePeople(mentions: readonly PersonMention[]): Person[] {
  const groups: Group[] = [];
  const add = (g: Group, m: PersonMention, key: string) => {
    const p = g.person;
    for (const n of [m.name, ...(m.aliases ?? [])]) {
      if (n !== p.name && !p.aliases.includes(n)) p.aliases.push(n);
    }
    if (!p.articles.includes(m.article)) p.articles.push(m.article);
    p.role = betterRole(p.role, m.role);
    g.keys.add(key);
    for (const x of partsOf(key)) g.parts.add(x);
  };
  // longest names first, so surname-only mentions find their full name
  const ordered = [...mentions].sort(
    (a, b) => partsOf(nameKey(b.name)).length - partsOf(nameKey(a.name)).length,
  );
  for (const m of ordered) {
    const key = nameKey(m.name);
    let g = groups.find((x) => x.keys.has(key));
    if (!g && partsOf(key).length === 1) {
      const fits = groups.filter((x) => fitsParts(x, key));
      if (fits.length === 1) g = fits[0];
    }
    if (g) {
      add(g, m, key);
      continue;
    }
    const person: Person = { name: m.name, aliases: [], role: m.role, articles: [m.article] };
    for (const a of m.aliases ?? []) if (a !== m.name && !person.aliases.includes(a)) person.aliases.push(a);
    groups.push({ person, keys: new Set([key]), parts: new Set(partsOf(key)) });
  }
  for (const g of groups) g.person.articles.sort();
  return groups.map((g) => g.person).sort((a, b) => a.name.localeCompare(b.name));
}

/** Renames quote speakers to the merged person's name ("Medwedew" → "Dmitry Medvedev"); other speakers stay. */
export function toCanonicalSpeakers(quotes: readonly Quote[], people: readonly Person[]): Quote[] {
  const byKey = new Map<string, string>();
  for (const p of people) for (const n of [p.name, ...p.aliases]) byKey.set(nameKey(n), p.name);
  return quotes.map((q) => {
    const name = q.speaker ? byKey.get(nameKey(q.speaker)) : undefined;
    return name && name !== q.speaker ? { ...q, speaker: name } : q;
  });
}
