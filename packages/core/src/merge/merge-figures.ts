import type { Figure } from '../schema.js';
import type { FigureMention } from '../types.js';

/** Merges figure mentions into one figure per distinct claim (first version: same value and unit). */
export function mergeFigures(mentions: readonly FigureMention[]): Figure[] {
  const byKey = new Map<string, Figure>();
  for (const m of mentions) {
    const key = `${m.value}|${m.unit ?? ''}`;
    const f = byKey.get(key);
    if (f) f.mentions.push({ article: m.article, text: m.text });
    else
      byKey.set(key, {
        value: m.value,
        unit: m.unit,
        claimant: m.claimant,
        ...(m.subject ? { subject: m.subject } : {}),
        ...(m.approx ? { approx: true } : {}),
        mentions: [{ article: m.article, text: m.text }],
      });
  }
  return [...byKey.values()];
}
