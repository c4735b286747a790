import { describe, expect, it } from 'vitest';
import { buildPersonIndex, lookupName } from './build-person-index.js';

describe('lookupName', () => {
  const paragraphs = [
    'Die Bürgermeisterin Katrin Jürgensen eröffnete am Montag die Brücke, sagte ein Sprecher.',
    'Der Ingenieur Pawel Schtschukin sagte, die Arbeiten seien abgeschlossen. Jürgensen dankte ihm.',
    'Auch Pavel Shchukin, Leiter des Bauamts, äußerte sich zufrieden. Katrin Juergensen lachte.',
  ];
  const index = buildPersonIndex(paragraphs);
  // the same index without the key map: the scan over every person and alias
  const scanned = { people: index.people, mentions: index.mentions };
  it.each([
    ['Katrin Jürgensen'],
    ['Katrin Juergensen'],
    ['Jürgensen'],
    ['Pawel Schtschukin'],
    ['Pavel Shchukin'],
    ['Schtschukin'],
    ['Ole Brandt'],
  ])('finds the same person for %j with the key map as with the scan', (name) => {
    expect(index.exact).toBeDefined();
    expect(lookupName(index, name, { paragraph: 2, offset: 0 })).toBe(
      lookupName(scanned, name, { paragraph: 2, offset: 0 }),
    );
  });
});
