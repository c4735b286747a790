import { describe, expect, it } from 'vitest';
import { foldStatements } from './fold-statements.js';
import type { Statement } from './types.js';

const st = (kind: Statement['kind'], text: string, refs: number[] = [1]): Statement => ({
  kind,
  text,
  refs,
  isNew: false,
});
const show = (list: Statement[]) => list.map((s) => [s.kind, s.text, s.refs]);

describe('foldStatements', () => {
  it('shows a statement repeated by two articles once with both references', () => {
    expect(
      show(foldStatements([st('direct', 'Wir bauen weiter', [2]), st('direct', 'Wir bauen weiter', [1])])),
    ).toEqual([['direct', 'Wir bauen weiter', [1, 2]]]);
  });

  it.each([
    ['a quoted fragment inside the sentence reporting it', 'die Lage sei „sehr ernst“', 'sehr ernst'],
    [
      'a fragment whose grammar differs slightly',
      'die Stadt werde „nicht nachgeben“',
      'werden nicht nachgeben',
    ],
    ['a single quoted word', 'man spreche von einem „Dammbruch“ in der Region', 'Dammbruch'],
  ])('folds %s into the fuller statement', (_what, full, fragment) => {
    const out = foldStatements([st('direct', fragment, [3]), st('indirect', full, [1])]);
    expect(show(out)).toEqual([['indirect', full, [1, 3]]]);
  });

  it('keeps the direct quote when both say the same words', () => {
    const out = foldStatements([st('indirect', 'Die Brücke kommt'), st('direct', 'die Brücke kommt')]);
    expect(show(out)).toEqual([['direct', 'die Brücke kommt', [1]]]);
  });

  it('joins two pieces of one sentence that overlap, end to start', () => {
    const out = foldStatements([
      st('indirect', 'Die Ministerin nannte den Plan mutig, er sei „ein Schritt in die richtige Richtung“'),
      st(
        'indirect',
        'er sei „ein Schritt in die richtige Richtung“, fügte sie hinzu, und kündigte Gespräche an',
        [2],
      ),
    ]);
    expect(show(out)).toEqual([
      [
        'indirect',
        'Die Ministerin nannte den Plan mutig, er sei „ein Schritt in die richtige Richtung“, fügte sie hinzu, und kündigte Gespräche an',
        [1, 2],
      ],
    ]);
  });

  it('keeps different statements of one speaker apart', () => {
    const out = foldStatements([
      st('direct', 'Die Preise steigen weiter'),
      st('indirect', 'die Löhne müssten folgen'),
      st('direct', 'Wir warten ab'),
    ]);
    expect(out).toHaveLength(3);
  });

  it('folds thousands of statements quickly', () => {
    const many = Array.from({ length: 4000 }, (_, i) =>
      st(i % 2 ? 'direct' : 'indirect', `Aussage Nummer ${i} über die Lage am Ort ${i % 97}`, [i]),
    );
    const started = Date.now();
    expect(foldStatements(many)).toHaveLength(4000);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
