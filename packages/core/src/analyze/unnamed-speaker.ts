import type { IndexedPerson, PersonIndex, TextPos } from './build-person-index.js';
import { matchRole } from './find-names.js';
import type { SpeakerPhrase } from './resolve-speaker.js';

/** A speaker named only by a role ("eine Sprecherin des Verbands"), where the text named it. */
export interface UnnamedSpeaker {
  who: string;
  role: string | null;
  female: boolean;
  pos: TextPos;
}

/** The unnamed speaker a resolved role phrase makes ("Eine Sprecherin des Verbands warnte …"), else null. */
export function toUnnamedSpeaker(
  phrase: SpeakerPhrase | null,
  who: string | null,
  named: boolean,
  pos: TextPos,
  role: string | null,
): UnnamedSpeaker | null {
  if (!phrase || phrase.kind !== 'role' || !phrase.role || !who || named) return null;
  // only a role with the body it speaks for ("Sprecherin des Verbands"): a bare "der Präsident" most often
  // means someone the article named, whom the index did not tie to that role
  if (!phrase.text.includes(' ')) return null;
  const m = matchRole(phrase.role);
  if (!m || m.plural) return null;
  return { who, role, female: m.female, pos };
}

/**
 * True when a pronoun at `pos` ("sagte sie") refers to the unnamed speaker rather than a named person: the
 * unnamed speaker fits the pronoun's gender, spoke in the same or the paragraph before, and no person of
 * that gender was named between it and the pronoun (a role phrase is a referent like a name).
 */
export function pronounMeansUnnamed(
  index: PersonIndex,
  unnamed: UnnamedSpeaker | null,
  pos: TextPos,
  female: boolean,
): unnamed is UnnamedSpeaker {
  if (!unnamed || unnamed.female !== female || pos.paragraph - unnamed.pos.paragraph > 1) return false;
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (!m || m.person.female !== female) continue;
    const beforePronoun =
      m.paragraph < pos.paragraph || (m.paragraph === pos.paragraph && m.start < pos.offset);
    if (!beforePronoun) continue;
    // the last fitting person named before the pronoun: after the unnamed speaker, it wins
    return (
      m.paragraph < unnamed.pos.paragraph ||
      (m.paragraph === unnamed.pos.paragraph && m.start < unnamed.pos.offset)
    );
  }
  return true;
}

/**
 * True when `person` (the one a pronoun at `pos` resolved to) is the last person of that gender named before
 * `pos` and was named in the same paragraph at or after offset `since` (this or the sentence before).
 */
export function namedSince(
  index: PersonIndex,
  pos: TextPos,
  female: boolean,
  since: number,
  person: IndexedPerson | null,
): boolean {
  if (!person) return false;
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (!m || m.person.female !== female) continue;
    if (m.paragraph > pos.paragraph || (m.paragraph === pos.paragraph && m.start >= pos.offset)) continue;
    return m.person === person && m.paragraph === pos.paragraph && m.start >= since;
  }
  return false;
}
