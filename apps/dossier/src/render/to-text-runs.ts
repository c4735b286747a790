/** A font and whether it has a glyph for a code point. */
export interface FontCoverage {
  font: string;
  has(codePoint: number): boolean;
}

/** A pdfmake inline: a run of text in one font. */
export interface TextRun {
  text: string;
  font?: string;
}

const ZWSP = '\u200B';
/** Tokens longer than this get break opportunities; pdfmake hangs on huge unbreakable words. */
export const MAX_TOKEN = 40;

const LONG_TOKEN = new RegExp(`[^\\s\\u200B]{${MAX_TOKEN + 1},}`, 'gu');

// Most texts have no long token; one pass over the code units decides (the regex tries up to 40 characters
// from every position). Counting code units can only overcount astral characters, and the regex decides then.
function hasLongToken(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space =
      c <= 0x20
        ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
        : c >= 0x7f && (c === 0x200b || /\s/.test(text[i] as string));
    if (space) run = 0;
    else if (++run > MAX_TOKEN) return true;
  }
  return false;
}

/** Inserts U+200B into every run of non-space characters longer than MAX_TOKEN, every 30 characters. */
export function toBreakableText(text: string): string {
  if (!hasLongToken(text)) return text;
  return text.replace(LONG_TOKEN, (token) => {
    const chars = [...token];
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += 30) parts.push(chars.slice(i, i + 30).join(''));
    return parts.join(ZWSP);
  });
}

// Control characters draw as boxes or break layout; tabs and line breaks become spaces.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/**
 * Splits text into runs by font: each character goes to the first font that has it, neutral
 * characters (spaces, punctuation) stay in the current run; a character no font covers is
 * replaced by a visible `[U+XXXX]` and reported through `onMissing`.
 */
export function toTextRuns(
  text: string,
  fonts: readonly FontCoverage[],
  onMissing: (codePoint: number) => void,
): TextRun[] {
  const base = fonts[0]?.font ?? '';
  const clean = toBreakableText(text.replace(CONTROL, '').replace(/[\t\r\n]/g, ' '));
  // nearly every text is in the first font: one run, without testing each character's class and font
  if (fonts[0] && coversAll(fonts[0], clean)) return clean === '' ? [] : [{ text: clean }];
  const runs: { text: string; font: string }[] = [];
  const push = (s: string, font: string) => {
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += s;
    else runs.push({ text: s, font });
  };
  for (const ch of clean) {
    const cp = ch.codePointAt(0) ?? 0;
    const curFont = runs[runs.length - 1]?.font;
    const neutral = /[\s\p{P}\p{N}\u200B]/u.test(ch);
    // spaces, digits and punctuation stay in the current run when its font has them
    if (curFont && neutral && fonts.find((f) => f.font === curFont)?.has(cp)) {
      push(ch, curFont);
      continue;
    }
    const f = fonts.find((x) => x.has(cp));
    if (f) push(ch, f.font);
    else if (ch === ZWSP) push(ch, curFont ?? base);
    else {
      onMissing(cp);
      push(`[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`, base);
    }
  }
  return runs.map((r) => (r.font === base ? { text: r.text } : r));
}

/** Whether a font has every code point of a text (a lone surrogate counts as its own code point, as in `for…of`). */
function coversAll(font: FontCoverage, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (!font.has(cp)) return false;
  }
  return true;
}

/** Static coverage of the embedded fonts, used when the font files are not at hand (tests, pure builds). */
export const STATIC_COVERAGE: FontCoverage[] = [
  {
    font: 'Roboto',
    // Latin, Latin-1, Latin Extended-A/B, Greek, Cyrillic, general punctuation, currency signs
    has: (cp) =>
      (cp >= 0x20 && cp <= 0x24f) ||
      (cp >= 0x370 && cp <= 0x3ff) ||
      (cp >= 0x400 && cp <= 0x4ff) ||
      (cp >= 0x2000 && cp <= 0x206f && cp !== 0x202f) ||
      (cp >= 0x20a0 && cp <= 0x20bf),
  },
  {
    font: 'NotoSansKR',
    // Hangul, CJK symbols, kana, CJK ideographs, fullwidth forms
    has: (cp) =>
      (cp >= 0x1100 && cp <= 0x11ff) ||
      (cp >= 0x3000 && cp <= 0x30ff) ||
      (cp >= 0x3130 && cp <= 0x318f) ||
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xff00 && cp <= 0xffef) ||
      cp === 0x202f,
  },
];
