import { collapseSpaces } from './collapse-spaces.js';

/** One line-level unit of a text: a line, or a hard-wrapped paragraph joined back into one line. */
export interface TextUnit {
  text: string;
  /** index of the blank-line separated block it stands in */
  block: number;
  /** the line started with a list marker (removed from `text`) */
  bullet: boolean;
  /**
   * how many short items runs of three or more spaces split the line into ("Politik   Sport   Kultur": 3);
   * 1 when the line has no such gaps or an item is longer than a menu entry
   */
  cells: number;
}

const BULLET = /^[-–—•·*▪►‣◦]\s+/;
// as /[.!?…:;]["“”»«'’)\]]*$/.test(text), read backwards: the unanchored regex tried every position (no
// closing mark is a sentence mark, so the mark stands right before the run of closing marks at the end)
function endsSentence(text: string): boolean {
  let j = text.length;
  while (j > 0 && CLOSERS.has(text.charCodeAt(j - 1))) j--;
  return j > 0 && SENTENCE_MARKS.has(text.charCodeAt(j - 1));
}
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLOSERS = codes('"“”»«\'’)]');
const SENTENCE_MARKS = codes('.!?…:;');

/** Splits a normalized text into line units, joining lines that a hard wrap or a hyphenation broke apart. */
export function segmentLines(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  const blocks = text.split(/\n[ \t]*\n/);
  blocks.forEach((blockText, block) => {
    const rawLines = blockText.split('\n').filter((l) => l.trim());
    const lines = rawLines.map((l) => collapseSpaces(l).trim());
    const wrapped = isHardWrapped(lines);
    let current: TextUnit | null = null;
    lines.forEach((line, k) => {
      // menus laid out in columns keep their gaps in the page; joined lines are prose, not a menu
      const raw = rawLines[k]!.trim();
      const items = raw.includes('   ') ? raw.split(/ {3,}/) : [raw];
      const cells = items.every((c) => fewSpaces(c, 3) && !endsSentence(c)) ? items.length : 1;
      const bullet = BULLET.test(line);
      const text = bullet ? line.replace(BULLET, '') : line;
      if (current && !bullet && (wrapped || continues(current.text, text))) {
        current.text =
          current.text.endsWith('-') && /^\p{Ll}/u.test(text)
            ? current.text.slice(0, -1) + text
            : `${current.text} ${text}`;
        current.cells = 1;
        return;
      }
      current = { text, block, bullet, cells };
      units.push(current);
    });
  });
  return units.filter((u) => u.text.length > 0);
}

// Whether a text holds at most `max` spaces (as `text.split(' ').length <= max + 1`, without the split).
function fewSpaces(text: string, max: number): boolean {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (++n > max) return false;
  return true;
}

// A line that stops mid-sentence and a next line that starts in lower case belong together.
function continues(previous: string, next: string): boolean {
  return !endsSentence(previous) && /^\p{Ll}/u.test(next) && !fewSpaces(previous, 1);
}

// Lines of similar medium length, not all ending a sentence, are a paragraph wrapped at a fixed width.
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  const lengths = body.map((l) => l.length);
  const min = Math.min(...lengths);
  const max = Math.max(...lengths);
  return min >= 45 && max <= 100 && max - min <= 25 && body.some((l) => !endsSentence(l));
}
