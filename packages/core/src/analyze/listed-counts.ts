type Found = { value: number; unit: string | null; subject?: string; approx: boolean; index: number };

// "7 der 40 Sitze, die Liberalen 5 und die Linke 3": further holders, each with its bare count at the end of
// its clause, of what the count before them counts
const LISTED =
  /(?:,|\bund)\s+(?:die|der|das)\s+\p{Lu}[\p{L}-]*\s+(\d{1,3}(?:\.\d{3})*)(?=\s*(?:[,.;]|und\b|$))/gu;
const MONEY_OR_SHARE = /^(?:EUR|USD|GBP|CHF|Prozent)$/u;

/**
 * Bare counts listed after a count in a German sentence ("stellen 7 der 40 Sitze, die Liberalen 5 und die
 * Linke 3"): each takes the unit and subject of the last count before it; numbers already found are left out.
 */
export function listedCounts(text: string, found: readonly Found[]): Found[] {
  // cheap cue first: every match follows a comma or "und" and a determiner
  if (!/(?:,| und) d(?:ie|er|as) /u.test(text)) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(LISTED)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (found.some((f) => f.index === at)) continue;
    const before = [...found, ...out]
      .filter((f) => f.index < at && f.unit && !MONEY_OR_SHARE.test(f.unit))
      .sort((a, b) => a.index - b.index)
      .pop();
    if (!before?.unit) continue;
    out.push({
      value: Number(m[1]!.replace(/\./gu, '')),
      unit: before.unit,
      ...(before.subject ? { subject: before.subject } : {}),
      approx: false,
      index: at,
    });
  }
  return out;
}
