import type { InputMeta } from '@dossier/core';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toIsoDate } from './to-iso-date.js';

// The app compiles without the DOM lib; these are the few node members used here (linkedom implements them).
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}

/** What an HTML page gives: its main text as plain paragraphs and the metadata the page states. */
export interface ExtractedHtml {
  /** headline, blank line, then the paragraphs separated by blank lines */
  text: string;
  meta: InputMeta;
}

/** Extracts the main content of a saved web page with Readability and its metadata from meta tags and JSON-LD. */
export function extractHtml(html: string): ExtractedHtml {
  const { document } = parseHTML(html) as unknown as { document: DomElement };
  // Metadata first: Readability rewrites the document while it works.
  const meta = extractHtmlMeta(document);
  removeFurniture(document);
  let main: DomNode | null = null;
  try {
    const result = new Readability(document as never, { serializer: (n: unknown) => n }).parse();
    main = (result?.content as DomNode | null | undefined) ?? null;
    if (!meta.title && result?.title) meta.title = result.title.trim();
  } catch {
    // A page Readability cannot handle still has a body; fall back to it.
  }
  const root = main ?? document.querySelector('body') ?? document;
  const paragraphs = toParagraphs(root);
  if (meta.title && paragraphs[0]?.trim() === meta.title) paragraphs.shift();
  const text = [meta.title ?? '', ...paragraphs].filter((p, i) => i > 0 || p).join('\n\n');
  return { text, meta };
}

