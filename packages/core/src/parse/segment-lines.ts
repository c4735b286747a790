/** One line-level unit of a text: a line, or a hard-wrapped paragraph joined back into one line. */
export interface TextUnit {
  text: string;
  /** index of the blank-line separated block it stands in */
  block: number;
  /** the line started with a list marker (removed from `text`) */
  bullet: boolean;
}

const BULLET = /^[-–—•·*▪►‣◦]\s+/;
const ENDS_SENTENCE = /[.!?…:;]["“”»«'’)\]]*$/;

/** Splits a normalized text into line units, joining lines that a hard wrap or a hyphenation broke apart. */
export function segmentLines(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  const blocks = text.split(/\n[ \t]*\n/);
  blocks.forEach((blockText, block) => {
    const lines = blockText
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const wrapped = isHardWrapped(lines);
    let current: TextUnit | null = null;
    for (const line of lines) {
      const bullet = BULLET.test(line);
      const text = bullet ? line.replace(BULLET, '') : line;
      if (current && !bullet && (wrapped || continues(current.text, text))) {
        current.text =
          current.text.endsWith('-') && /^\p{Ll}/u.test(text)
            ? current.text.slice(0, -1) + text
            : `${current.text} ${text}`;
        continue;
      }
      current = { text, block, bullet };
      units.push(current);
    }
  });
  return units.filter((u) => u.text.length > 0);
}

// A line that stops mid-sentence and a next line that starts in lower case belong together.
function continues(previous: string, next: string): boolean {
  return !ENDS_SENTENCE.test(previous) && /^\p{Ll}/u.test(next) && previous.split(' ').length >= 3;
}

// Lines of similar medium length, not all ending a sentence, are a paragraph wrapped at a fixed width.
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  const lengths = body.map((l) => l.length);
  const min = Math.min(...lengths);
  const max = Math.max(...lengths);
  return min >= 45 && max <= 100 && max - min <= 25 && body.some((l) => !ENDS_SENTENCE.test(l));
}
