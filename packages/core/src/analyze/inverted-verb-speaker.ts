import type { Token } from './find-names.js';
import { parseSpeakerAt, type SpeakerPhrase } from './resolve-speaker.js';

// words that open a clause of their own after "“,": no verb of the quote
const NOT_VERBS = new Set([
  'und',
  'aber',
  'denn',
  'doch',
  'weil',
  'wenn',
  'als',
  'dass',
  'ob',
  'der',
  'die',
  'das',
  'wie',
  'so',
  'wo',
  'was',
  'wer',
  'laut',
  'heißt',
  'hieß',
  'nach',
]);

/**
 * The speaker of a quote closed by "“," and followed by a verb and its subject ("„…“, freute sich
 * Bürgermeister X", "„…“, schimpfte die Trainerin"): in German the finite verb stands right after the quote,
 * so the word there is the verb of saying whatever it is. `close`: the offset of the closing mark.
 */
export function invertedVerbSpeaker(tokens: readonly Token[], close: number): SpeakerPhrase | null {
  const c = tokens.findIndex((t) => t.start > close);
  if (c < 0 || tokens[c]?.text !== ',') return null;
  const verb = tokens[c + 1];
  if (!verb?.word || !/^\p{Ll}+$/u.test(verb.text) || NOT_VERBS.has(verb.lower)) return null;
  // "zeigte er sich kämpferisch": the pronoun subject
  if (tokens[c + 2]?.lower === 'er' || tokens[c + 2]?.lower === 'sie') return parseSpeakerAt(tokens, c + 2);
  // "freute sich X": a reflexive before the subject
  const k = tokens[c + 2]?.lower === 'sich' ? c + 3 : c + 2;
  const s = parseSpeakerAt(tokens, k);
  return s && s.kind !== 'place' && s.kind !== 'document' ? s : null;
}
