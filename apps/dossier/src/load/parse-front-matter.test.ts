import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './parse-front-matter.js';

describe('parseFrontMatter', () => {
  it.each([
    ['no front matter', 'Titel\n\nText', {}, 'Titel\n\nText', []],
    [
      'all fields',
      '---\ntitle: Ein Titel\ndate: 2022-05-01\nurl: https://example.org/a\npublisher: Blatt\nauthor: Ina Test\nlanguage: de-DE\n---\nText',
      {
        title: 'Ein Titel',
        date: '2022-05-01',
        url: 'https://example.org/a',
        publisher: 'Blatt',
        author: 'Ina Test',
        language: 'de',
      },
      'Text',
      [],
    ],
    [
      'synonyms and lists',
      '---\nheadline: H\nauthors: [A, B]\nlang: EN\n---\n',
      { title: 'H', author: 'A, B', language: 'en' },
      '',
      [],
    ],
    ['bad date', '---\ndate: bald\n---\nText', {}, 'Text', ['front matter date "bald" is not a date']],
    ['empty block', '---\n---\nText', {}, 'Text', []],
    ['not YAML', '---\ntitle: [unclosed\n---\nText', {}, 'Text', [expect.stringMatching(/not valid YAML/)]],
    ['a list, not a mapping', '---\n- a\n---\nText', {}, 'Text', ['front matter is not a YAML mapping']],
    ['a rule inside the text is no front matter', 'Text\n---\nmehr', {}, 'Text\n---\nmehr', []],
  ])('%s', (_label, text, meta, body, issues) => {
    expect(parseFrontMatter(text)).toEqual({ meta, body, issues });
  });
});
