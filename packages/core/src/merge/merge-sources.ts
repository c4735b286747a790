import { knownSourceByName } from '../analyze/resolve-source.js';
import type { Source } from '../schema.js';
import type { SourceMention } from '../types.js';

// spelling variants of one outlet share a key: "Die Zeit" / "ZEIT ONLINE" / "zeit"
const toKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(?:the|die|der|das)\s+/u, '')
    .replace(/\s+online$|\.(?:de|com|at|ch)$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Merges source mentions into one entry per source (abbreviations with their full names), linked to the articles citing it. */
export function mergeSources(mentions: readonly SourceMention[]): Source[] {
  // the same few names are cited by thousands of mentions: each name's key is made once
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      key = toKey(name);
      keys.set(name, key);
    }
    return key;
  };
  // a full name paired with an abbreviation anywhere makes both one source
  const alias = new Map<string, string>();
  for (const m of mentions) if (m.fullName) alias.set(keyOf(m.fullName), keyOf(m.name));
  const byKey = new Map<string, Source>();
  // the articles of each source as a set too: includes() on the list was quadratic for a source cited by
  // thousands of articles (the benchmark at 10,000)
  const articlesOf = new Map<Source, Set<string>>();
  for (const m of mentions) {
    const key = alias.get(keyOf(m.name)) ?? keyOf(m.name);
    let s = byKey.get(key);
    if (!s) {
      s = { name: m.name, articles: [], count: 0 };
      byKey.set(key, s);
    }
    // prefer the short or canonical form as the name
    if (knownSourceByName(m.name) && !knownSourceByName(s.name)) s.name = m.name;
    else if (
      !knownSourceByName(s.name) &&
      m.name.length < s.name.length &&
      alias.get(keyOf(m.name)) === undefined
    ) {
      s.aliases = [...new Set([...(s.aliases ?? []), s.name])];
      s.name = m.name;
    }
    const names = [m.name, m.fullName].filter((n): n is string => !!n && n !== s.name);
    if (names.length) s.aliases = [...new Set([...(s.aliases ?? []), ...names])].filter((n) => n !== s.name);
    if (m.kind && !s.kind) s.kind = m.kind;
    const seen = articlesOf.get(s) ?? new Set<string>();
    articlesOf.set(s, seen);
    if (!seen.has(m.article)) {
      seen.add(m.article);
      s.articles.push(m.article);
    }
    s.count = (s.count ?? 0) + 1;
  }
  return [...byKey.values()]
    .map((s) => (s.aliases && !s.aliases.length ? (({ aliases: _a, ...rest }) => rest)(s) : s))
    .sort((a, b) => a.name.localeCompare(b.name));
}
