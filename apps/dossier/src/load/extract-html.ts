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
  const title = metaTag('og:title', 'twitter:title') ?? ld.headline;
  if (title) meta.title = title;
  const date = toIsoDate(
    metaTag('article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate') ?? ld.datePublished,
  );
  if (date) meta.date = date;
  const author = metaTag('author', 'article:author', 'dc.creator') ?? ld.author;
  // article:author is often a profile URL, which is no name.
  if (author && !/^https?:\/\//.test(author)) meta.author = author;
  const publisher = metaTag('og:site_name', 'application-name') ?? ld.publisher;
  if (publisher) meta.publisher = publisher;
  const lang = document.querySelector('html')?.getAttribute('lang') ?? metaTag('og:locale', 'language');
  if (lang && /^[a-z]{2,3}\b/i.test(lang)) meta.language = lang.slice(0, 2).toLowerCase();
  const url = metaTag('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  return meta;
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
