import type { Token } from './find-names.js';
import type { SpeakerPhrase } from './resolve-speaker.js';

// articles that open an object, never a subject ("den" is accusative or a dative plural)
const OBJECT_ARTICLES = new Set(['dem', 'den', 'einem']);
const isCapWord = (t: Token | undefined) => !!t && t.word && /^\p{Lu}/u.test(t.text);
const isLowerAdj = (t: Token | undefined) => !!t && t.word && /^\p{Ll}[\p{L}-]*(?:e|en|er|es)$/u.test(t.text);

/**
 * The subject before a reporting verb when the phrase right after the verb is its object ("Die Grünen
 * warfen der Verwaltung vor, …", "Die Anwohner sagten dem Sender, …"): "die/das/der" with at most two
 * adjectives and one to three capitalised words, else null. A "der" after the verb is a subject too ("Die
 * Zahl nannte der Sprecher"), so it counts as a dative only after a plural verb; a fronted "der" may itself
 * be a dative ("Der Stadt warf der Verband vor") and is only taken before "dem/den/einem".
 */
export function frontedSubject(tokens: readonly Token[], ps: number, v: number): SpeakerPhrase | null {
  const article = tokens[ps]?.lower ?? '';
  const object = tokens[v + 1]?.lower ?? '';
  const plural = /en$/.test(tokens[v]?.lower ?? '');
  const isObject = OBJECT_ARTICLES.has(object) || (object === 'der' && plural && article !== 'der');
  if (!isObject || !(article === 'die' || article === 'das' || article === 'der')) return null;
  let k = ps + 1;
  while (isLowerAdj(tokens[k]) && k - ps <= 2) k++;
  const head = k;
  while (k < v && isCapWord(tokens[k])) k++;
  if (k !== v || v - head < 1 || v - head > 3) return null;
  const text = tokens
    .slice(ps + 1, v)
    .map((t) => t.text)
    .join(' ');
  return { kind: 'body', text, end: v, definite: true };
}
