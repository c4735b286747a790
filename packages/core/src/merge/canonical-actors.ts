import { findNames, isBodyWord, isSourceWord, matchRole, nameKey } from '../analyze/find-names.js';
import { resolveExact, resolveSource } from '../analyze/resolve-source.js';
import { toNominative } from '../analyze/to-nominative.js';
import { STATEMENT_NOUNS } from '../lexicon/de/reporting-verbs.js';
import type { Figure, Person, Quote, Source } from '../schema.js';
import { toWordAliasFinder } from './to-word-alias-finder.js';

/** An actor as the corpus shows it: the canonical name and, for a known person, the person. */
export interface CanonicalActor {
  name: string;
  person: Person | null;
}

/** Maps the speakers and claimants of one corpus to canonical names. */
export type ActorResolver = (name: string) => CanonicalActor;

const sourceKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(?:the|die|der|das|dem|den|des)\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The first capitalised word of a phrase that is not a genitive owner ("Seouls Geheimdienst"): what it is about. */
function headWord(phrase: string): string {
  const words = phrase.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!/^\p{Lu}/u.test(w)) continue;
    const owner = /s$/u.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? '') && !isBodyWord(w);
    if (owner && !STATEMENT_NOUNS.has(w.toLowerCase())) continue;
    return w;
  }
  return words[0] ?? phrase;
}

/** True when a phrase names people rather than an institution or a document ("Experten des Instituts"). */
const namesPeople = (head: string) => !!matchRole(head) || (isSourceWord(head) && !isBodyWord(head));

/** Builds the resolver that maps a speaker or claimant to the merged person or the canonical source. */
export function actorResolver(people: readonly Person[], sources: readonly Source[]): ActorResolver {
  const personByKey = new Map<string, Person>();
  for (const p of people) for (const n of [p.name, ...p.aliases]) personByKey.set(nameKey(n), p);
  const sourceByKey = new Map<string, string>();
  for (const s of sources)
    for (const n of [s.name, ...(s.aliases ?? [])]) sourceByKey.set(sourceKey(n), s.name);
  const sourceName = (name: string) => sourceByKey.get(sourceKey(name)) ?? name;
  const memo = new Map<string, CanonicalActor>();
  // Indexes built once: scanning every person (with nameKey) and compiling a regex per source alias for
  // every unresolved name made the merge quadratic (46 s at 10,000 articles; the benchmark's profile).
  const byPart = new Map<string, Set<Person>>();
  for (const p of people)
    for (const n of [p.name, ...p.aliases]) {
      if (!n.includes(' ')) continue;
      for (const part of nameKey(n).split(' ')) {
        const set = byPart.get(part) ?? new Set<Person>();
        set.add(p);
        byPart.set(part, set);
      }
    }
  const fullNameIndex = new Map<string, number>();
  people.forEach((p, i) => {
    if (p.name.includes(' ') && !fullNameIndex.has(p.name)) fullNameIndex.set(p.name, i);
  });
  let sourceIn: ((text: string) => number) | undefined;
  const resolve = (raw: string): CanonicalActor => {
    const name = raw.trim();
    const person = personByKey.get(nameKey(name));
    if (person) return { name: person.name, person };
    const merged = sourceByKey.get(sourceKey(name));
    if (merged) return { name: merged, person: null };
    const exact = resolveExact(name);
    if (exact) return { name: sourceName(exact.name), person: null };
    // a single name that is a part of exactly one merged person's name ("Medwedew" in another article)
    if (!name.includes(' ') && findNames(name).length === 1) {
      const fits = [...(byPart.get(nameKey(name)) ?? [])];
      if (fits.length === 1 && fits[0]) return { name: fits[0].name, person: fits[0] };
    }
    // "Richter X Y", "Trainerin X Y": a role before a merged person's full name
    // the first person (in merged order) whose full name ends the text after a space
    let namedAt = -1;
    for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
      const i = fullNameIndex.get(name.slice(at + 1));
      if (i !== undefined && (namedAt < 0 || i < namedAt)) namedAt = i;
    }
    const named = namedAt >= 0 ? people[namedAt] : undefined;
    if (named && findNames(name).some((h) => h.name === named.name && h.role))
      return { name: named.name, person: named };
    const head = headWord(name);
    if (!namesPeople(head)) {
      // "Seouls Geheimdienst", "Nachrichtenagentur X", "Datenbank des Instituts Y": the source it names
      const hit = resolveSource(name, true);
      if (hit?.known) return { name: sourceName(hit.name), person: null };
      // the first source (in merged order) with a name or alias of three characters or more standing in
      // the text as a whole word
      sourceIn ??= toWordAliasFinder(
        sources.map((s) => [s.name, ...(s.aliases ?? [])]),
        3,
      );
      const at = sourceIn(name);
      if (at >= 0) return { name: (sources[at] as Source).name, person: null };
    }
    return { name: toNominative(name), person: null };
  };
  return (raw) => {
    let a = memo.get(raw);
    if (!a) {
      a = resolve(raw);
      memo.set(raw, a);
    }
    return a;
  };
}

/** A role worth showing next to a speaker: not the speaker's own name or words. */
function roleFor(speaker: string, role: string | null | undefined): string | null {
  if (!role) return null;
  const r = role.trim().toLowerCase();
  const s = speaker.toLowerCase();
  if (!r || r === s || s.includes(r) || r.includes(s)) return null;
  return role;
}

/**
 * Maps every quote speaker and figure claimant to one canonical actor: the merged person's full name,
 * the canonical source for a service or outlet named by an alias or description, else the phrase in the
 * nominative. Quotes get the merged person's role, never one that repeats the speaker.
 */
export function toCanonicalActors(
  quotes: readonly Quote[],
  figures: readonly Figure[],
  people: readonly Person[],
  sources: readonly Source[],
): { quotes: Quote[]; figures: Figure[] } {
  const resolve = actorResolver(people, sources);
  // the same speaker comes with the same role in many quotes: each pair is compared once
  const roles = new Map<string, Map<string | null | undefined, string | null>>();
  const roleOf = (name: string, role: string | null | undefined): string | null => {
    let byRole = roles.get(name);
    if (!byRole) {
      byRole = new Map();
      roles.set(name, byRole);
    }
    let r = byRole.get(role);
    if (r === undefined) {
      r = roleFor(name, role);
      byRole.set(role, r);
    }
    return r;
  };
  return {
    quotes: quotes.map((q) => {
      if (!q.speaker) return q;
      const a = resolve(q.speaker);
      const role = roleOf(a.name, a.person ? (a.person.role ?? q.role) : q.role);
      // a quote whose speaker and role stay as they are is kept, not copied (role is never undefined, so
      // an equal role means the quote has the key already)
      if (a.name === q.speaker && q.role === role) return q;
      return { ...q, speaker: a.name, role };
    }),
    figures: figures.map((f) => (f.claimant ? { ...f, claimant: resolve(f.claimant).name } : f)),
  };
}
