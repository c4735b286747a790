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

describe('extractHtml on page furniture', () => {
  const para = (t: string) => `<p>${`${t} `.repeat(6)}</p>`;
  const page = (inner: string, head = '') =>
    `<html><head>${head}</head><body><article><h1>Neue Brücke eröffnet</h1>${para('Die Stadt hat die neue Brücke am Montag für den Verkehr freigegeben.')}${inner}${para('Der Bau dauerte drei Jahre und kostete mehr als geplant.')}</article></body></html>`;

  it.each([
    [
      'an ad slot with its label',
      '<div class="ad-slot"><span>Anzeige</span><p>Jetzt Strom wechseln und 50 Euro sparen.</p></div>',
      'Strom wechseln',
    ],
    [
      'an author box',
      '<div class="author-box"><p>Eva Muster schreibt seit 2015 über Verkehr.</p></div>',
      'seit 2015',
    ],
    [
      'a paywall teaser',
      '<div class="paywall-teaser">Jetzt vier Wochen gratis testen.</div>',
      'gratis testen',
    ],
    [
      'a newsletter box',
      '<section id="newsletter-signup"><p>Der Morgen-Newsletter, jeden Tag kostenlos.</p></section>',
      'kostenlos',
    ],
    [
      'a comment list',
      '<section class="comments"><div class="comment"><p>Skandal, sagt ein Leser.</p></div></section>',
      'Skandal',
    ],
    [
      'a related-articles box and a recommendation widget',
      '<section class="related-articles"><p>Neue Radwege für die Innenstadt geplant.</p></section><div class="OUTBRAIN"><p>Das könnte Sie auch interessieren: Urlaub am See.</p></div>',
      'Radwege',
    ],
    [
      'an author box named in a data attribute',
      '<section data-component="author-box"><p>Eva Muster ist Redakteurin im Lokalen.</p></section>',
      'Redakteurin',
    ],
    [
      'a newsletter box named in a data attribute',
      '<div data-module="newsletter"><h3>Der Abendbrief</h3><p>Alles Wichtige um 18 Uhr.</p></div>',
      'Abendbrief',
    ],
  ])('leaves out %s', (_, inner, gone) => {
    const r = extractHtml(page(inner));
    expect(r.text).not.toContain(gone);
    expect(r.text).toContain('neue Brücke am Montag');
    expect(r.text).toContain('drei Jahre');
  });

  it.each([
    ['shadow-box', 'Ein Schattenkasten mit Text, der bleibt.'],
    ['download-area', 'Ein Bereich zum Herunterladen, der bleibt.'],
    ['paywall', 'Der Text hinter der Bezahlschranke bleibt.'],
  ])('keeps a box whose class only contains such letters: %s', (cls, text) => {
    expect(extractHtml(page(`<div class="${cls}"><p>${text}</p></div>`)).text).toContain(text);
  });

  it.each([
    ['Neue Brücke eröffnet | Stadtkurier', 'Stadtkurier', 'Neue Brücke eröffnet'],
    ['Neue Brücke eröffnet – Stadtkurier', 'Stadtkurier', 'Neue Brücke eröffnet'],
    ['Neue Brücke eröffnet', 'Stadtkurier', 'Neue Brücke eröffnet'],
    ['Stadtkurier | Neue Brücke eröffnet', 'Stadtkurier', 'Stadtkurier | Neue Brücke eröffnet'],
    ['Kurz | Stadtkurier', 'Stadtkurier', 'Kurz | Stadtkurier'],
  ])('og:title %j with site %j gives the title %j', (og, site, title) => {
    const head = `<meta property="og:title" content="${og}"><meta property="og:site_name" content="${site}">`;
    expect(extractHtml(page('', head)).meta.title).toBe(title);
  });
});

describe('extractHtml: date and author shown in the page, not in its head', () => {
  const body = `<p>${'Der Kreistag hat den Haushalt für das kommende Jahr mit knapper Mehrheit beschlossen. '.repeat(4)}</p>`;
  it.each([
    [
      '<div class="post-meta"><span class="post__byline">Von Jana Weber</span> · <time datetime="2025-03-04T09:30:00+01:00">04.03.2025</time></div>',
      { date: '2025-03-04', author: 'Jana Weber' },
    ],
    [
      '<p class="author-line">By Tom R. Hale, Staff Writer</p><time datetime="2024-12-01">Dec 1</time>',
      { date: '2024-12-01', author: 'Tom R. Hale' },
    ],
    ['<div class="author-box">Jana Weber schreibt über Landespolitik.</div>', {}],
  ])('%s', (inner, want) => {
    const r = extractHtml(
      `<html><body><article><h1>Haushalt beschlossen</h1>${inner}${body}</article></body></html>`,
    );
    expect({ date: r.meta.date, author: r.meta.author }).toEqual({
      date: undefined,
      author: undefined,
      ...want,
    });
  });
});
