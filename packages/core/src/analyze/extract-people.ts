import type { PersonMention } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';
import { buildPersonIndex } from './build-person-index.js';
import { isQuotedName } from './is-quoted-name.js';

/** Finds the people an article names (full names, with the most informative role seen). */
export function extractPeople(input: AnalysisInput): PersonMention[] {
  const index = buildPersonIndex(input.paragraphs, input.article.language ?? 'de');
  const mentioned = new Set(index.mentions.map((m) => m.person));
  return (
    index.people
      // (a name the article puts in quotation marks is a label: "a group calling itself "X"")
      .filter((p) => mentioned.has(p) && !isQuotedName(input.paragraphs, p.name))
      .map((p) => ({
        article: input.article.id,
        name: p.name,
        role: p.role,
        ...(p.aliases.length ? { aliases: [...p.aliases] } : {}),
      }))
  );
}
