import { describe, expect, it } from 'vitest';
import { toNominative } from '../analyze/to-nominative.js';
import type { Figure, Person, Quote, Source } from '../schema.js';
import { actorResolver, toCanonicalActors } from './canonical-actors.js';

const people: Person[] = [
  { name: 'Jonas Albrecht', aliases: ['Albreht'], role: 'Chef des Bundeskartellamts', articles: ['a'] },
  { name: 'Mira Berglund', aliases: [], role: 'Meteorologin', articles: ['b'] },
];
const sources: Source[] = [
  { name: 'BND', aliases: ['Bundesnachrichtendienst'], articles: ['a'] },
  { name: 'dpa', articles: ['a'] },
];

describe('toNominative', () => {
  it.each([
    ['bayerischen Landesamt', 'bayerisches Landesamt'],
    ['bayerischen Landesamts', 'bayerisches Landesamt'],
    ['französischen Innenministeriums', 'französisches Innenministerium'],
    ['zuständige Wetterdienst', 'zuständiger Wetterdienst'],
    ['italienischen Botschaft', 'italienische Botschaft'],
    ['spanische Botschaft in Wien', 'spanische Botschaft in Wien'],
    ['örtlichen Behörden', 'örtlichen Behörden'],
    ['Berliner Feuerwehr', 'Berliner Feuerwehr'],
    ['Kieler Instituts für Statistik', 'Kieler Institut für Statistik'],
    ['örtlichen Reederei', 'örtliche Reederei'],
    ['Umweltministerium', 'Umweltministerium'],
  ])('%s → %s', (phrase, want) => {
    expect(toNominative(phrase)).toBe(want);
  });
});

describe('actorResolver', () => {
  const resolve = actorResolver(people, sources);
  it.each([
    ['Jonas Albrecht', 'Jonas Albrecht'],
    ['Albreht', 'Jonas Albrecht'],
    ['Albrecht', 'Jonas Albrecht'],
    ['Berglund', 'Mira Berglund'],
    ['Bundesnachrichtendienst', 'BND'],
    ['russische Militärgeheimdienst', 'GRU'],
    ['Berlins Geheimdienst', 'BND'],
    ['Nachrichtenagentur dpa', 'dpa'],
    ['Bericht des Bundesnachrichtendienst', 'BND'],
    ['Experten des BND', 'Experten des BND'],
    ['niederländischen Außenministeriums', 'niederländisches Außenministerium'],
    ['Stadtverwaltung', 'Stadtverwaltung'],
  ])('%s → %s', (name, want) => {
    expect(resolve(name).name).toBe(want);
  });
});

describe('toCanonicalActors', () => {
  const q = (speaker: string | null, role: string | null = null): Quote => ({
    article: 'b',
    speaker,
    text: 'Wir prüfen das.',
    kind: 'direct',
    role,
  });
  it.each([
    ['Albreht', null, 'Jonas Albrecht', 'Chef des Bundeskartellamts'],
    ['Mira Berglund', 'Meteorologin', 'Mira Berglund', 'Meteorologin'],
    ['Bürgermeister', 'Bürgermeister', 'Bürgermeister', null],
    ['Sprecherin des Umweltministeriums', 'Sprecherin', 'Sprecherin des Umweltministeriums', null],
  ])('speaker %s (role %s) → %s (role %s)', (speaker, role, name, wantRole) => {
    const { quotes } = toCanonicalActors([q(speaker, role)], [], people, sources);
    expect(quotes[0]).toMatchObject({ speaker: name, role: wantRole });
  });
  it('maps figure claimants too', () => {
    const f: Figure = {
      value: 3,
      unit: 'Prozent',
      claimant: 'Albrecht',
      mentions: [{ article: 'a', text: 'x' }],
    };
    expect(toCanonicalActors([], [f], people, sources).figures[0]?.claimant).toBe('Jonas Albrecht');
  });
});
