import { GATHERING_PEOPLE, GATHERING_STEMS } from '../lexicon/de/gatherings.js';

const GATHERING = new RegExp(`(?<![\\p{L}])(?:${GATHERING_STEMS.join('|')})`, 'iu');

/**
 * The subject of a count of people: "Teilnehmer" when the sentence tells of a protest or gathering ("Rund
 * 1.500 Menschen haben … demonstriert"), so it shares a subject with "1.100 Teilnehmer" elsewhere; else as given.
 */
export function gatheringSubject(sentence: string, subject: string | undefined): string | undefined {
  if (subject === undefined || !PEOPLE.has(subject)) return subject;
  return GATHERING.test(sentence) || TOOK_PART.test(sentence) ? 'Teilnehmer' : subject;
}

// the nouns a count of people at a gathering goes by ("1.200 Menschen", "1.200 Streikende")
const PEOPLE: ReadonlySet<string> = new Set(GATHERING_PEOPLE);
// "nahmen etwa 1.200 Menschen teil": the separable verb of taking part, its particle at the clause's end
const TOOK_PART = /(?<![\p{L}])(?:nahm|nahmen|nehmen|nimmt)(?![\p{L}])(?:[^.;:]|\.(?=\d))*\steil(?![\p{L}])/u;
