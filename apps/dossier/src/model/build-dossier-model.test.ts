import type { Corpus } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_LIST_MAX,
  buildDocument,
  KEEP_MAX_CHARS,
  KEEP_ROOM,
  keepWithNext,
} from '../render/build-doc-definition.js';
import { buildDossierModel, foldTimeline, toArticleRefs } from './build-dossier-model.js';
import { selectSummary, toSummaryCandidates, toSummaryPositions } from './select-summary.js';

const article = (id: string, date: string | null, body: string) => ({
  id,
  file: `${id}.txt`,
  title: `Titel ${id}`,
  date,
  publisher: 'Testblatt',
  author: null,
  language: 'de',
  body,
});

const corpus: Corpus = {
  schemaVersion: 1,
  articles: [
    article(
      'z',
      '2030-02-02',
      'Der Stadtrat von Kelmbach hat den Bau einer neuen Brücke über den Fluss beschlossen. Das Wetter war sonnig und warm an diesem Tag im Februar.',
    ),
    article(
      'y',
      '2030-02-01',
      'Der Stadtrat von Kelmbach beschloss am Montag den Bau einer neuen Brücke über den Fluss. Die Bauzeit soll nach Angaben der Stadt drei Jahre betragen.',
    ),
    article(
      'x',
      null,
      'Kritiker halten die geplante Brücke in Kelmbach für zu teuer und fordern eine neue Prüfung der Kosten.',
    ),
  ],
  figures: [
    {
      value: 12,
      unit: 'Millionen',
      claimant: 'Stadt',
      subject: 'Baukosten',
      mentions: [{ article: 'y', text: '12' }],
    },
    {
      value: 15,
      unit: 'Millionen',
      claimant: 'Kritiker',
      subject: 'Baukosten',
      mentions: [
        { article: 'x', text: '15' },
        { article: 'z', text: '15' },
      ],
    },
  ],
  quotes: [
    { article: 'y', speaker: 'Ada Birn', text: 'Die Brücke kommt', kind: 'direct' },
    { article: 'z', speaker: 'Ada Birn', text: 'Die Brücke kommt', kind: 'direct' },
    { article: 'x', speaker: null, text: 'die Kosten seien zu hoch', kind: 'indirect' },
  ],
  sources: [],
  people: [{ name: 'Ada Birn', aliases: ['Birn'], role: 'Bürgermeisterin', articles: ['y', 'z'] }],
  timeline: [],
};

