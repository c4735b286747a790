import { type IndexedPerson, lookupName, type PersonIndex, type TextPos } from './build-person-index.js';
import type { Token } from './find-names.js';
import { parseSpeakerAt } from './resolve-speaker.js';

/**
 * The person a "sagte sie/er" means when the paragraph has named no one of that gender yet and the next
 * sentence opens with a full name and an apposition of that gender ("Die Opposition widerspricht. „…“, sagte
 * sie. Jana Roth, Fraktionschefin der X, verwies …"): that person, else null (the pronoun keeps its person).
 */
export function nextSentenceSpeaker(
  index: PersonIndex,
  pos: TextPos,
  female: boolean,
  next: readonly Token[] | undefined,
): IndexedPerson | null {
  // (cheap test first: the next sentence opens with a capitalised word and has a comma after a name)
  if (!next || next.length < 4 || !/^\p{Lu}/u.test(next[0]?.text ?? '')) return null;
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (!m || m.person.female !== female) continue;
    if (m.paragraph > pos.paragraph || (m.paragraph === pos.paragraph && m.start >= pos.offset)) continue;
    // someone of that gender named in this paragraph already: the pronoun means them
    if (m.paragraph === pos.paragraph) return null;
    break;
  }
  const s = parseSpeakerAt(next, 0);
  if (!s || s.kind !== 'person' || !s.name?.includes(' ') || next[s.end]?.text !== ',') return null;
  const p = lookupName(index, s.name, { paragraph: pos.paragraph, offset: (next[0] as Token).start + 1 });
  return p && p.female === female ? p : null;
}
