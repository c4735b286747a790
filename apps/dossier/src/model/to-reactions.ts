import type { Corpus } from '@dossier/core';
import { quoteKey } from '../diff/corpus-changes.js';
import { foldStatements } from './fold-statements.js';
import { stripDateline } from './strip-dateline.js';
import type { ActorGroup, Ref, Statement } from './types.js';

const letters = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A role that only repeats the actor's name ("US-Präsident – US-Präsident") says nothing. */
function toShownRole(actor: string | null, role: string | null): string | null {
  if (!role?.trim()) return null;
  if (!actor) return role;
  const r = letters(role);
  const a = letters(actor);
  return r === '' || ` ${a} `.includes(` ${r} `) ? null : role;
}

/**
 * Groups the corpus' statements by actor, each statement shown once. Order: people (named in
 * `people`, or given a role of their own) before bodies and organisations, each by how much they said;
 * unattributed statements last.
 */
export function toReactions(corpus: Corpus, refs: Map<string, Ref>, newKeys: Set<string>): ActorGroup[] {
  const roleOf = new Map<string, string | null>();
  for (const p of corpus.people) {
    for (const n of [p.name, ...p.aliases]) if (!roleOf.get(n)) roleOf.set(n, p.role);
  }
  const groups = new Map<string, { actor: string | null; role: string | null; statements: Statement[] }>();
  for (const q of corpus.quotes) {
    const key = q.speaker ?? '\0';
    let g = groups.get(key);
    if (!g) {
      g = { actor: q.speaker, role: null, statements: [] };
      groups.set(key, g);
    }
    g.role ??= q.role ?? (q.speaker ? (roleOf.get(q.speaker) ?? null) : null);
    const ref = refs.get(q.article);
    g.statements.push({
      // reported speech cut from an article's first sentence may still carry its dateline
      text: stripDateline(q.text),
      kind: q.kind,
      refs: ref === undefined ? [] : [ref],
      // a first edition marks nothing new: no key to build for each of its thousands of statements
      isNew: newKeys.size > 0 && newKeys.has(quoteKey(q)),
    });
  }
  const out: ActorGroup[] = [...groups.values()].map((g) => {
    const role = toShownRole(g.actor, g.role);
    const kind: ActorGroup['kind'] =
      g.actor === null ? 'unattributed' : roleOf.has(g.actor) || role ? 'person' : 'body';
    const statements = foldStatements(g.statements).sort(
      // the most corroborated first, so a capped list keeps what most articles say
      (a, b) => b.refs.length - a.refs.length || (a.refs[0] ?? 0) - (b.refs[0] ?? 0),
    );
    return { actor: g.actor, role, kind, statements };
  });
  const rank = { person: 0, body: 1, unattributed: 2 } as const;
  return out.sort(
    (a, b) =>
      rank[a.kind] - rank[b.kind] ||
      b.statements.length - a.statements.length ||
      Number(!!b.role) - Number(!!a.role) ||
      (a.actor ?? '').localeCompare(b.actor ?? ''),
  );
}
