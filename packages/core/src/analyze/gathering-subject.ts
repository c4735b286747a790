import { GATHERING_STEMS } from '../lexicon/de/gatherings.js';

const GATHERING = new RegExp(`(?<![\\p{L}])(?:${GATHERING_STEMS.join('|')})`, 'iu');

/**
 * The subject of a count of people: "Teilnehmer" when the sentence tells of a protest or gathering ("Rund
 * 1.500 Menschen haben … demonstriert"), so it shares a subject with "1.100 Teilnehmer" elsewhere; else as given.
 */
export function gatheringSubject(sentence: string, subject: string | undefined): string | undefined {
  return subject === 'Menschen' && GATHERING.test(sentence) ? 'Teilnehmer' : subject;
}
