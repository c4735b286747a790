import { describe, expect, it } from 'vitest';
import { findSources } from './extract-sources.js';

describe('a platform in the label of an embedded post is no cited source', () => {
  it.each([
    ['@PolizeiNord auf X: Unfall auf der A7, bitte umfahren. #Stau #A7', []],
    ['@stadtwerke_nord auf Telegram: Strom fällt im Süden aus.', []],
    ['Der Minister schrieb auf X, er sei zufrieden.', ['X']],
  ])('%s', (sentence, want) => {
    expect(findSources(sentence).map((s) => s.name)).toEqual(want);
  });
});
