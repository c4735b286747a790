import { isSpaceCode } from '../text/is-space-code.js';
import { memoizeString } from '../text/memoize-word.js';
import { findNamesInTokens, type NameHit, nameKey } from './find-names.js';
import { hasPiece } from './has-piece.js';
import { toMaskedParagraphs } from './to-masked-paragraphs.js';

/** One person of an article: the fullest name seen, its roles and grammatical gender when known. */
export interface IndexedPerson {
  name: string;
  key: string;
  /** keys of the single name parts, to match short mentions ("Lee", "Nawalny") */
  parts: string[];
  role: string | null;
  female: boolean;
  /** other spellings seen for this person in the article */
  aliases: string[];
}

/** A place in the article where a person is named (outside quotations). */
export interface IndexedMention {
  person: IndexedPerson;
  paragraph: number;
  start: number;
}

/** The people of one article and where each is named, in text order. */
export interface PersonIndex {
  people: IndexedPerson[];
  mentions: IndexedMention[];
  /**
   * name key → the first person (in people order) with it as key or alias key, as buildPersonIndex leaves
   * it: lookupName reads it instead of keying every alias of every person again (an index made by hand
   * may leave it out)
   */
  exact?: ReadonlyMap<string, IndexedPerson>;
  /**
   * name part → the people with that part, as buildPersonIndex leaves it: a short name no person has a part
   * of is answered without a scan of every mention and person (an index made by hand may leave it out)
   */
  byPart?: ReadonlyMap<string, readonly IndexedPerson[]>;
}

/** A position in the article: paragraph index and character offset. */
export interface TextPos {
  paragraph: number;
  offset: number;
}

const before = (m: IndexedMention, pos: TextPos) =>
  m.paragraph < pos.paragraph || (m.paragraph === pos.paragraph && m.start < pos.offset);

/** Picks the more informative of two roles: the one with more words, then the first seen. */
export function betterRole(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return pieceCount(b) > pieceCount(a) ? b : a;
}

/** `text.split(/\s+/).length` without the array: one piece more than there are runs of white space. */
function pieceCount(text: string): number {
  let pieces = 1;
  for (let i = 0; i < text.length; i++)
    if (isSpaceCode(text.charCodeAt(i)) && (i === 0 || !isSpaceCode(text.charCodeAt(i - 1)))) pieces++;
  return pieces;
}

interface PlacedHit extends NameHit {
  paragraph: number;
  /** nameKey(name), worked out once: both passes over the hits ask for it */
  key: string;
}

/** All name hits of an article, paragraph by paragraph, with quotations masked. */
function hitsOf(paragraphs: readonly string[], lang: string): PlacedHit[] {
  const out: PlacedHit[] = [];
  const masked = toMaskedParagraphs(paragraphs);
  for (let paragraph = 0; paragraph < masked.length; paragraph++) {
    for (const s of (masked[paragraph] as (typeof masked)[number]).sentences) {
      // (fields written out: an object spread per hit cost a tenth of the stage)
      for (const h of findNamesInTokens(s.tokens, lang))
        out.push({
          name: h.name,
          start: h.start,
          end: h.end,
          role: h.role,
          female: h.female,
          strong: h.strong,
          paragraph,
          key: nameKey(h.name),
        });
    }
  }
  return out;
}

/** Finds the person a (possibly short) name refers to: the last one named before `pos` that has all its parts. */
export function lookupName(index: PersonIndex, name: string, pos?: TextPos): IndexedPerson | null {
  const key = nameKey(name);
  const exact = index.exact
    ? index.exact.get(key)
    : index.people.find((p) => p.key === key || p.aliases.some((a) => nameKey(a) === key));
  return exact ?? lookupParts(index, key, pos);
}

// A key's parts (`key.split(' ')`), remembered (bounded): every hit the exact keys miss is split again, and
// the split was a fifth of the index's own time (benchmark profile). Shared between callers: read only.
const partsOfKey = memoizeString((key: string): string[] => key.split(' '), 20_000);

/** The part of lookupName after no person's key or alias key is `key`. */
function lookupParts(index: PersonIndex, key: string, pos?: TextPos): IndexedPerson | null {
  const parts = partsOfKey(key);
  const fits = (p: IndexedPerson) => parts.every((x) => p.parts.includes(x));
  // a person fits only with the first part among its own: with none that has it, no one fits (most words
  // the index looks up name no one; the scans below are of every mention so far)
  if (index.byPart && !index.byPart.get(parts[0] as string)?.some(fits)) return null;
  if (pos) {
    for (let i = index.mentions.length - 1; i >= 0; i--) {
      const m = index.mentions[i] as IndexedMention;
      if (before(m, pos) && fits(m.person)) return m.person;
    }
  }
  return index.people.find(fits) ?? null;
}

