import { SOURCE_HEADS } from '../lexicon/de/outlets.js';
import { execAll, execAllAt } from '../text/exec-all.js';
import { isSpaceCode } from '../text/is-space-code.js';
import { letterRunStart } from './letter-run-start.js';

const HEADS = Object.keys(SOURCE_HEADS)
  .sort((a, b) => b.length - a.length)
  .map((h) => `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1).replace(/ /g, '\\s+')}`);
const NAME_WORD = "(?:The\\s+|Der\\s+|Die\\s+|Das\\s+|Le\\s+|La\\s+|El\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’-]*";
const CONNECT = '(?:\\s+(?:for|of|the|and|on|de|du|des|la|le|di|für|&))*\\s+';
/**
 * A head word and the name after it: "die Zeitung „Kyiv Post“", "der Sender Channel 12", "die US-Denkfabrik
 * Institute for the Study of War (ISW)". Groups: 1 the part of the word before the head, 2 the head, 3/4 a
 * quoted name, 5 a plain name, 6 an abbreviation in brackets.
 */
export const HEAD_NAME = new RegExp(
  `(?<![\\p{L}])([\\p{L}-]*?)(${HEADS.join('|')})\\s+(?:„([^“”"]{2,60})[“”"]|»([^«]{2,60})«|(${NAME_WORD}(?:${CONNECT}${NAME_WORD}){0,5}))(?:\\s+\\(([\\p{Lu}]{2,6})\\))?`,
  'gu',
);

// the same, sticky
const HEAD_NAME_AT = new RegExp(HEAD_NAME.source, 'uy');

// A head ends right before white space, with the part of its last word after the first letter (either case)
// or, for a head of two words, with its whole last word. Ends that end in another are left out: where the
// longer stands, the shorter does too.
const ENDS = [
  ...new Set(
    Object.keys(SOURCE_HEADS).map((h) => (h.includes(' ') ? h.slice(h.lastIndexOf(' ') + 1) : h.slice(1))),
  ),
];
/** What a word that ends in a head ends in: a match of HEAD_NAME has one of these right before white space. */
export const HEAD_ENDINGS: readonly string[] = ENDS.filter(
  (t) => !ENDS.some((u) => u !== t && t.endsWith(u)),
);
const HEAD_END = new RegExp(`(?:${HEAD_ENDINGS.join('|')})(?=\\s)`, 'gu');
// the last words of heads of two words: such a match starts a word further back
const SPACED = Object.keys(SOURCE_HEADS)
  .filter((h) => h.includes(' '))
  .map((h) => h.slice(h.lastIndexOf(' ') + 1));

/**
 * The matches of HEAD_NAME in a text, the same as `execAll(HEAD_NAME, text)`. A match is one run of letters
 * and hyphens that ends in a head before white space (two runs for a head of two words), so the regex is
 * tried only from the start of each run that ends in a head's ending: most sentences hold none, and trying
 * the regex at every word costs more (its lazy prefix tries all heads at each letter). `ends`: where white
 * space follows one of HEAD_ENDINGS, in order, when a scan of the text has found that already.
 */
export function findHeadNames(
  text: string,
  ends: readonly number[] = execAll(HEAD_END, text).map((m) => m.index + m[0].length),
): RegExpExecArray[] {
  if (ends.length === 0) return [];
  // each run that ends in an ending, and for a head of two words the run before it too
  const endAt: number[] = [];
  const startAt: number[] = [];
  for (const e of ends) {
    const b = letterRunStart(text, e, true);
    if (SPACED.some((t) => text.endsWith(t, e))) {
      let k = b;
      while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
      if (k < b) {
        endAt.push(e);
        startAt.push(letterRunStart(text, k, true));
      }
    }
    endAt.push(e);
    startAt.push(b);
  }
  let ordered = true;
  for (let i = 1; i < startAt.length; i++)
    if ((startAt[i] as number) < (startAt[i - 1] as number)) ordered = false;
  if (!ordered) {
    // runs that reach back over each other (not with today's heads): the search from each run's start on
    let i = 0;
    return execAllAt(HEAD_NAME, text, (from) => {
      while (i < endAt.length && (endAt[i] as number) <= from) i++;
      return i < endAt.length ? Math.max(from, startAt[i] as number) : -1;
    });
  }
  // A match of a run starts at the run's start (its lazy prefix reaches every head the run ends in, and no
  // other position is before it), so the regex is tried there alone: a word that only ends like a head
  // ("wachsender") costs one try instead of a search through the rest of the text.
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let i = 0; i < endAt.length; i++) {
    if ((endAt[i] as number) <= from) continue;
    const b = startAt[i] as number;
    let m: RegExpExecArray | null;
    if (b >= from) {
      HEAD_NAME_AT.lastIndex = b;
      m = HEAD_NAME_AT.exec(text);
      if (!m) continue;
      from = HEAD_NAME_AT.lastIndex;
    } else {
      // the match before ended inside this run: the search goes on from there, as the global regex's does
      HEAD_NAME.lastIndex = from;
      m = HEAD_NAME.exec(text);
      if (!m) break;
      from = HEAD_NAME.lastIndex;
    }
    out.push(m);
  }
  HEAD_NAME.lastIndex = 0;
  HEAD_NAME_AT.lastIndex = 0;
  return out;
}
