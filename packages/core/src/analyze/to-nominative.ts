import { FUNCTION_WORDS } from '../lexicon/de/name-stopwords.js';
import { BODY_ENDINGS, BODY_GENDERS } from '../lexicon/de/roles.js';
import { isBodyWord, matchRole } from './find-names.js';

const GENDER_ENDINGS = Object.keys(BODY_GENDERS).sort((a, b) => b.length - a.length);
// plural institution nouns keep their form: "die Behörden", "die Streitkräfte"
const PLURAL_BODIES = /(?:behörden|ministerien|regierungen|streitkräfte|dienste|ämter|gerichte|institute)$/;

const genderOf = (noun: string): 'm' | 'f' | 'n' => {
  const w = noun.toLowerCase();
  const end = GENDER_ENDINGS.find((e) => w.endsWith(e));
  return end ? (BODY_GENDERS[end] as 'm' | 'n') : 'f';
};

/** The body noun without a genitive ending ("Präsidialbüros" → "Präsidialbüro", "Geheimdienstes" → "Geheimdienst"). */
function nominativeNoun(noun: string): string {
  const w = noun.toLowerCase();
  const last = w.split('-').pop() ?? w;
  if (BODY_ENDINGS.some((e) => last.endsWith(e))) return noun;
  for (const cut of ['es', 's']) {
    if (!w.endsWith(cut)) continue;
    const stem = last.slice(0, -cut.length);
    if (BODY_ENDINGS.some((e) => stem.endsWith(e)) && genderOf(stem) !== 'f')
      return noun.slice(0, -cut.length);
  }
  return noun;
}

const ADJECTIVE = /^[a-zäöüß][\p{L}-]*(?:e|en|er|es|em)$/u;
// "Kieler Institut", "Hamburger Senat": a capitalised place adjective before the noun
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;

// "Norddeutschen Rundfunks": a capitalised adjective that is part of the name, declined like any other
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|es|em)$/u;

const isAdjectiveWord = (w: string, next: string | undefined) =>
  (ADJECTIVE.test(w) && !FUNCTION_WORDS.has(w)) ||
  (NAME_ADJECTIVE.test(w) && !!next && isBodyWord(nominativeNoun(next)) && !matchRole(w)) ||
  (PLACE_ADJECTIVE.test(w) && !!next && /^\p{Lu}/u.test(next) && !matchRole(w));

/**
 * Puts a phrase naming an institution into the nominative without article, the form a list shows:
 * "südkoreanischen Präsidialbüro" → "südkoreanisches Präsidialbüro", "russische Botschaft" stays.
 */
export function toNominative(phrase: string): string {
  const words = phrase.split(' ');
  let h = 0;
  while (h < words.length && isAdjectiveWord(words[h] as string, words[h + 1])) h++;
  const head = words[h];
  if (!head || !/^\p{Lu}/u.test(head) || PLURAL_BODIES.test(head.toLowerCase())) return phrase;
  const noun = nominativeNoun(head);
  if (!isBodyWord(noun) || matchRole(noun)) return phrase;
  const gender = genderOf(noun);
  const ending = gender === 'm' ? 'er' : gender === 'n' ? 'es' : 'e';
  // place adjectives ("Kieler") do not decline
  const adjectives = words
    .slice(0, h)
    .map((a) => (PLACE_ADJECTIVE.test(a) ? a : a.replace(/(?:en|em|er|es|e)$/u, '') + ending));
  return [...adjectives, noun, ...words.slice(h + 1)].join(' ');
}
