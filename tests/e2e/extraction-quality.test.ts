import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../fixtures/ingest/make-folder.js';
import { ARTICLES, ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

// The scorer and the seed gold live beside the clone (CI checks shared/ out next to the repository).
const SHARED = join(ROOT, '..', 'shared');
const SCORER = join(SHARED, 'eval', 'score.mjs');
const HAS_SHARED = existsSync(SCORER);
const UNSEEN = join(ROOT, 'tests', 'fixtures', 'unseen');
const UNSEEN_2 = join(ROOT, 'tests', 'fixtures', 'unseen-2');
const UNSEEN_3 = join(ROOT, 'tests', 'fixtures', 'unseen-3');
const UNSEEN_4 = join(ROOT, 'tests', 'fixtures', 'unseen-4');
const UNSEEN_5 = join(ROOT, 'tests', 'fixtures', 'unseen-5');
const UNSEEN_6 = join(ROOT, 'tests', 'fixtures', 'unseen-6');
const UNSEEN_7 = join(ROOT, 'tests', 'fixtures', 'unseen-7');
const UNSEEN_8 = join(ROOT, 'tests', 'fixtures', 'unseen-8');
const UNSEEN_9 = join(ROOT, 'tests', 'fixtures', 'unseen-9');
const UNSEEN_10 = join(ROOT, 'tests', 'fixtures', 'unseen-10');
const UNSEEN_11 = join(ROOT, 'tests', 'fixtures', 'unseen-11');

interface Score {
  score: number;
  results: Record<string, number>;
  misses: string[];
}

/** Extracts a folder through the CLI (no cache) and scores the corpus against a gold file. */
async function extractAndScore(articles: string, gold: string): Promise<Score> {
  const out = join(await makeFolder({}, 'dossier-quality-'), 'corpus.json');
  const r = await runCli(['extract', articles, '--out', out, '--no-cache']);
  expect(r.code, r.stderr).toBe(0);
  const json = execFileSync(process.execPath, [SCORER, '--gold', gold, '--corpus', out, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(json) as Score;
}

/** Prints the scorer's table and misses so a failing (or passing) run shows where extraction stands. */
function report(label: string, s: Score): void {
  const rows = Object.entries(s.results).map(([k, v]) => `  ${k.padEnd(16)} ${v.toFixed(3)}`);
  const misses = s.misses.map((m) => `  - ${m}`);
  console.log([`${label}: extraction score ${s.score.toFixed(3)}`, ...rows, ...misses].join('\n'));
}

if (!HAS_SHARED)
  console.warn(`extraction quality tests skipped: no scorer at ${SCORER} (../shared beside the clone)`);

describe('extraction quality against hand-made gold files', () => {
  it.skipIf(!HAS_SHARED)('seed articles score at least 0.90', async () => {
    const s = await extractAndScore(ARTICLES, join(SHARED, 'gold', 'seeds.gold.json'));
    report('seeds', s);
    expect(s.score).toBeGreaterThanOrEqual(0.9);
  });

  // Held-out sets, each written with its gold by someone who had not read the extraction code, and the
  // score it got when it was added. The fixes that followed are general rules, not fitted to one set.
  const HELD_OUT = [
    // other topics, sites and encodings
    { label: 'unseen', dir: UNSEEN, what: 'other topics, sites and encodings' },
    // prisoner exchange in two outlets incl. Swiss spelling and numbers, English takeover wire, cp1252 strike
    // report, climate study, CRLF police report, transfer news: 0.692 when added
    { label: 'unseen-2', dir: UNSEEN_2, what: 'foreign sites, Swiss numbers, wire copy, police report' },
    // a river flood in three outlets with a misspelt official, insurers' damages as Markdown, an English
    // drug-trial wire, a city budget as an HTML page, a university strike: 0.782 on first contact (0.795
    // after two mistakes in the gold were mended)
    {
      label: 'unseen-3',
      dir: UNSEEN_3,
      what: 'Markdown and HTML pages, English wire, flood coverage across outlets',
    },
    // a wildfire in two outlets (one Windows-1252 with CRLF, a misspelt official), an English data-breach
    // story as HTML, a hospital closure, a club's financial rescue; written after the third set's fixes:
    // 0.844 on first contact
    {
      label: 'unseen-4',
      dir: UNSEEN_4,
      what: 'wildfire coverage in two encodings, English HTML, hospital, club rescue',
    },
    // job cuts at a car-parts maker in two outlets (one UTF-16 with CRLF, the chief's name spelt two ways,
    // conflicting figures), an English storm warning as HTML, a fraud trial as Markdown with front matter, a
    // Windows-1252 council budget; written after the fourth set's fixes: 0.842 on first contact
    {
      label: 'unseen-5',
      dir: UNSEEN_5,
      what: 'job cuts in two outlets (one UTF-16), English storm HTML, Markdown court report, cp1252 budget',
    },
    // a heat wave's water restrictions as agency copy on a portal (Windows-1252, CRLF) and as a local paper's
    // HTML page without an <article> (a name spelt two ways, one conflicting figure), an Austrian rail tunnel
    // (UTF-8 with BOM), a Swiss runway vote as Markdown (71'412, «…», Fr.), an English club's accounts (CRLF);
    // written after the fifth set's fixes: 0.831 on first contact
    {
      label: 'unseen-6',
      dir: UNSEEN_6,
      what: 'heat-wave agency copy and HTML without <article>, Austrian BOM text, Swiss Markdown, English',
    },
    // a tram strike as a live ticker (ISO-8859-1, newest first) and as an HTML article (the negotiator's name
    // spelt two ways), a county's bird-flu press release reprinted as Markdown, an Irish ferry operator's
    // examinership in English, an interview in question/answer turns; written after the sixth set's fixes:
    // 0.773 on first contact (new shapes: answers without quotation marks, contact blocks), 0.976 after two
    // helpers' general fixes
    {
      label: 'unseen-7',
      dir: UNSEEN_7,
      what: 'live ticker (ISO-8859-1) and HTML, press release, Irish English, interview turns',
    },
    // two sets written side by side after the seventh set's fixes, by authors who never read the code. The
    // eighth: a firm's quarterly results and job cuts in two outlets (one an AMP-like page with metadata only
    // in JSON-LD and og: tags), a Swiss avalanche report (Windows-1252), a study as Markdown with front matter,
    // an English agency wire (UTF-16 with BOM, CRLF): 0.848 on first contact
    {
      label: 'unseen-8',
      dir: UNSEEN_8,
      what: 'results in two outlets (AMP/JSON-LD HTML), Swiss cp1252, Markdown study, UTF-16 wire',
    },
    // the ninth: a council's stadium vote in two outlets (ISO-8859-15 with CRLF; HTML with <time> and a byline
    // span), a doping ban as Markdown with a key-facts list and a blockquote, a fact check citing many
    // sources, a Canadian hospital report: 0.801 on first contact
    {
      label: 'unseen-9',
      dir: UNSEEN_9,
      what: 'council vote in two outlets (ISO-8859-15, HTML), Markdown, fact check, Canadian English',
    },
    // two more sets written side by side while three helpers fixed the eighth's and ninth's misses, and scored
    // only afterwards: the round's code before those fixes scored 0.822 and 0.798, after them 0.838 and 0.828 on
    // first contact; two more helpers then fixed their misses (0.976 and 0.960). The tenth: a drinking-water contamination in two outlets (HTML;
    // Windows-1252 with CRLF), a museum theft as Markdown, a mayoral election, a New Zealand flood-recovery
    // package in English
    {
      label: 'unseen-10',
      dir: UNSEEN_10,
      what: 'water contamination in two outlets (HTML, cp1252), Markdown theft, election, NZ English',
    },
    // the eleventh: a tractor protest in two outlets (ISO-8859-1 with CRLF; a national site's HTML with JSON-LD),
    // a start-up's funding round as Markdown with front matter, a festival refund ruling, a US school-board vote
    {
      label: 'unseen-11',
      dir: UNSEEN_11,
      what: 'tractor protest in two outlets (ISO-8859-1, JSON-LD HTML), Markdown start-up, court, US English',
    },
  ];

  // each set at least 0.80, the newest at least its first-contact score until its misses are worked on
  it.skipIf(!HAS_SHARED).each(HELD_OUT.map((h) => ({ min: 0.8, ...h })))(
    'held-out set $label ($what) scores at least $min',
    async ({ label, dir, min }) => {
      const s = await extractAndScore(join(dir, 'articles'), join(dir, 'gold.json'));
      report(label, s);
      expect(s.score).toBeGreaterThanOrEqual(min);
    },
  );
});
