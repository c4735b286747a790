import { NAME_TITLES } from '../lexicon/de/roles.js';
import type { Token } from './find-names.js';
import { isNameToken } from './find-names.js';
import type { SpeakerPhrase } from './resolve-speaker.js';

const DASHES = new Set(['–', '—', '-', '~']);

/**
 * The speaker of a line that attributes the quotation above it ("– Dr. Jana Roth, Präsidentin des
 * Verbands", "— Tom Reed"): a dash, an optional title, a name of two to four words, then nothing or a comma
 * and a short role (without the dash, the role is needed); else null.
 */
export function dashAttribution(tokens: readonly Token[], lang = 'de'): SpeakerPhrase | null {
  // a cleaner may have dropped the dash: then the line must name a role after a comma
  const dash = DASHES.has(tokens[0]?.text ?? '');
  let k = dash ? 1 : 0;
  while (NAME_TITLES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === '.') k += 2;
  const from = k;
  while (k < tokens.length && k - from < 4 && isNameToken((tokens[k] as Token).text, lang)) k++;
  if (k - from < 2) return null;
  const name = tokens
    .slice(from, k)
    .map((t) => t.text)
    .join(' ');
  const rest = tokens.slice(k + 1).filter((t) => t.word);
  if (k < tokens.length && (tokens[k]?.text !== ',' || rest.length > 10)) {
    // only a full stop may end the line after the name
    if (!(tokens[k]?.text === '.' && k === tokens.length - 1)) return null;
  }
  const role = tokens[k]?.text === ',' && rest.length ? rest.map((t) => t.text).join(' ') : undefined;
  if (!dash && !role) return null;
  return { kind: 'person', text: name, name, ...(role ? { role } : {}), end: tokens.length };
}