/** The last person named before `pos` who fits a pronoun's gender ("er" → not known female). */
export function lastPersonBefore(index: PersonIndex, pos: TextPos, female: boolean): IndexedPerson | null {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i] as IndexedMention;
    if (before(m, pos) && m.person.female === female) return m.person;
  }
  return null;
}

/** Builds the person index of an article: full names with role context first, then every mention. */
export function buildPersonIndex(paragraphs: readonly string[], lang = 'de'): PersonIndex {
  const cached = built.get(paragraphs);
  if (cached) return cached;
  const index = indexPeople(paragraphs, lang);
  built.set(paragraphs, index);
  return index;
}

// extractPeople and extractQuotes both index the same article (its paragraphs array): build it once. The
// index is shared, so callers only read it. (A fifth of the analysis time before; the benchmark's profile.)
const built = new WeakMap<readonly string[], PersonIndex>();

// "Ms Hartigan", "Mr. Doyle": an honorific and a surname
const HONORIFIC_SURNAME = /(?<![\p{L}])(?:Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}])/gu;

function indexPeople(paragraphs: readonly string[], lang: string): PersonIndex {
  const hits = hitsOf(paragraphs, lang);
  const people: IndexedPerson[] = [];
  // lookupName's scan of every person and alias key for each hit, kept as maps while the index grows:
  // key → the first person with that key, and → the first person (in people order) with it as key or alias key
  // (kept on the index for lookupName)
  const byKey = new Map<string, IndexedPerson>();
  const exactByKey = new Map<string, IndexedPerson>();
  // part → people with it, kept as people are added (a person's parts never change)
  const byPart = new Map<string, IndexedPerson[]>();
  const index: PersonIndex = { people, mentions: [], exact: exactByKey, byPart };
  const register = (key: string, person: IndexedPerson) => {
    const known = exactByKey.get(key);
    if (!known || (known !== person && people.indexOf(person) < people.indexOf(known)))
      exactByKey.set(key, person);
  };
  const addAlias = (person: IndexedPerson, alias: string) => {
    person.aliases.push(alias);
    register(nameKey(alias), person);
  };
  const add = (h: PlacedHit): IndexedPerson => {
    const key = h.key;
    const found = byKey.get(key);
    if (found) {
      found.role = betterRole(found.role, h.role);
      found.female ||= h.female;
      if (h.name !== found.name && !found.aliases.includes(h.name)) addAlias(found, h.name);
      return found;
    }
    const p: IndexedPerson = {
      name: h.name,
      key,
      parts: partsOfKey(key),
      role: h.role,
      female: h.female,
      aliases: [],
    };
    people.push(p);
    for (const part of p.parts) {
      const owners = byPart.get(part);
      if (!owners) byPart.set(part, [p]);
      else if (!owners.includes(p)) owners.push(p);
    }
    byKey.set(key, p);
    register(key, p);
    return p;
  };
  // "… appointed Aoife X as examiner" and later "Ms X said": a surname the text uses with an English
  // honorific makes the full name with it a person
  if (lang === 'en') {
    const titled = new Set([...paragraphs.join('\n').matchAll(HONORIFIC_SURNAME)].map((m) => m[1]));
    for (const h of hits)
      if (!h.strong && h.name.includes(' ') && titled.has(h.name.slice(h.name.lastIndexOf(' ') + 1)))
        h.strong = true;
  }
  // full names first, so that short mentions anywhere can find them
  for (const h of hits) if (h.strong && h.name.includes(' ')) add(h);
  for (const h of hits) {
    const key = h.key;
    let person = exactByKey.get(key) ?? lookupParts(index, key, { paragraph: h.paragraph, offset: h.start });
    if (person) {
      person.role = betterRole(person.role, h.role);
      person.female ||= h.female;
      // a short form spelled differently ("Medwedew" for "Dmitry Medvedev") is worth listing
      if (!hasPiece(person.name, h.name) && h.name !== person.name && !person.aliases.includes(h.name))
        addAlias(person, h.name);
    } else if (h.strong) {
      person = add(h);
    }
    if (person) index.mentions.push({ person, paragraph: h.paragraph, start: h.start });
  }
  return index;
}
