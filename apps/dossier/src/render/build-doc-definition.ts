import type { Corpus } from '@dossier/core';
import type { CorpusChanges } from '../diff/corpus-changes.js';
import { buildDossierModel } from '../model/build-dossier-model.js';
import type { ActorGroup, DossierModel, Ref, Statement } from '../model/types.js';
import { buildBarSvg } from './build-bar-svg.js';
import { buildTemplates, type TemplateSources, type Templates } from './build-templates.js';
import { formatFigureValue, formatIsoDate, formatIsoRange, isUnitInValue, numberFormat } from './format.js';
import { isAppendixOn } from './is-appendix-on.js';
import { type FontCoverage, STATIC_COVERAGE, type TextRun, toTextRuns } from './to-text-runs.js';

/** Options that shape the document. */
export interface DocOptions {
  /** the dossier's title; derived from the corpus when missing */
  title?: string;
  /** creation date of the PDF (from SOURCE_DATE_EPOCH or the newest article) */
  createdAt: Date;
  /** template sources of the language (see loadTemplates); labels fall back to their keys without */
  templates?: TemplateSources;
  /** language of labels and formats; default: the corpus language */
  language?: string;
  /** include the article texts: true, false, or 'auto' (small corpora only; the default) */
  appendix?: boolean | 'auto';
  /** what is new since the previous build, shown on the cover */
  changes?: CorpusChanges | null;
  /** fonts in order of preference with their coverage; default: a static approximation */
  fonts?: readonly FontCoverage[];
}

/**
 * The longest lists each section shows; what is left over is counted in a "… und N weitere" line, so a
 * corpus of thousands of articles still gives a document one can read (and lay out in seconds).
 */
export const LIST_CAPS = {
  timeline: 60,
  figures: 60,
  comparisons: 12,
  comparisonRows: 8,
  /** actors with a heading of their own, per group (people, bodies) */
  actors: 30,
  /** actors with a single statement, listed compactly, per group */
  compactActors: 40,
  statementsPerActor: 6,
  unattributed: 12,
  sources: 40,
  problems: 40,
  /** article references after one item */
  refs: 12,
} as const;

/** Above this many articles the Quellen list gives each article one compact paragraph instead of a table row. */
export const COMPACT_ARTICLES_FROM = 50;

/** Above this many articles the Quellen list holds only the articles the dossier refers to. */
export const ARTICLE_LIST_MAX = 300;

export { APPENDIX_MAX_ARTICLES, APPENDIX_MAX_CHARS, isAppendixOn } from './is-appendix-on.js';

// pdfmake's document definition is plain data; typed loosely here on purpose.
export type DocDefinition = Record<string, unknown>;
type Node = Record<string, unknown> | string;

/** The room (pt, about four body lines) a heading needs below it on its page, or it starts the next page. */
export const KEEP_ROOM = 56;
/** Headings with more text than this are not kept with what follows (an unbreakable block must fit one page). */
export const KEEP_MAX_CHARS = 400;

/**
 * Keeps a heading together with the start of what follows in one layout pass: the heading and an empty
 * spacer of KEEP_ROOM form an unbreakable block (so it moves to the next page when that room is missing),
 * and the block's negative bottom margin takes the spacer back. pdfmake's `pageBreakBefore` did the same
 * by laying the whole document out again for every heading it moved (4 passes on a 1,000-article dossier).
 */
export function keepWithNext(heading: Record<string, unknown>): Node {
  if (textLength(heading) > KEEP_MAX_CHARS) return heading;
  return {
    stack: [heading, { canvas: [], margin: [0, KEEP_ROOM, 0, 0] }],
    unbreakable: true,
    margin: [0, 0, 0, -KEEP_ROOM],
  };
}

/** Every `article-…` destination the nodes link to. */
function linkedArticles(nodes: readonly unknown[]): Set<string> {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'linkToDestination' && typeof x === 'string' && x.startsWith('article-')) found.add(x);
        else walk(x);
      }
    }
  };
  walk(nodes);
  return found;
}

