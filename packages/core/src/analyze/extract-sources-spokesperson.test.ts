import { describe, expect, it } from 'vitest';
import { findAbbreviatedSources } from './extract-sources.js';

describe('findAbbreviatedSources: an organisation whose spokesperson speaks', () => {
  it.each([
    [
      ['Das Landesamt für Straßenbau (LfS) sperrte die Brücke.', 'Ein LfS-Sprecher nannte 40 Schäden.'],
      ['LfS'],
    ],
    [['Die Freie Demokratische Partei (FDP) tagte.', 'Ein FDP-Sprecher sagte, man sei zufrieden.'], []],
  ])('%j → %j', (sentences, names) => {
    expect(findAbbreviatedSources(sentences).map((s) => s.name)).toEqual(names);
  });
});
