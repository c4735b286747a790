type Found = { value: number; unit: string | null; subject?: string; approx: boolean; index: number };

// "from 4,100 pupils in 2015 to 3,300 this year", "von 4.100 Schülern 2015 auf 3.300": the target of a change
// whose noun is left out, counted like its start
const EN =
  /\bfrom\s+(?:(?:about|around|nearly|some)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+[a-z]{3,}(?:\s+in\s+(?:19|20)\d{2})?\s+to\s+((?:about|around|nearly|some)\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]?\d)(?!\s*(?:%|percent|per cent))/gu;
const DE =
  /\bvon\s+(?:(?:rund|etwa|knapp|gut)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)\s+\p{Lu}\p{Ll}{2,}(?:\s+(?:im\s+Jahr\s+)?(?:19|20)\d{2})?\s+auf\s+((?:rund|etwa|knapp|gut)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]?\d)(?!\s*(?:%|Prozent))/gu;

/**
 * The targets of changes whose noun is left out ("enrollment fell from 4,100 pupils in 2015 to 3,300"): each
 * takes the unit and subject of the change's start among the sentence's figures; numbers already found are
 * left out.
 */
export function changeTargetCounts(text: string, found: readonly Found[], english: boolean): Found[] {
  // cheap cue first: every match holds " to " or " auf "
  if (!text.includes(english ? ' to ' : ' auf ')) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(english ? EN : DE)) {
    const startAt = m.index + m[0].indexOf(m[1]!);
    const targetAt = m.index + m[0].length - m[3]!.length;
    const start = found.find((f) => f.index === startAt);
    if (!start?.unit || found.some((f) => f.index === targetAt)) continue;
    out.push({
      value: Number(m[3]!.replace(english ? /,/gu : /\./gu, '')),
      unit: start.unit,
      ...(start.subject ? { subject: start.subject } : {}),
      approx: m[2] !== undefined,
      index: targetAt,
    });
  }
  return out;
}