describe('buildDossierModel', () => {
  it('numbers articles oldest first, undated last', () => {
    expect([...toArticleRefs(corpus)]).toEqual([
      ['y', 1],
      ['z', 2],
      ['x', 3],
    ]);
  });

  it('groups differing figures of one subject and counts corroboration', () => {
    const m = buildDossierModel(corpus);
    expect(m.figures.map((f) => [f.value, f.corroboration, f.refs])).toEqual([
      [15, 2, [2, 3]],
      [12, 1, [1]],
    ]);
    expect(m.comparisons).toHaveLength(1);
    expect(m.comparisons[0]).toMatchObject({ subject: 'Baukosten', min: 12, max: 15 });
  });

  it.each([
    ["the article's own figure beside a claimant's (a before and after)", [null, 'Stadt'], 0],
    ['two named claimants', ['Kritiker', 'Stadt'], 1],
  ])('in one article, compares figures of one subject given by %s: %i', (_what, claimants, n) => {
    const [a, b] = claimants;
    const one = (value: number, claimant: string | null) => ({
      value,
      unit: 'Millionen',
      claimant,
      subject: 'Baukosten',
      mentions: [{ article: 'y', text: String(value) }],
    });
    const m = buildDossierModel({ ...corpus, figures: [one(12, a ?? null), one(19, b ?? null)] });
    expect(m.comparisons).toHaveLength(n as number);
  });

  it.each([
    [
      'two counts of one noun in two articles',
      [
        [120, 'Helfer', 'Helfer', 'y'],
        [150, 'Helfer', 'Helfer', 'z'],
      ],
      1,
    ],
    [
      'two bare distances (no subject but the unit)',
      [
        [3, 'Kilometer', 'Kilometer', 'y'],
        [10, 'Kilometer', 'Kilometer', 'z'],
      ],
      0,
    ],
    [
      'two bare shares',
      [
        [4, 'Prozent', 'Prozent', 'y'],
        [9, 'Prozent', 'Prozent', 'z'],
      ],
      0,
    ],
    [
      'a measured subject in two articles',
      [
        [3, 'Kilometer', 'Stau', 'y'],
        [8, 'Kilometer', 'Stau', 'z'],
      ],
      1,
    ],
    [
      'euros and percentages of one subject',
      [
        [40, 'EUR', 'Zuschuss', 'y'],
        [12, 'Prozent', 'Zuschuss', 'z'],
      ],
      0,
    ],
    [
      'a handful beside a workforce of thousands',
      [
        [3, 'Beschäftigte', 'Beschäftigte', 'y'],
        [2400, 'Beschäftigte', 'Beschäftigte', 'z'],
      ],
      0,
    ],
    [
      'police and organisers on one crowd',
      [
        [5000, 'Teilnehmer', 'Teilnehmer', 'y'],
        [80000, 'Teilnehmer', 'Teilnehmer', 'z'],
      ],
      1,
    ],
  ])('compares %s: %i comparison(s)', (_what, figures, n) => {
    const m = buildDossierModel({
      ...corpus,
      figures: (figures as [number, string, string, string][]).map(([value, unit, subject, article]) => ({
        value,
        unit,
        claimant: null,
        subject,
        mentions: [{ article, text: String(value) }],
      })),
    });
    expect(m.comparisons).toHaveLength(n as number);
  });

  it('compares figures only within one story (articles sharing a figure, a person or a speaker)', () => {
    const figure = (value: number, article: string) => ({
      value,
      unit: 'Helfer',
      claimant: null,
      subject: 'Helfer',
      mentions: [{ article, text: String(value) }],
    });
    const unlinked: Corpus = {
      ...corpus,
      people: [],
      quotes: [],
      figures: [figure(40, 'x'), figure(60, 'y')],
    };
    expect(buildDossierModel(unlinked).comparisons).toHaveLength(0);
    const bySpeaker: Corpus = {
      ...unlinked,
      quotes: [
        { article: 'x', speaker: 'Ola Venn', text: 'Wir brauchen mehr Leute', kind: 'direct' },
        { article: 'y', speaker: 'Ola Venn', text: 'Es fehlen Helfer', kind: 'direct' },
      ],
    };
    expect(buildDossierModel(bySpeaker).comparisons).toHaveLength(1);
    const byFigure: Corpus = {
      ...unlinked,
      figures: [
        ...unlinked.figures,
        {
          ...figure(7, 'x'),
          unit: 'Boote',
          subject: 'Boote',
          mentions: [
            { article: 'x', text: '7' },
            { article: 'y', text: '7' },
          ],
        },
      ],
    };
    expect(buildDossierModel(byFigure).comparisons).toHaveLength(1);
  });

  it('shows a sentence dated twice once, at its first date with the later one beside it', () => {
    const range = 'Zwischen Januar 2024 und Juni 2025 wurden 300 Boote gezählt.';
    const rows = foldTimeline([
      { date: '2024-01', text: range, refs: [1] },
      { date: '2024-03-02', text: 'Der Hafen öffnete.', refs: [1] },
      { date: '2025-06', text: range, refs: [1] },
      { date: '2025-07', text: range, refs: [2] },
    ]);
    expect(rows).toEqual([
      { date: '2024-01', text: range, refs: [1], also: [{ date: '2025-06' }] },
      { date: '2024-03-02', text: 'Der Hafen öffnete.', refs: [1] },
      // the same words in another article stay a row of their own
      { date: '2025-07', text: range, refs: [2] },
    ]);
  });

  it('groups statements by actor with the role from people, merging repeats, unattributed last', () => {
    const m = buildDossierModel(corpus);
    expect(m.reactions.map((g) => [g.actor, g.role, g.statements.map((s) => s.refs)])).toEqual([
      ['Ada Birn', 'Bürgermeisterin', [[1, 2]]],
      [null, null, [[3]]],
    ]);
  });

  it('drops a quoted fragment that stands inside a longer statement of the same actor', () => {
    const m = buildDossierModel({
      ...corpus,
      quotes: [
        { article: 'y', speaker: 'Ada Birn', text: 'schneller bauen', kind: 'direct' },
        { article: 'y', speaker: 'Ada Birn', text: 'die Stadt wolle „schneller bauen“', kind: 'indirect' },
        { article: 'z', speaker: 'Ada Birn', text: 'Die Stadt wolle schneller bauen', kind: 'direct' },
      ],
    });
    expect(m.reactions[0]?.statements.map((s) => [s.kind, s.text, s.refs])).toEqual([
      ['direct', 'Die Stadt wolle schneller bauen', [1, 2]],
    ]);
  });

  it('orders actors: people by how much they said, then bodies, then unattributed statements', () => {
    const q = (speaker: string | null, text: string, role: string | null = null) => ({
      article: 'y',
      speaker,
      text,
      kind: 'indirect' as const,
      role,
    });
    const m = buildDossierModel({
      ...corpus,
      quotes: [
        q(null, 'die Brücke sei zu breit'),
        q('Stadtwerke', 'der Strom fließe wieder'),
        q('Stadtwerke', 'die Leitungen seien geprüft'),
        q('Stadtwerke', 'die Kosten trage die Stadt'),
        q('Ada Birn', 'der Bau beginne im Mai'),
        q('Tom Reeg', 'die Pläne lägen aus', 'Baudezernent'),
        q('Tom Reeg', 'die Ausschreibung laufe', 'Baudezernent'),
        q('Landrat', 'der Kreis helfe mit', 'Landrat'),
      ],
    });
    expect(m.reactions.map((g) => [g.actor, g.kind, g.role, g.statements.length])).toEqual([
      ['Tom Reeg', 'person', 'Baudezernent', 2],
      ['Ada Birn', 'person', 'Bürgermeisterin', 1],
      ['Stadtwerke', 'body', null, 3],
      // a role that repeats the name is not shown
      ['Landrat', 'body', null, 1],
      [null, 'unattributed', null, 1],
    ]);
  });

  it('takes the period from the article dates only and counts the undated articles', () => {
    const m = buildDossierModel({
      ...corpus,
      timeline: [{ date: '2019-05', text: 'Der erste Entwurf entstand.', articles: ['x'] }],
    });
    expect(m.period).toEqual({ from: '2030-02-01', to: '2030-02-02' });
    expect(m.undatedCount).toBe(1);
    const undated = buildDossierModel({
      ...corpus,
      articles: corpus.articles.map((a) => ({ ...a, date: null })),
      timeline: [{ date: '2019-05', text: 'Der erste Entwurf entstand.', articles: ['x'] }],
    });
    expect(undated.period).toBeNull();
    expect(undated.undatedCount).toBe(3);
  });

  it('strips datelines from summary sentences and passes over sentences that are mostly a quote', () => {
    const bodies = [
      'LISSABON: Der Stadtrat von Kelmbach hat den Bau einer neuen Brücke über den Fluss beschlossen.',
      '„Die neue Brücke über den Fluss wird Kelmbach endlich mit dem Umland verbinden“, sagte sie.',
      'Kelmbach (dpa) – Der Stadtrat hat am Montag den Bau einer neuen Brücke über den Fluss beschlossen.',
    ];
    const picked = selectSummary(toSummaryCandidates(bodies.map((body, i) => ({ id: `a${i}`, body }))));
    expect(picked.map((p) => p.text)).toEqual([
      'Der Stadtrat von Kelmbach hat den Bau einer neuen Brücke über den Fluss beschlossen.',
    ]);
    expect(picked[0]?.articles.sort()).toEqual(['a0', 'a2']);
  });

  it('merges near-duplicate sentences of different articles into one summary item with both references', () => {
    const m = buildDossierModel(corpus);
    const bridge = m.summary.find((s) => s.text.includes('Brücke über den Fluss'));
    expect(bridge?.refs).toEqual([1, 2]);
    expect(m.summary.filter((s) => s.text.includes('Brücke über den Fluss'))).toHaveLength(1);
  });

  it.each([
    [
      'the same numbers in other words: one item',
      'Kassenwart Olaf Brenning bezifferte die Sanierungskosten des Hallenbads auf rund 12,5 Millionen Euro.',
      'Der Kassenwart Olaf M. Brenning schätzt die Kosten der Sanierung für das Hallenbad auf 12,5 Mio. Euro.',
      1,
    ],
    [
      'other numbers in similar words: two items',
      'Kassenwart Olaf Brenning bezifferte die Sanierungskosten des Hallenbads auf rund 12,5 Millionen Euro.',
      'Der Kassenwart Olaf M. Brenning schätzt die Kosten der Sanierung für das Freibad auf 3,1 Mio. Euro.',
      2,
    ],
  ])('summary near-duplicates: %s', (_what, a, b, items) => {
    const filler =
      'Das Hallenbad in Kelmbach bleibt wegen der Sanierung bis zum Sommer des kommenden Jahres geschlossen.';
    const bodies = [`${a} ${filler}`, `${b} ${filler}`];
    const picked = selectSummary(toSummaryCandidates(bodies.map((body, i) => ({ id: `a${i}`, body }))));
    expect(picked.filter((p) => p.text.includes('Brenning'))).toHaveLength(items as number);
  });

  it('reads every sentence of a small corpus and only the lead of each article in a large one', () => {
    expect(toSummaryPositions(5)).toBe(2000);
    expect(toSummaryPositions(1000)).toBe(10);
    expect(toSummaryPositions(100_000)).toBe(2);
    const body = Array.from(
      { length: 6 },
      (_, i) => `Der Satz Nummer ${i + 1} steht hier als ganzer Satz mit Inhalt.`,
    ).join(' ');
    expect(toSummaryCandidates([{ id: 'a', body }]).map((c) => c.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(toSummaryCandidates([{ id: 'a', body }], 2).map((c) => c.position)).toEqual([0, 1]);
  });

  it.each([
    'Sie sollen bis zum nächsten Herbst in Betrieb gehen und rund zwei Millionen Euro kosten.',
    'Er hatte den Plan des Stadtrats schon im Frühjahr öffentlich als zu teuer kritisiert.',
    'Diese Entscheidung des Stadtrats kam für viele Anwohner am Fluss völlig überraschend.',
    'They will open next autumn and cost about two million pounds according to the council.',
    'Dafür müsste der Verein bis zum Frühjahr noch rund zwei Millionen Euro an Spenden sammeln.',
    'Deshalb soll die Brücke über den Fluss erst im nächsten Herbst für den Verkehr öffnen.',
  ])('does not show a sentence that points back to one before it: %s', (sentence) => {
    const other = 'Der Stadtrat von Kelmbach hat den Bau einer neuen Brücke über den Fluss beschlossen.';
    // the sentence is in every article, so it would be the most central one
    const bodies = [`${sentence} ${other}`, sentence, `${sentence} Kelmbach baut.`];
    const candidates = toSummaryCandidates(bodies.map((body, i) => ({ id: `a${i}`, body })));
    expect(candidates.filter((c) => c.pointsBack).map((c) => c.text)).toEqual([sentence, sentence, sentence]);
    expect(selectSummary(candidates).map((p) => p.text)).toEqual([other]);
  });

  it.each([
    'Die neue Brücke über den Fluss soll bis zum nächsten Herbst in Betrieb gehen.',
    'Das Umweltbundesamt hatte schon im vergangenen Jahr vor trockenen Sommern gewarnt.',
    'It was the hottest day of the year in the region since records began in 1881.',
    'Sieben Gemeinden am Fluss haben den Bau der neuen Brücke bereits beschlossen.',
  ])('shows a sentence that stands on its own: %s', (sentence) => {
    const picked = selectSummary(toSummaryCandidates([{ id: 'a', body: sentence }]));
    expect(picked.map((p) => p.text)).toEqual([sentence]);
  });

  it('a summary of no sentences is empty', () => {
    expect(selectSummary(toSummaryCandidates([{ id: 'a', body: 'Zu kurz.' }]))).toEqual([]);
  });
});

describe('buildDocument', () => {
  const walk = (node: unknown, visit: (n: Record<string, unknown>) => void): void => {
    if (Array.isArray(node)) for (const n of node) walk(n, visit);
    else if (node && typeof node === 'object') {
      visit(node as Record<string, unknown>);
      for (const v of Object.values(node)) walk(v, visit);
    }
  };

  it('keeps article text out of svg and image nodes', () => {
    const { doc } = buildDocument(corpus, { createdAt: new Date(0) });
    let svgs = 0;
    walk(doc.content, (n) => {
      expect(n.image).toBeUndefined();
      if (typeof n.svg === 'string') {
        svgs++;
        expect(n.svg.replace(/<\/?(svg|rect)\b[^>]*>/g, '')).toBe('');
        expect(n.svg).not.toMatch(/Kelmbach|Brücke|Stadt|Kritiker/);
      }
    });
    expect(svgs).toBe(2);
  });

  it('uses no unbreakable blocks or rows that could outgrow a page: only short headings kept with what follows', () => {
    const { doc } = buildDocument(corpus, { createdAt: new Date(0), appendix: true });
    let kept = 0;
    walk(doc.content, (n) => {
      if (n.unbreakable) {
        kept++;
        const stack = n.stack as Record<string, unknown>[];
        expect(stack.at(-1)).toEqual({ canvas: [], margin: [0, KEEP_ROOM, 0, 0] });
        expect(JSON.stringify(stack.slice(0, -1)).length).toBeLessThan(4 * KEEP_MAX_CHARS);
      }
      if (n.table && typeof n.table === 'object')
        expect((n.table as Record<string, unknown>).dontBreakRows).toBeUndefined();
    });
    expect(kept).toBeGreaterThan(5);
    expect(doc.pageBreakBefore).toBeUndefined();
  });

  it('keeps a heading with what follows only when it is short', () => {
    const short = keepWithNext({ text: 'Reaktionen', style: 'h2' });
    expect(short).toMatchObject({ unbreakable: true, margin: [0, 0, 0, -KEEP_ROOM] });
    const long = { text: [{ text: 'x'.repeat(KEEP_MAX_CHARS) }, { text: 'y' }], style: 'h3' };
    expect(keepWithNext(long)).toBe(long);
  });

  it('lists only the articles it refers to above ARTICLE_LIST_MAX, and every link still finds its article', () => {
    const quiet = Array.from({ length: ARTICLE_LIST_MAX }, (_, i) =>
      article(`q${i}`, null, 'Ein Text ohne Belang.'),
    );
    const collect = (all: number) => {
      const many: Corpus = { ...corpus, articles: [...corpus.articles, ...quiet.slice(0, all - 3)] };
      const { doc } = buildDocument(many, { createdAt: new Date(0) });
      const ids = new Set<string>();
      const links = new Set<string>();
      walk(doc.content, (n) => {
        if (typeof n.id === 'string' && n.id.startsWith('article-')) ids.add(n.id);
        if (typeof n.linkToDestination === 'string') links.add(n.linkToDestination);
      });
      return { ids, links, json: JSON.stringify(doc.content) };
    };
    const small = collect(ARTICLE_LIST_MAX);
    expect(small.ids.size).toBe(ARTICLE_LIST_MAX);
    expect(small.json).not.toContain('moreArticles');
    const large = collect(ARTICLE_LIST_MAX + 1);
    expect(large.ids.size).toBeGreaterThan(0);
    expect(large.ids.size).toBeLessThanOrEqual(3);
    for (const l of large.links) if (l.startsWith('article-')) expect(large.ids).toContain(l);
    expect(large.json).toContain('moreArticles');
  });

  it('leaves the appendix out above the size limit', () => {
    const many: Corpus = {
      ...corpus,
      articles: Array.from({ length: 51 }, (_, i) => article(`a${i}`, null, 'Ein kurzer Text ohne Belang.')),
    };
    const { doc } = buildDocument(many, { createdAt: new Date(0) });
    expect(JSON.stringify(doc.content)).not.toContain('sec-anhang');
  });
});
