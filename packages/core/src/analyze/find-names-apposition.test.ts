import { describe, expect, it } from 'vitest';
import { findNames } from './find-names.js';

const roles = (s: string) =>
  findNames(s, 0, 'en')
    .filter((h) => h.strong)
    .map((h) => [h.name, h.role]);

describe('findNames: English title in an apposition after an article', () => {
  it.each([
    [
      'a relative clause of a post',
      "Nia Adeyemi, who chairs the Kingsmead Residents' Association, told the council it had waited.",
      "chairs the Kingsmead Residents' Association",
    ],
    [
      'an academic title with its field',
      'said Tariq Bello, a lecturer in urban history at Fenmoor College.',
      'lecturer in urban history at Fenmoor College',
    ],
    [
      'an article before the title',
      'said Laura Penning, an economist at Crestline Bank.',
      'economist at Crestline Bank',
    ],
    [
      'a possessive and a modifier before the title',
      "Omar Haddad, the project's chief engineer, said the bridge was safe.",
      'engineer',
    ],
    [
      'a title ending like a German adjective ("manager") at the sentence start',
      'Lena Morrow, a manager at the port, urged skippers to stay ashore.',
      'manager at the port',
    ],
    [
      'lower-case nouns qualifying the title',
      'Lena Morrow, a harbour safety officer at the port, urged skippers to stay ashore.',
      'harbour safety officer at the port',
    ],
    [
      "an organisation's possessive before the title",
      "said Tom Rudge, the Coast Guard's deputy chief meteorologist.",
      'deputy chief meteorologist',
    ],
  ])('%s', (_name, text, role) => expect(roles(text)[0]?.[1]).toContain(role));

  it('no title after the article: no role', () => {
    expect(roles('said Laura Penning, a longtime resident of the town.')[0]?.[1] ?? null).toBeNull();
  });
});

describe('findNames: the organisation after "von der" stands for the role', () => {
  it.each([
    ['von der', 'Das sagte Petra Lorenz von der Handwerkskammer Kassel am Montag.', 'Handwerkskammer Kassel'],
    ['vom', 'Das sagte Petra Lorenz vom Mieterverein.', 'Mieterverein'],
    ['a place is no organisation', 'Das sagte Petra Lorenz von der Insel.', null],
  ])('%s', (_name, text, role) =>
    expect(
      findNames(text)
        .filter((h) => h.strong)
        .map((h) => h.role)[0] ?? null,
    ).toBe(role),
  );
});

describe('findNames: an academic title between the role apposition and the name', () => {
  it.each([
    ['Der Leiter des Bauamts, Dr. Ole Brandstetter, lehnte ab.', 'Ole Brandstetter', 'Leiter des Bauamts'],
    [
      'Die Direktorin der Klinik, Prof. Dr. Mira Quandt, widersprach.',
      'Mira Quandt',
      'Direktorin der Klinik',
    ],
    ['Die Chefin der Feuerwehr, Svea Lindqvist, warnte.', 'Svea Lindqvist', 'Chefin der Feuerwehr'],
  ])('%s', (sentence, name, role) => {
    expect(
      findNames(sentence, 0, 'de')
        .filter((h) => h.strong)
        .map((h) => [h.name, h.role]),
    ).toContainEqual([name, role]);
  });
});

describe('findNames: Irish surname particles', () => {
  it.each([
    ['"It is over," said Ciarán Ó Dálaigh, secretary of the club.', 'Ciarán Ó Dálaigh'],
    ['"We will appeal," said Aoife Ní Bhriain, a solicitor for the family.', 'Aoife Ní Bhriain'],
  ])('%s', (sentence, name) => {
    expect(roles(sentence).map((r) => r[0])).toContain(name);
  });
});

describe('findNames: English honorifics, judges and barristers', () => {
  it.each([
    ['Mr Justice Conor Whelan adjourned the case.', 'Conor Whelan', 'Justice'],
    ['Counsel for the council, Orla Brennan SC, asked for more time.', 'Orla Brennan', 'SC'],
    ['The board appointed Ms Deirdre Foley as chair.', 'Deirdre Foley', null],
  ])('%s', (sentence, name, role) => {
    expect(roles(sentence)).toContainEqual([name, role]);
  });
});
