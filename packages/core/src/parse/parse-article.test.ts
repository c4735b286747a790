import { describe, expect, it } from 'vitest';
import { parseArticle, toArticleId } from './parse-article.js';

describe('toArticleId', () => {
  it.each([
    ['a/b/001_x.txt', '001_x'],
    ['plain', 'plain'],
    ['news.2024.md', 'news.2024'],
  ])('%s -> %s', (file, id) => expect(toArticleId(file)).toBe(id));
});

describe('parseArticle', () => {
  it('lets metadata the user stated win over what is extracted', () => {
    const p = parseArticle({
      file: 'x.txt',
      text: 'Eine Überschrift\n\nDer erste Absatz des Artikels steht hier und ist lang genug für die Spracherkennung.',
      meta: { title: 'Vom Nutzer', date: '2024-05-01' },
    });
    expect(p.article.title).toBe('Vom Nutzer');
    expect(p.article.date).toBe('2024-05-01');
    expect(p.article.language).toBe('de');
  });

  it('reports an article with no text left', () => {
    expect(parseArticle({ file: 'e.txt', text: '   \n' }).problems.map((x) => x.code)).toContain(
      'empty-body',
    );
  });
});
