import { betterRole } from '../analyze/build-person-index.js';
import { nameKey } from '../analyze/find-names.js';
import type { Person, Quote } from '../schema.js';
import type { PersonMention } from '../types.js';
import { isSpellingVariant } from './is-spelling-variant.js';

/** A person being merged: every spelling seen, keyed by spelling-independent name keys. */
interface Group {
  person: Person;
  keys: Set<string>;
  parts: Set<string>;
  aliases: Set<string>;
  articles: Set<string>;
}

const partsOf = (key: string) => key.split(' ').filter(Boolean);

/**
 * Merges person mentions into one entry per person: transliteration variants ("Nawalny"/"Navalny"),
 * hyphenation ("Lee Jae-myung"/"Lee Jae Myung") and surname-only mentions with the one full name that fits.
 */
export function mergePeople(mentions: readonly PersonMention[]): Person[] {
  const groups: Group[] = [];
  // every key belongs to one group; a name part lists the groups that have it (indexes instead of scanning
  // all groups per mention, which was quadratic on thousands of people)
  const byKey = new Map<string, Group>();
  const byPart = new Map<string, Group[]>();
  const addPart = (g: Group, part: string) => {
    if (g.parts.has(part)) return;
    g.parts.add(part);
    const list = byPart.get(part);
    if (list) list.push(g);
    else byPart.set(part, [g]);
  };
  const addName = (g: Group, n: string) => {
    if (n !== g.person.name && !g.aliases.has(n)) {
      g.aliases.add(n);
      g.person.aliases.push(n);
    }
  };
  const add = (g: Group, m: PersonMention, key: string, parts: readonly string[]) => {
    const p = g.person;
    for (const n of [m.name, ...(m.aliases ?? [])]) addName(g, n);
    if (!g.articles.has(m.article)) {
      g.articles.add(m.article);
      p.articles.push(m.article);
    }
    p.role = betterRole(p.role, m.role);
    g.keys.add(key);
    byKey.set(key, g);
    for (const x of parts) addPart(g, x);
  };
  // longest names first, so surname-only mentions find their full name (a stable sort keeps input order)
  // a name's key and parts are made once however many mentions repeat it
  const keyed = new Map<string, { key: string; parts: string[] }>();
  const ordered = mentions
    .map((m) => {
      let k = keyed.get(m.name);
      if (!k) {
        const key = nameKey(m.name);
        k = { key, parts: partsOf(key) };
        keyed.set(m.name, k);
      }
      return { m, key: k.key, parts: k.parts };
    })
    .sort((a, b) => b.parts.length - a.parts.length);
  for (const { m, key, parts } of ordered) {
    let g = byKey.get(key);
    if (!g && parts.length === 1) {
      const fits = byPart.get(parts[0] as string) ?? [];
      if (fits.length === 1) g = fits[0];
    }
    // "Anna Wieczorek" / "Anna Wiezorek" with one role: a misspelt surname
    if (!g && parts.length === 2) g = spellingVariantOf(byPart.get(parts[0] as string), parts, m.role);
    // "Maike" / "Meike Lorenz" with one role: a misspelt given name
    if (!g && parts.length === 2) g = spellingVariantOf(byPart.get(parts[1] as string), parts, m.role);
    if (g) {
      add(g, m, key, parts);
      continue;
    }
    const person: Person = { name: m.name, aliases: [], role: m.role, articles: [m.article] };
    const created: Group = {
      person,
      keys: new Set([key]),
      parts: new Set(),
      aliases: new Set(),
      articles: new Set([m.article]),
    };
    for (const a of m.aliases ?? []) addName(created, a);
    groups.push(created);
    byKey.set(key, created);
    for (const x of parts) addPart(created, x);
  }
  for (const g of groups) g.person.articles.sort();
  return groups.map((g) => g.person).sort((a, b) => a.name.localeCompare(b.name));
}

/** The one group with the same given name whose full name is a spelling variant of `parts` with the same role. */
function spellingVariantOf(
  candidates: readonly Group[] | undefined,
  parts: readonly string[],
  role: string | null,
): Group | undefined {
  const fits = (candidates ?? []).filter((g) =>
    [...g.keys].some((k) => isSpellingVariant(partsOf(k), g.person.role, parts, role)),
  );
  return fits.length === 1 ? fits[0] : undefined;
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
