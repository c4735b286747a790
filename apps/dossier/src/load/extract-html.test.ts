import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtml, toParagraphs } from './extract-html.js';

describe('toParagraphs', () => {
  it.each([
    ['<p>a  b</p><p>c</p>', ['a b', 'c']],
    ['<div>eins<br>zwei</div>', ['eins\nzwei']],
    ['<div>lose <b>fett</b><p>Block</p>rest</div>', ['lose fett', 'Block', 'rest']],
    ['<ul><li>x</li><li>y</li></ul>', ['x', 'y']],
    ['<p>Text</p><script>var a=1</script><figure><figcaption>Bild</figcaption></figure>', ['Text']],
  ])('%s', (html, paragraphs) => {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    expect(toParagraphs(document.body as never)).toEqual(paragraphs);
  });
});

describe('extractHtml', () => {
  it('puts the headline first, once, then the paragraphs', () => {
    const html = `<html><head><meta property="og:title" content="Kopf"></head><body><article><h1>Kopf</h1>
      <p>${'Erster Absatz mit genug Text für die Erkennung. '.repeat(5)}</p>
      <p>${'Zweiter Absatz mit genug Text für die Erkennung. '.repeat(5)}</p></article></body></html>`;
    const r = extractHtml(html);
    expect(r.meta.title).toBe('Kopf');
    expect(r.text.split('\n\n')[0]).toBe('Kopf');
    expect(r.text.match(/Kopf/g)).toHaveLength(1);
    expect(r.text.split('\n\n')).toHaveLength(3);
  });

  it('survives a page with no body text and broken JSON-LD', () => {
    const r = extractHtml('<html><head><script type="application/ld+json">{oops</script></head></html>');
    expect(r.meta).toEqual({});
    expect(r.text).toBe('');
  });

  it('ignores an author that is a profile URL', () => {
    const r = extractHtml(
      '<html><head><meta property="article:author" content="https://example.org/p/1"></head><body><p>x</p></body></html>',
    );
    expect(r.meta.author).toBeUndefined();
  });
});
