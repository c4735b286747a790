import { describe, expect, it } from 'vitest';
import { findNames } from './find-names.js';

const strong = (s: string, lang = 'de') =>
  findNames(s, 0, lang)
    .filter((h) => h.strong)
    .map((h) => [h.name, h.role]);

// the given names here are not in the given-name list: only the occupation before them tells a person
describe('an occupation before a name introduces a person', () => {
  it.each([
    ['Die Biathletin Ilka Brandstetter ist gesperrt worden.', 'de', [['Ilka Brandstetter', 'Biathletin']]],
    ['Der Rennfahrer Enzo Vallauri fiel aus.', 'de', [['Enzo Vallauri', 'Rennfahrer']]],
    ['Die Chirurgin Ebru Tascioglu operierte die Frau.', 'de', [['Ebru Tascioglu', 'Chirurgin']]],
    ['Fotograf Bertil Kranz hielt den Moment fest.', 'de', [['Bertil Kranz', 'Fotograf']]],
    [
      'Opposition transport critic Fergus MacLeod called the plan weak.',
      'en',
      [['Fergus MacLeod', 'transport critic']],
    ],
    ['The striker Ademola Bankole scored twice.', 'en', [['Ademola Bankole', 'striker']]],
    ['Teilte Datenschützerin Ramona Rembold mit.', 'de', [['Ramona Rembold', 'Datenschützerin']]],
    [
      'Kanzleipartner Ansgar Welte hält die Klage für aussichtslos.',
      'de',
      [['Ansgar Welte', 'Kanzleipartner']],
    ],
    [
      'Die Grünen-Kandidatin Ramona Marwede kam auf ein Drittel.',
      'de',
      [['Ramona Marwede', 'Grünen-Kandidatin']],
    ],
    // a frequent plural noun after a role is no name
    ['Der Streit um die Brücke hat den Landrat Stimmen gekostet.', 'de', []],
    // a surname in "-haus" after a known given name is no building
    ['Kanzleipartner Valentin Niehaus widerspricht.', 'de', [['Valentin Niehaus', 'Kanzleipartner']]],
    ['Board member Fabian Renwick chairs the audit panel.', 'en', [['Fabian Renwick', 'Board member']]],
    // a person noun the role list lacks, after an article
    ['Die Kassiererin Fatma Yildiz sah den Täter.', 'de', [['Fatma Yildiz', 'Kassiererin']]],
    ['Der Imker Ortwin Hesse verlor drei Völker.', 'de', [['Ortwin Hesse', 'Imker']]],
    // a place adjective and a firm's description are no person noun and given name
    ['Der Kieler Fensterbauer Holm hat Insolvenz angemeldet.', 'de', []],
  ])('%s', (sentence, lang, want) => {
    expect(strong(sentence, lang)).toEqual(want);
  });
});
