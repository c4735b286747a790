import { describe, expect, it } from 'vitest';
import { findFigures } from './extract-figures.js';
import { isQuotedSmallCount } from './is-quoted-small-count.js';

const quoted = (text: string) => findFigures(text).map((f) => isQuotedSmallCount(text, f));

describe('isQuotedSmallCount', () => {
  it.each([
    ['„Wir können nicht zwei Schulen halten“, sagte die Bürgermeisterin.', [true]],
    ['„Wir haben 2 Schulen verloren“, sagte der Bürgermeister.', [false]],
    ['„Das kostet uns drei Millionen Euro“, sagte der Kämmerer.', [false]],
    ['Der Sturm beschädigte zwei Schulen am Hafen.', [false]],
    ['„Wir brauchen mehr Lehrer“, sagte sie über die zwei Schulen im Ort.', [false]],
  ])('%s', (text, want) => {
    expect(quoted(text)).toEqual(want);
  });
});
