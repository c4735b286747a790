import { describe, expect, it } from 'vitest';
import { buildPersonIndex } from './build-person-index.js';

describe('buildPersonIndex: a surname used later with an English honorific', () => {
  it.each([
    [
      [
        'The board appointed Siobhan Keane of the law firm as receiver.',
        'Ms Keane said the sale would go ahead.',
      ],
      true,
    ],
    [['The board thanked Siobhan Keane of the law firm.', 'The sale would go ahead.'], false],
    // an appointment names the post: a person without the honorific too
    [['The board appointed Siobhan Keane of the law firm as receiver.', 'The sale would go ahead.'], true],
  ])('%j', (paragraphs, want) => {
    const people = buildPersonIndex(paragraphs, 'en').people.map((p) => p.name);
    expect(people.includes('Siobhan Keane')).toBe(want);
  });
});
