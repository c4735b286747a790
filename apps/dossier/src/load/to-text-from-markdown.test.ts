import { describe, expect, it } from 'vitest';
import { toMarkdownArticle, toTextFromMarkdown } from './to-text-from-markdown.js';

describe('toTextFromMarkdown', () => {
  it.each([
    [
      'emphasis markers go, the words stay',
      '**Kiel.** Der *neue* Hafen __wächst__.',
      'Kiel. Der neue Hafen wächst.',
    ],
    [
      'a link is its text',
      'Mehr im [Bericht der Stadt](https://example.org/bericht "Bericht").',
      'Mehr im Bericht der Stadt.',
    ],
    [
      'an image is left out, its caption stays',
      '![Kran](kran.jpg)\n*Ein Kran am Kai. Foto: Muster*',
      'Ein Kran am Kai. Foto: Muster',
    ],
    [
      'a heading is a paragraph of its own',
      '## Stadtrat stimmt zu\nDer Rat tagte.',
      'Stadtrat stimmt zu\n\nDer Rat tagte.',
    ],
    [
      'quote markers go',
      '> „Wir bauen“\n> — Eva Beispiel, Stadtwerke',
      '„Wir bauen“\n— Eva Beispiel, Stadtwerke',
    ],
    [
      'a list is one line per item',
      '**Mehr zum Thema**\n\n- [Erster Bericht](a)\n- [Zweiter Bericht](b)',
      'Mehr zum Thema\n\nErster Bericht\nZweiter Bericht',
    ],
    [
      'rules and link definitions say nothing',
      'Oben\n\n---\n\n[ref]: https://example.org\n\nUnten',
      'Oben\n\nUnten',
    ],
    [
      'entities and escapes are read',
      'AT&amp;T zahlt 5 \\* 3 &#8364; &nbsp;mehr',
      'AT&T zahlt 5 * 3 € \u00a0mehr',
    ],
    [
      'inline HTML tags go, their text stays',
      'Ein <b>fetter</b> Satz<br>mit Umbruch.',
      'Ein fetter Satz\nmit Umbruch.',
    ],
    ['code keeps its text', 'Der Befehl `ls` listet.', 'Der Befehl ls listet.'],
    ['a table is read row by row', '| Jahr | Wert |\n|---|---|\n| 2024 | 12 |', 'Jahr | Wert\n2024 | 12'],
  ])('%s', (_, markdown, text) => {
    expect(toTextFromMarkdown(markdown)).toBe(text);
  });

  it('plain text without Markdown passes through as paragraphs', () => {
    expect(toTextFromMarkdown('Erster Absatz.\n\nZweiter Absatz, ohne Zeichen.')).toBe(
      'Erster Absatz.\n\nZweiter Absatz, ohne Zeichen.',
    );
  });
});

describe('toMarkdownArticle: the headline', () => {
  it.each([
    ['> Jetzt Mitglied werden\n\n# Neue Fähre für die Insel\n\nText.', 'Neue Fähre für die Insel'],
    [
      '[Start](/) · [Lokales](/lokales)\n\n# Neue **Fähre** für die Insel\n\nText.',
      'Neue Fähre für die Insel',
    ],
    ['# Inselbote\n\n## Neue Fähre für die Insel\n\nText.', undefined],
    ['Neue Fähre für die Insel\n\nText.', undefined],
  ])('%s', (markdown, title) => {
    expect(toMarkdownArticle(markdown).title).toBe(title);
  });
});
