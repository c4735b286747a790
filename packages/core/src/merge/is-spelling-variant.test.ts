import { describe, expect, it } from 'vitest';
import { isSpellingVariant } from './is-spelling-variant.js';

const k = (name: string) => name.toLowerCase().split(' ');

describe('isSpellingVariant', () => {
  it.each([
    [
      'one letter changed, roles of one stem',
      'piet hoogendam',
      'Hafenmeister',
      'piet hogendam',
      'Leiter des Hafenmeisteramts',
      true,
    ],
    [
      'one role word in both',
      'piet hoogendam',
      'Bürgermeister',
      'piet hoogendan',
      'Bürgermeister von Emden',
      true,
    ],
    ['two edits in a long surname', 'lene brandtmeier', 'Trainerin', 'lene brantmaier', 'Trainerin', true],
    ['two edits in a short surname', 'lene brandt', 'Trainerin', 'lene brant', 'Trainerin', false],
    ['another given name', 'piet hoogendam', 'Hafenmeister', 'paul hoogendan', 'Hafenmeister', false],
    ['another first letter', 'piet hoogendam', 'Hafenmeister', 'piet voogendam', 'Hafenmeister', false],
    [
      '"C" and "K" for one first sound',
      'piet cordsmeyer',
      'Hafenmeister',
      'piet kordsmeyer',
      'Hafenmeister',
      true,
    ],
    ['"Ch" is no "K"', 'piet chordsen', 'Hafenmeister', 'piet khordsen', 'Hafenmeister', false],
    [
      'roles that share only a prefix',
      'piet hoogendam',
      'Bundesminister',
      'piet hoogendan',
      'Bundestagsabgeordneter',
      false,
    ],
    ['a role missing', 'piet hoogendam', 'Hafenmeister', 'piet hoogendan', null, false],
    ['a surname under six letters', 'piet mayer', 'Hafenmeister', 'piet meyer', 'Hafenmeister', false],
    ['a given name one letter off', 'janna kühler', 'Schulleiterin', 'jenna kühler', 'Schulleiterin', true],
    ['a given name under four letters', 'ina kühler', 'Schulleiterin', 'ida kühler', 'Schulleiterin', false],
    ['a given name two letters off', 'janna kühler', 'Schulleiterin', 'jonne kühler', 'Schulleiterin', false],
    ['a given name and other roles', 'janna kühler', 'Schulleiterin', 'jenna kühler', 'Ärztin', false],
    ['th / t in the given name, one role only', 'matthias brenner', 'Trainer', 'mattias brenner', null, true],
    ['ph / f in the given name, no roles', 'stephan olbrich', null, 'stefan olbrich', null, true],
    ['one given name spelt two ways, other surnames', 'stephan olbrich', null, 'stefan olbring', null, false],
    ['two given names, no roles', 'jens olbrich', null, 'jan olbrich', null, false],
  ])('%s', (_n, a, ra, b, rb, want) => {
    expect(isSpellingVariant(k(a), ra, k(b), rb)).toBe(want);
  });
});
