import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../extract-corpus.js';

const article = (sentence: string) => ({
  file: 'a.txt',
  text: `Fest am Hafen\n\nKiel. Das Hafenfest beginnt am Freitag mit einem Umzug durch die Altstadt. ${sentence} Die Stadt rechnet mit vielen Gästen.`,
});

// people named by a trade or post of a local story: the word before the name is their role, not their first name
describe('roles of a local story', () => {
  it.each([
    [
      '„Wir haben alles vorbereitet“, erzählt Wirtin Marta Quellmann aus Friedrichsort.',
      'Marta Quellmann',
      'Wirtin',
    ],
    ['„Die Kirche bleibt offen“, sagte Pfarrer Jonas Behrendt am Mittwoch.', 'Jonas Behrendt', 'Pfarrer'],
    ['„Der Unterricht fällt aus“, sagte Lehrerin Ina Vollrath.', 'Ina Vollrath', 'Lehrerin'],
    ['„Wir feiern mit“, sagte Rektor Paul Engström der Zeitung.', 'Paul Engström', 'Rektor'],
    [
      '„Die Herde ist gerettet“, erzählt Schafzüchter Tomas Quenzel aus Laboe.',
      'Tomas Quenzel',
      'Schafzüchter',
    ],
  ])('%s', (sentence, name, role) => {
    const people = extractCorpus([article(sentence)]).people;
    expect(people.map((p) => [p.name, p.role])).toContainEqual([name, role]);
  });
});