/** Reads title, date, author, publisher, language and URL from meta tags and schema.org JSON-LD. */
export function extractHtmlMeta(document: DomElement): InputMeta {
  const metaTag = (...names: string[]): string | undefined => {
    for (const name of names) {
      for (const el of Array.from(document.querySelectorAll('meta'))) {
        const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
        const content = el.getAttribute('content')?.trim();
        if (key?.toLowerCase() === name && content) return content;
      }
    }
    return undefined;
  };
  const ld = readJsonLd(document);
  const meta: InputMeta = {};
  const site = metaTag('og:site_name', 'application-name') ?? ld.publisher;
  const title = withoutSiteName(metaTag('og:title', 'twitter:title'), site) ?? ld.headline;
  if (title) meta.title = title;
  const date = toIsoDate(
    metaTag('article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate') ??
      ld.datePublished ??
      timeDatetime(document),
  );
  if (date) meta.date = date;
  const author = metaTag('author', 'article:author', 'dc.creator') ?? ld.author ?? bylineName(document);
  // article:author is often a profile URL, which is no name.
  if (author && !/^https?:\/\//.test(author)) meta.author = author;
  if (site) meta.publisher = site;
  const lang = document.querySelector('html')?.getAttribute('lang') ?? metaTag('og:locale', 'language');
  if (lang && /^[a-z]{2,3}\b/i.test(lang)) meta.language = lang.slice(0, 2).toLowerCase();
  const url = metaTag('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  return meta;
}

/** The `datetime` of the page's first `<time>` that carries one: a page without a date in its head shows it there. */
function timeDatetime(document: DomElement): string | undefined {
  // the first <time> in the article or its header is the dateline; one in a teaser rail above it is not
  const scope = document.querySelector('article') ?? document;
  const el =
    document.querySelector('[class*="meta"] time[datetime]') ??
    scope.querySelector('time[datetime]') ??
    document.querySelector('time[datetime]');
  return el?.getAttribute('datetime')?.trim() || undefined;
}

// "Von Anna Berg", "By Anna Berg": the text of a byline element, the name after the word
const BYLINE_TEXT =
  /^(?:[Vv]on|[Bb]y|VON|BY)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+(?:(?:von|van|de|der|zu)\s+)?\p{Lu}[\p{L}'’-]+){1,2})\s*(?:[,|·•–—].*)?$/u;

/** The author named in an element whose class says byline or author ("Von Anna Berg"), for pages without a meta author. */
function bylineName(document: DomElement): string | undefined {
  for (const el of Array.from(
    document.querySelectorAll('[class*="byline"], [class*="author"], [rel="author"]'),
  )) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 80) continue;
    const m = BYLINE_TEXT.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** A social title often ends in the site's name ("… | Kurier", "… – Kurier"); the headline is what comes before. */
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const escaped = site.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const head = title.replace(new RegExp(`\\s+[|–—·:-]\\s+${escaped}\\s*$`, 'iu'), '').trim();
  return head.length >= 8 ? head : title;
}

/**
 * Parts of a class or id that name page furniture rather than article text: advertising, author boxes,
 * newsletter sign-ups, share bars, comments and subscription teasers. Readability keeps some of them
 * (a box with a paragraph looks like content), and it drops the class names before we could see them.
 */
const FURNITURE_PART =
  /^(?:ad|ads|advert|adverts|advertisement|anzeige|anzeigen|werbung|sponsored|promo|newsletter|share|sharing|shariff|comment|comments|kommentar|kommentare|authorbox|autorenbox|related|outbrain|taboola|recommendations|empfehlungen)$/;
/** Two-part names: an author's box or bio, a paywall's teaser or prompt. */
const FURNITURE_PAIR =
  /(?:^|[-_])(?:author|autor|autoren)[-_](?:box|bio|info|teaser)(?:$|[-_])|(?:^|[-_])(?:paywall|abo|subscription|plus)[-_](?:teaser|hint|prompt|banner|cta|box)(?:$|[-_])/;

function isFurnitureName(name: string): boolean {
  for (const token of name.toLowerCase().split(/\s+/)) {
    if (!token) continue;
    if (FURNITURE_PAIR.test(token)) return true;
    if (token.split(/[-_]/).some((part) => FURNITURE_PART.test(part))) return true;
  }
  return false;
}

// Sites name their boxes in `data-*` attributes as well as in class and id: <section data-component="author-box">.
const NAME_ATTRIBUTES = ['class', 'id', 'data-component', 'data-module', 'data-widget', 'data-block-type'];
const NAMED_ELEMENTS = NAME_ATTRIBUTES.map((a) => `[${a}]`).join(', ');

/** Removes page furniture (see FURNITURE_PART) from the document, except the body, main and article roots. */
function removeFurniture(document: DomElement): void {
  for (const el of Array.from(document.querySelectorAll(NAMED_ELEMENTS))) {
    const tag = el.nodeName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') continue;
    if (isFurnitureName(NAME_ATTRIBUTES.map((a) => el.getAttribute(a) ?? '').join(' '))) {
      (el as unknown as { remove(): void }).remove();
    }
  }
}

interface LdFields {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report)$/;

function readJsonLd(document: DomElement): LdFields {
  for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    const node = findArticle(data);
    if (!node) continue;
    const out: LdFields = {};
    const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const name = (v: unknown): string | undefined => {
      if (Array.isArray(v)) {
        const names = v.map(name).filter((x): x is string => !!x);
        return names.length ? names.join(', ') : undefined;
      }
      if (v && typeof v === 'object') return s((v as Record<string, unknown>).name);
      return s(v);
    };
    const headline = s(node.headline) ?? s(node.name);
    if (headline) out.headline = headline;
    const date = s(node.datePublished) ?? s(node.dateCreated);
    if (date) out.datePublished = date;
    const author = name(node.author);
    if (author) out.author = author;
    const publisher = name(node.publisher);
    if (publisher) out.publisher = publisher;
    return out;
  }
  return {};
}

function findArticle(data: unknown, depth = 0): Record<string, unknown> | null {
  if (depth > 5 || !data || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const d of data) {
      const found = findArticle(d, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const rec = data as Record<string, unknown>;
  const types = Array.isArray(rec['@type']) ? rec['@type'] : [rec['@type']];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return rec;
  return findArticle(rec['@graph'], depth + 1);
}

const BLOCK = new Set(
  'ADDRESS ARTICLE BLOCKQUOTE DD DIV DL DT FIELDSET FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
);
// Never article text: scripts, styles, navigation, forms, embedded media, image captions.
const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE NAV FORM BUTTON SELECT TEXTAREA IFRAME SVG CANVAS FIGURE FIGCAPTION ASIDE OBJECT VIDEO AUDIO'.split(
    ' ',
  ),
);

/** Turns an element tree into paragraphs: each block becomes one paragraph, `<br>` a line break, whitespace collapsed. */
export function toParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const p = current
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0\f\v\r]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (p) out.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}
