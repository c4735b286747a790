import { describe, expect, it } from 'vitest';
import { findFigures } from './extract-figures.js';
import { isPlaceCount } from './is-place-count.js';

const places = (text: string) => findFigures(text).map((f) => isPlaceCount(text, f));

describe('isPlaceCount', () => {
  it.each([
    ['Das Feuer brach an zwei Stellen gleichzeitig aus.', [true]],
    ['Die Polizei kontrollierte an 12 Orten im Kreis.', [true]],
    ['Der Konzern streicht 200 Stellen im Werk.', [false]],
    ['An drei Stellen ist die Straße gesperrt.', [true]],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});
