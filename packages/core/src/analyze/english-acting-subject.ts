import { EN_ACTING_AUXILIARIES, EN_ACTING_BODIES } from '../lexicon/en/acting-bodies.js';

// "The Government will pay", "The county council has put": "The", up to three modifiers, a body's head
// noun, then auxiliaries and a finite verb (a past or third-person form)
const ACTING = new RegExp(
  `^The\\s+((?:[\\p{L}-]+\\s+){0,3}(?:${EN_ACTING_BODIES.join('|')}))\\s+(?:(?:${EN_ACTING_AUXILIARIES.join('|')})\\s+)*([a-z]+)\\b`,
  'iu',
);

/**
 * The public body or organisation an English sentence opens with as the subject of what it does with its
 * figures ("The Government will pay $50 million" → "Government"); null when the sentence opens otherwise.
 */
export function englishActingSubject(sentence: string): string | null {
  // cheap cue first: the rule reads only sentences opening with "The"
  if (!sentence.startsWith('The ')) return null;
  const m = ACTING.exec(sentence);
  if (!m) return null;
  const verb = m[2]!;
  // "The council of …", "The state's …" are no subject followed by its verb
  // and "The district has 212 students" only says what it has
  if (AUX.has(verb.toLowerCase())) return null;
  const helped = m[0]!.split(/\s+/u).length > m[1]!.split(/\s+/u).length + 2;
  const finite = helped || /(?:ed|s)$/u.test(verb) || EN_IRREGULAR.has(verb);
  return finite ? m[1]! : null;
}

const AUX = new Set(EN_ACTING_AUXILIARIES);

// past forms of common verbs of spending and reckoning that end neither in -ed nor in -s
const EN_IRREGULAR = new Set([
  'put',
  'set',
  'spent',
  'paid',
  'cut',
  'gave',
  'took',
  'made',
  'found',
  'lost',
  'sold',
  'bought',
  'kept',
  'won',
]);