function textLength(text: unknown): number {
  if (typeof text === 'string') return text.length;
  if (Array.isArray(text)) return text.reduce((n: number, r) => n + textLength(r), 0);
  if (text && typeof text === 'object') {
    const node = text as { text?: unknown; stack?: unknown };
    return textLength(node.text) + textLength(node.stack);
  }
  return 0;
}

const COLOR = { ink: '#1b1f24', accent: '#1f3a5f', muted: '#5b6570', rule: '#c5ced8', fill: '#eef2f6' };

/** Builds the pdfmake document definition and the warnings met on the way (uncovered characters). */
export function buildDocument(
  corpus: Corpus,
  opts: DocOptions,
): { doc: DocDefinition; warnings: string[]; model: DossierModel } {
  const model = buildDossierModel(corpus, {
    ...(opts.language ? { language: opts.language } : {}),
    changes: opts.changes ?? null,
  });
  return { ...buildDocumentFromModel(model, opts), model };
}

/** Builds the document definition from a dossier model (the part a render thread runs). */
export function buildDocumentFromModel(
  model: DossierModel,
  opts: Omit<DocOptions, 'changes'>,
): { doc: DocDefinition; warnings: string[] } {
  const tpl: Templates = buildTemplates(opts.templates ?? {});
  const L = (key: string, ctx?: Record<string, unknown>) => tpl.label(key, ctx);
  const localeLabel = L('locale');
  const locale = localeLabel === 'locale' ? model.language : localeLabel;
  const fonts = opts.fonts ?? STATIC_COVERAGE;
  const missing = new Set<number>();
  const runs = (text: string): TextRun[] => toTextRuns(text, fonts, (cp) => missing.add(cp));
  /** text for a pdfmake node: a plain string when one base-font run suffices */
  const t = (text: string): string | TextRun[] => {
    const r = runs(text);
    return r.length === 1 && r[0] && !r[0].font ? r[0].text : r;
  };
  const refLinks = (refs: readonly Ref[]): Node[] => [
    ...refs
      .slice(0, LIST_CAPS.refs)
      .map((n) => ({ text: `[${n}]`, linkToDestination: `article-${n}`, style: 'ref' })),
    ...(refs.length > LIST_CAPS.refs
      ? [{ text: ` ${L('moreRefs', { count: num(refs.length - LIST_CAPS.refs) })}`, style: 'ref' }]
      : []),
  ];
  /** the line that stands for what a capped list leaves out */
  const moreLine = (key: string, count: number, style = 'more'): Node[] =>
    count > 0 ? [{ text: L(key, { count: num(count), n: count }), style }] : [];
  const moreRow = (key: string, count: number, columns: number): Node[][] =>
    count > 0
      ? [
          [
            { text: L(key, { count: num(count), n: count }), style: 'more', colSpan: columns },
            ...Array.from({ length: columns - 1 }, () => ''),
          ],
        ]
      : [];
  const withRefs = (text: string, refs: readonly Ref[], extra: Record<string, unknown> = {}) => ({
    text: [...runs(text), ...(refs.length ? [{ text: '\u00A0' }] : []), ...refLinks(refs)],
    ...extra,
  });
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : L('noDate'));
  const num = (n: number) => numberFormat(locale).format(n);

  const title = opts.title?.trim() || tpl.prose('title', { terms: model.titleTerms }) || 'Dossier';
  const period = model.period ? formatIsoRange(model.period.from, model.period.to, locale) : null;

  const h1 = (key: string, id: string): Node => ({
    text: L(key),
    style: 'h1',
    id,
    tocItem: true,
    outline: true,
    outlineText: L(key),
    pageBreak: 'before',
  });
  const h2 = (key: string, id: string, parent: string): Node =>
    keepWithNext({
      text: L(key),
      style: 'h2',
      id,
      tocItem: true,
      tocStyle: 'tocSub',
      tocNumberStyle: 'tocSub',
      tocMargin: [14, 2, 0, 0],
      outline: true,
      outlineText: L(key),
      outlineParentId: parent,
    });
  const para = (text: string, style = 'body'): Node[] => (text ? [{ text: t(text), style }] : []);
  const headerRow = (keys: string[]) =>
    keys.map((k, i) => ({ text: L(k), style: 'th', ...(i === 0 ? {} : {}) }));

  // ---- cover
  // the period counts the dated articles only; the undated ones are named beside it
  const undated =
    model.undatedCount > 0
      ? L('undatedArticles', { count: num(model.undatedCount), n: model.undatedCount })
      : null;
  const periodFact = period ? [period, undated].filter(Boolean).join(' · ') : (undated ?? L('unknown'));
  const facts: [string, string][] = [
    [L('period'), periodFact],
    [L('colArticles'), num(model.articleCount)],
    [L('publishers'), model.publishers.length ? model.publishers.join(', ') : L('unknown')],
    // the epoch means "no date known"; a cover that says 1970 would mislead
    ...(opts.createdAt.getTime() > 0
      ? ([[L('created'), formatIsoDate(opts.createdAt.toISOString().slice(0, 10), locale)]] as [
          string,
          string,
        ][])
      : []),
    [L('contentHash'), model.contentHash],
  ];
  const cover: Node[] = [
    { text: 'DOSSIER', style: 'kicker', margin: [0, 120, 0, 8] },
    { text: t(title), style: 'title' },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 3, lineColor: COLOR.accent }],
      margin: [0, 14, 0, 14],
    },
    ...para(
      tpl.prose('cover', {
        articleCount: model.articleCount,
        publisherCount: model.publisherCount,
        period,
      }),
      'lead',
    ),
    {
      table: {
        widths: [130, '*'],
        body: facts.map(([k, v]) => [
          { text: k, style: 'factKey' },
          { text: t(v), style: 'factValue' },
        ]),
      },
      layout: 'noBorders',
      margin: [0, 24, 0, 0],
    },
  ];
  if (model.changes) {
    const c = model.changes;
    cover.push({
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: L('newSince'), style: 'boxTitle' },
                {
                  text: t(
                    tpl.prose('changes', {
                      newArticleCount: c.newArticleRefs.length,
                      newFigures: c.newFigures,
                      newQuotes: c.newQuotes,
                    }),
                  ),
                  style: 'body',
                },
                ...(c.newArticleRefs.length
                  ? [
                      {
                        text: [{ text: `${L('newArticles')}: ` }, ...refLinks(c.newArticleRefs)],
                        style: 'body',
                      },
                    ]
                  : []),
              ],
              fillColor: COLOR.fill,
              margin: [8, 6, 8, 6],
            },
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 28, 0, 0],
    });
  }

  // ---- table of contents
  const toc: Node[] = [
    { text: L('toc'), style: 'h1', pageBreak: 'before' },
    { toc: { textStyle: 'tocMain', numberStyle: 'tocMain', textMargin: [0, 6, 0, 0] } },
  ];

  // ---- Lage
  const lage: Node[] = [
    h1('lage', 'sec-lage'),
    ...para(tpl.prose('lage', { summaryCount: model.summary.length })),
    h2('summary', 'sec-summary', 'sec-lage'),
  ];
  if (model.summary.length) {
    lage.push({
      ul: model.summary.map((s) => withRefs(s.text, s.refs, { margin: [0, 0, 0, 5] })),
      style: 'body',
      markerColor: COLOR.accent,
    });
  }
  lage.push(h2('timeline', 'sec-timeline', 'sec-lage'));
  lage.push(...para(tpl.prose('timeline', { eventCount: model.timeline.length })));
  if (model.timeline.length) {
    lage.push({
      table: {
        headerRows: 1,
        widths: [100, '*'],
        body: [
          headerRow(['colDate', 'colEvent']),
          ...capTimeline(model.timeline, LIST_CAPS.timeline).map((e) => [
            {
              text: [e, ...(e.also ?? [])].map((d) => formatIsoRange(d.date, d.until, locale)).join('\n'),
              style: 'td',
              noWrap: false,
            },
            withRefs(e.text, e.refs, { style: 'td' }),
          ]),
          ...moreRow('moreEvents', model.timeline.length - LIST_CAPS.timeline, 2),
        ],
      },
      layout: TABLE_LAYOUTS.briefing,
    });
  }

  // ---- Zahlen
  const zahlen: Node[] = [
    h1('zahlen', 'sec-zahlen'),
    ...para(tpl.prose('zahlen', { figureCount: model.figures.length })),
  ];
  const valueText = (r: { value: number; unit: string | null; approx: boolean }) =>
    `${r.approx ? `${L('approx')} ` : ''}${formatFigureValue(r.value, r.unit, locale)}`;
  if (model.figures.length) {
    zahlen.push(h2('figuresTable', 'sec-figures', 'sec-zahlen'));
    zahlen.push({
      table: {
        headerRows: 1,
        // the references wrap in a column of their own width; a value never breaks
        widths: ['auto', '*', '*', 72, 'auto'],
        body: [
          headerRow(['colValue', 'colUnit', 'colClaimant', 'colArticles', 'colCorroboration']),
          ...model.figures.slice(0, LIST_CAPS.figures).map((r) => [
            { text: t(valueText(r)), style: 'tdNum', noWrap: true },
            { text: t(whatIsCounted(r.unit, r.subject)), style: 'td' },
            {
              text: [
                ...runs(r.claimant ?? L('articleItself')),
                ...(r.isNew ? [{ text: ` ${L('newMark')}`, style: 'newMark' }] : []),
              ],
              style: r.claimant ? 'td' : 'tdMuted',
            },
            { text: refLinks(r.refs), style: 'td' },
            { text: num(r.corroboration), style: 'tdNum' },
          ]),
          ...moreRow('moreFigures', model.figures.length - LIST_CAPS.figures, 5),
        ],
      },
      layout: TABLE_LAYOUTS.briefing,
    });
  }
  if (model.comparisons.length) {
    zahlen.push(h2('comparisons', 'sec-comparisons', 'sec-zahlen'));
    for (const c of model.comparisons.slice(0, LIST_CAPS.comparisons)) {
      const unit = c.rows[0]?.unit ?? null;
      zahlen.push({
        stack: [
          keepWithNext({ text: t(c.subject), style: 'h3' }),
          ...para(
            tpl.prose('differ', {
              subject: c.subject,
              min: formatFigureValue(c.min, unit, locale),
              max: formatFigureValue(c.max, unit, locale),
              count: c.rows.length,
            }),
          ),
          {
            table: {
              widths: ['*', 80, 142, 56],
              body: [
                ...pickComparisonRows(c.rows, LIST_CAPS.comparisonRows).map((r) => [
                  { text: t(r.claimant ?? L('articleItself')), style: 'td' },
                  { text: t(valueText(r)), style: 'tdNum' },
                  // the SVG holds numbers only: article text never reaches an svg node
                  { svg: buildBarSvg(r.value, c.max), width: 140, margin: [0, 3, 0, 0] },
                  { text: refLinks(r.refs), style: 'td' },
                ]),
                ...moreRow('moreFigures', c.rows.length - LIST_CAPS.comparisonRows, 4),
              ],
            },
            layout: TABLE_LAYOUTS.briefing,
          },
        ],
        margin: [0, 0, 0, 10],
      });
    }
    zahlen.push(...moreLine('moreComparisons', model.comparisons.length - LIST_CAPS.comparisons));
  }

  // ---- Reaktionen
  const statementCount = model.reactions.reduce((n, g) => n + g.statements.length, 0);
  const reaktionen: Node[] = [
    h1('reaktionen', 'sec-reaktionen'),
    ...para(
      tpl.prose('reaktionen', {
        statementCount,
        actorCount: model.reactions.filter((g) => g.actor).length,
      }),
    ),
  ];
  /** one statement as rich text: a direct quote in quotation marks, reported speech labelled */
  const statementText = (s: Statement): Node => {
    const mark = s.isNew ? [{ text: `${L('newMark')} `, style: 'newMark' }] : [];
    return s.kind === 'direct'
      ? {
          text: [...mark, ...withRefs(`${L('quoteOpen')}${s.text}${L('quoteClose')}`, s.refs).text],
          style: 'quote',
        }
      : {
          text: [
            ...mark,
            { text: `${L('reported')}: `, style: 'reportedLabel' },
            ...runs(s.text),
            { text: '\u00A0' },
            ...refLinks(s.refs),
          ],
          style: 'reported',
        };
  };
  const statementBlock = (s: Statement): Node => ({
    table: { widths: ['*'], body: [[statementText(s)]] },
    layout: s.kind === 'direct' ? TABLE_LAYOUTS.quoteBar : TABLE_LAYOUTS.reportedBar,
    margin: [6, 0, 0, 6],
  });
  const actorName = (g: ActorGroup) => runs(g.actor ?? L('unknownSpeaker'));
  const roleRuns = (role: string) => runs(role).map((r) => ({ ...r, style: 'role' }));
  const groupKeys = { person: 'actorsPeople', body: 'actorsBodies', unattributed: 'unknownSpeaker' } as const;
  for (const kind of ['person', 'body', 'unattributed'] as const) {
    const groups = model.reactions.filter((g) => g.kind === kind);
    if (groups.length === 0) continue;
    reaktionen.push(h2(groupKeys[kind], `sec-reactions-${kind}`, 'sec-reaktionen'));
    if (kind === 'unattributed') {
      const all = groups.flatMap((g) => g.statements);
      reaktionen.push(...all.slice(0, LIST_CAPS.unattributed).map(statementBlock));
      reaktionen.push(...moreLine('moreStatements', all.length - LIST_CAPS.unattributed));
      continue;
    }
    // who said more gets a heading; the long tail of single statements goes into one compact table
    const headed = groups.filter((g) => g.statements.length > 1);
    const single = groups.filter((g) => g.statements.length === 1);
    for (const g of headed.slice(0, LIST_CAPS.actors)) {
      reaktionen.push(
        keepWithNext({
          text: [
            ...actorName(g),
            ...(g.role ? [{ text: ' – ', style: 'roleSep' }, ...roleRuns(g.role)] : []),
          ],
          style: 'h3',
        }),
      );
      reaktionen.push(...g.statements.slice(0, LIST_CAPS.statementsPerActor).map(statementBlock));
      reaktionen.push(
        ...moreLine('moreStatements', g.statements.length - LIST_CAPS.statementsPerActor, 'moreIndented'),
      );
    }
    const hiddenHeaded = Math.max(0, headed.length - LIST_CAPS.actors);
    if (single.length) {
      reaktionen.push({
        table: {
          widths: [150, '*'],
          body: single.slice(0, LIST_CAPS.compactActors).map((g) => [
            {
              stack: [
                { text: actorName(g), style: 'compactActor' },
                ...(g.role ? [{ text: roleRuns(g.role), style: 'compactRole' }] : []),
              ],
            },
            g.statements[0] ? statementText(g.statements[0]) : '',
          ]),
        },
        layout: TABLE_LAYOUTS.briefing,
        margin: [0, headed.length ? 10 : 0, 0, 0],
      });
    }
    reaktionen.push(
      ...moreLine('moreActors', hiddenHeaded + Math.max(0, single.length - LIST_CAPS.compactActors)),
    );
  }

  // ---- Quellen
  const appendixOn = isAppendixOn(model, opts.appendix);
  const quellen: Node[] = [
    h1('quellen', 'sec-quellen'),
    ...para(tpl.prose('quellen', { articleCount: model.articleCount, sourceCount: model.sources.length })),
    h2('articlesList', 'sec-articles', 'sec-quellen'),
  ];
  // sources and skipped files first: what they link to decides which articles a large corpus lists
  const quellenTail: Node[] = [];
  quellenTail.push(h2('citedSources', 'sec-sources', 'sec-quellen'));
  if (model.sources.length) {
    // the kind column only when the extraction tells kinds apart
    const kinds = model.sources.some((s) => s.kind);
    quellenTail.push({
      table: {
        headerRows: 1,
        widths: kinds ? ['*', 'auto', 'auto', 'auto'] : ['*', 'auto', 'auto'],
        body: [
          headerRow(
            kinds
              ? ['colName', 'colKind', 'colCount', 'colArticles']
              : ['colName', 'colCount', 'colArticles'],
          ),
          ...model.sources
            .slice(0, LIST_CAPS.sources)
            .map((s) => [
              { text: t(s.name), style: 'td' },
              ...(kinds ? [{ text: s.kind ? L(`kind.${s.kind}`) : '', style: 'tdMuted' }] : []),
              { text: num(s.count), style: 'tdNum' },
              { text: refLinks(s.refs), style: 'td' },
            ]),
          ...moreRow('moreSources', model.sources.length - LIST_CAPS.sources, kinds ? 4 : 3),
        ],
      },
      layout: TABLE_LAYOUTS.briefing,
    });
  } else quellenTail.push(...para(tpl.prose('sources-empty')));
  if (model.problems.length) {
    quellenTail.push(h2('problems', 'sec-problems', 'sec-quellen'));
    quellenTail.push({
      table: {
        headerRows: 1,
        widths: ['auto', '*'],
        body: [
          headerRow(['colFile', 'colReason']),
          ...model.problems.slice(0, LIST_CAPS.problems).map((p) => [
            { text: t(p.file), style: 'td' },
            {
              text: t(`${L(`severity.${p.severity}`)}${p.skipped ? ` (${L('skipped')})` : ''}: ${p.message}`),
              style: 'td',
            },
          ]),
          ...moreRow('moreProblems', model.problems.length - LIST_CAPS.problems, 2),
        ],
      },
      layout: TABLE_LAYOUTS.briefing,
    });
  }

  // Every article up to ARTICLE_LIST_MAX (and with the appendix, which links them all); above, the articles
  // this dossier refers to, so each [n] still leads to its article, and a count of the rest (corpus.json has all).
  const linked = linkedArticles([...cover, ...lage, ...zahlen, ...reaktionen, ...quellenTail]);
  const listed =
    model.articles.length <= ARTICLE_LIST_MAX || appendixOn
      ? model.articles
      : model.articles.filter((a) => linked.has(`article-${a.ref}`));
  const articleMeta = (a: DossierModel['articles'][number]) =>
    [
      a.publisher ?? L('unknownPublisher'),
      a.author ? L('byAuthor', { author: a.author }) : null,
      date(a.date),
      `${L('file')}: ${a.file}`,
    ]
      .filter(Boolean)
      .join(' · ');
  if (model.articles.length > COMPACT_ARTICLES_FROM) {
    // every reference links here, so no article is left out; a large corpus gets one paragraph each
    quellen.push(
      ...listed.map((a) => ({
        text: [
          { text: `[${a.ref}] `, style: 'refAnchor' },
          { text: runs(a.title || a.file), bold: true },
          { text: [{ text: ' · ' }, ...runs(articleMeta(a))], style: 'articleMeta' },
        ],
        id: `article-${a.ref}`,
        style: 'compactArticle',
      })),
    );
  } else if (model.articles.length) {
    quellen.push({
      table: {
        widths: [24, '*'],
        body: listed.map((a) => [
          { text: `[${a.ref}]`, id: `article-${a.ref}`, style: 'refAnchor' },
          {
            stack: [
              { text: t(a.title || a.file), style: 'articleTitle' },
              { text: t(articleMeta(a)), style: 'articleMeta' },
            ],
          },
        ]),
      },
      layout: TABLE_LAYOUTS.briefing,
    });
  }
  quellen.push(...moreLine('moreArticles', model.articles.length - listed.length));
  quellen.push(...quellenTail);

  // ---- Anhang
  const anhang: Node[] = [];
  if (appendixOn && model.articles.length) {
    anhang.push(h1('anhang', 'sec-anhang'), ...para(tpl.prose('anhang')));
    for (const a of model.articles) {
      anhang.push(
        keepWithNext({
          stack: [
            {
              text: [
                { text: `[${a.ref}] `, linkToDestination: `article-${a.ref}` },
                ...runs(a.title || a.file),
              ],
              style: 'h3',
              id: `appendix-${a.ref}`,
              outline: true,
              outlineText: `[${a.ref}] ${(a.title || a.file).slice(0, 80)}`,
              outlineParentId: 'sec-anhang',
              margin: [0, 14, 0, 2],
            },
            {
              text: t([a.publisher, date(a.date)].filter(Boolean).join(' · ')),
              style: 'articleMeta',
              margin: [0, 0, 0, 6],
            },
          ],
        }),
      );
      for (const p of a.body.split(/\n\s*\n/)) {
        const clean = p.replace(/\s+/g, ' ').trim();
        // a short line without closing punctuation is an intermediate heading of the article
        const heading = clean.length < 120 && !/[.!?:;,"“”«»)]$/.test(clean);
        if (clean)
          anhang.push(
            heading
              ? keepWithNext({ text: t(clean), style: 'appendixHeading' })
              : { text: t(clean), style: 'appendixBody' },
          );
      }
    }
  }

  const warnings = [...missing]
    .sort((a, b) => a - b)
    .map(
      (cp) =>
        `character U+${cp.toString(16).toUpperCase().padStart(4, '0')} (${String.fromCodePoint(cp)}) is not covered by any embedded font; shown as its code`,
    );

  const headerRuns = runs(title);
  const doc: DocDefinition = {
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 60],
    language: locale,
    info: {
      title,
      subject: tpl.prose('subject', { articleCount: model.articleCount, period }),
      keywords: [...model.titleTerms, ...model.publishers].join(', '),
      creator: L('creator') === 'creator' ? 'dossier' : L('creator'),
      producer: 'dossier (pdfmake)',
      creationDate: opts.createdAt,
      modDate: opts.createdAt,
    },
    header: (page: number) =>
      page === 1
        ? ''
        : {
            stack: [
              { text: headerRuns, style: 'running' },
              {
                canvas: [
                  { type: 'line', x1: 0, y1: 4, x2: 483, y2: 4, lineWidth: 0.5, lineColor: COLOR.rule },
                ],
              },
            ],
            margin: [56, 28, 56, 0],
          },
    footer: (page: number, pages: number) =>
      page === 1 ? '' : { text: L('footer', { page, pages }), style: 'footer', margin: [56, 20, 56, 0] },
    content: [...cover, ...toc, ...lage, ...zahlen, ...reaktionen, ...quellen, ...anhang],
    defaultStyle: { font: 'Roboto', fontSize: 10, color: COLOR.ink, lineHeight: 1.2 },
    styles: {
      kicker: { fontSize: 10, bold: true, color: COLOR.muted, characterSpacing: 2 },
      title: { fontSize: 26, bold: true, color: COLOR.accent, lineHeight: 1.1 },
      lead: { fontSize: 12, color: COLOR.ink, lineHeight: 1.35 },
      factKey: { fontSize: 9, color: COLOR.muted, margin: [0, 3, 0, 3] },
      factValue: { fontSize: 10, margin: [0, 3, 0, 3] },
      boxTitle: { fontSize: 11, bold: true, color: COLOR.accent, margin: [0, 0, 0, 4] },
      h1: { fontSize: 20, bold: true, color: COLOR.accent, margin: [0, 0, 0, 10] },
      h2: { fontSize: 13, bold: true, color: COLOR.accent, margin: [0, 16, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      role: { bold: false, color: COLOR.muted },
      roleSep: { bold: false, color: COLOR.muted },
      tocMain: { fontSize: 11 },
      tocSub: { fontSize: 10, color: COLOR.muted },
      body: { fontSize: 10, margin: [0, 0, 0, 6], lineHeight: 1.3 },
      th: { fontSize: 8.5, bold: true, color: COLOR.muted, fillColor: COLOR.fill },
      td: { fontSize: 9 },
      tdMuted: { fontSize: 9, color: COLOR.muted, italics: true },
      tdNum: { fontSize: 9, alignment: 'right' },
      ref: { fontSize: 7.5, color: '#2457a6' },
      refAnchor: { fontSize: 9, bold: true, color: COLOR.accent },
      articleTitle: { fontSize: 10, bold: true },
      articleMeta: { fontSize: 8.5, color: COLOR.muted },
      quote: { fontSize: 10, italics: true, lineHeight: 1.3 },
      reported: { fontSize: 10, lineHeight: 1.3 },
      newMark: { fontSize: 7.5, bold: true, italics: false, color: '#b35c00' },
      reportedLabel: { fontSize: 8, color: COLOR.muted, bold: true },
      compactArticle: { fontSize: 8.5, margin: [0, 0, 0, 3], lineHeight: 1.15 },
      compactActor: { fontSize: 9.5, bold: true },
      compactRole: { fontSize: 8.5, color: COLOR.muted },
      more: { fontSize: 9, italics: true, color: COLOR.muted, margin: [0, 2, 0, 6] },
      moreIndented: { fontSize: 9, italics: true, color: COLOR.muted, margin: [16, 0, 0, 6] },
      appendixBody: { fontSize: 9, lineHeight: 1.3, margin: [0, 0, 0, 5], alignment: 'left' },
      appendixHeading: { fontSize: 9, bold: true, margin: [0, 4, 0, 3] },
      running: { fontSize: 8, color: COLOR.muted },
      footer: { fontSize: 8, color: COLOR.muted, alignment: 'center' },
    },
  };
  return { doc, warnings };
}

/**
 * The timeline rows shown under a cap: the best-attested events, kept in date order (a cap that cut
 * the latest events would hide the news).
 */
function capTimeline<T extends { refs: readonly number[] }>(rows: readonly T[], max: number): T[] {
  if (rows.length <= max) return [...rows];
  const keep = new Set(
    rows
      .map((r, i) => ({ i, n: r.refs.length }))
      .sort((a, b) => b.n - a.n || b.i - a.i)
      .slice(0, max)
      .map((x) => x.i),
  );
  return rows.filter((_, i) => keep.has(i));
}

/**
 * The rows of a comparison shown under a cap: the highest and the lowest value, then each claimant's
 * best-attested figure, then the best-attested rest; in the comparison's order (by value).
 */
function pickComparisonRows<T extends { claimant: string | null; corroboration: number }>(
  rows: readonly T[],
  max: number,
): T[] {
  if (rows.length <= max) return [...rows];
  const byCorroboration = [...rows].sort((a, b) => b.corroboration - a.corroboration);
  const bestOf = new Map<string, T>();
  for (const r of byCorroboration) {
    const k = (r.claimant ?? '').toLowerCase();
    if (!bestOf.has(k)) bestOf.set(k, r);
  }
  const picked = new Set<T>();
  for (const r of [rows[0], rows[rows.length - 1], ...bestOf.values(), ...byCorroboration]) {
    if (picked.size >= max) break;
    if (r) picked.add(r);
  }
  return rows.filter((r) => picked.has(r));
}

/** The "what is counted" cell: the unit and the subject, without repeating what the value shows. */
function whatIsCounted(unit: string | null, subject: string | undefined): string {
  const u = unit && !isUnitInValue(unit) ? unit : null;
  if (u && subject?.toLowerCase().includes(u.toLowerCase())) return subject;
  return [u, subject].filter(Boolean).join(' · ');
}

/** Builds the pdfmake document definition of a dossier from a corpus (pure). */
export function buildDocDefinition(corpus: Corpus, opts: DocOptions): DocDefinition {
  return buildDocument(corpus, opts).doc;
}

/** Table layouts the document uses; registered with pdfmake when rendering. */
export const TABLE_LAYOUTS = {
  briefing: {
    hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows?: number } }) =>
      i === 0 || i === node.table.body.length ? 0 : 0.5,
    vLineWidth: () => 0,
    hLineColor: () => COLOR.rule,
    paddingLeft: (i: number) => (i === 0 ? 0 : 6),
    paddingRight: () => 6,
    paddingTop: () => 4,
    paddingBottom: () => 4,
  },
  quoteBar: {
    hLineWidth: () => 0,
    vLineWidth: (i: number) => (i === 0 ? 2.5 : 0),
    vLineColor: () => COLOR.accent,
    paddingLeft: () => 10,
    paddingRight: () => 0,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
  reportedBar: {
    hLineWidth: () => 0,
    vLineWidth: (i: number) => (i === 0 ? 2.5 : 0),
    vLineColor: () => COLOR.rule,
    paddingLeft: () => 10,
    paddingRight: () => 0,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
};
