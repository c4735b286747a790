import { CorpusSchema } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { HARBOUR, makeFolder, STORM } from '../fixtures/ingest/make-folder.js';
import { runCli } from '../helpers/run-cli.js';

async function extract(files: Record<string, string | Uint8Array>) {
  const dir = await makeFolder(files);
  const r = await runCli(['extract', dir, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return { corpus: CorpusSchema.parse(JSON.parse(r.stdout)), stderr: r.stderr };
}

const page = `<!doctype html>
<html lang="de-DE"><head>
<meta charset="utf-8">
<title>Sturmtief legt Bahnverkehr lahm | Nordkurier Beispiel</title>
<meta property="og:title" content="Sturmtief legt Bahnverkehr im Norden lahm">
<meta property="og:site_name" content="Nordkurier Beispiel">
<meta property="article:published_time" content="2023-03-14T07:30:00+01:00">
<meta name="author" content="Jana Beispiel">
<link rel="canonical" href="https://example.org/sturm">
<script>window.tracking = { id: 42 };</script>
</head><body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ul></nav>
<main><article>
<h1>Sturmtief legt Bahnverkehr im Norden lahm</h1>
<p>Hamburg. Ein Sturmtief hat am Dienstag den Bahnverkehr in Norddeutschland weitgehend lahmgelegt. Nach Angaben der Bahn fielen mehr als 200 Züge aus.</p>
<figure><img src="a.jpg"><figcaption>Ein umgestürzter Baum liegt auf den Gleisen. Foto: Agentur</figcaption></figure>
<p>„Wir arbeiten mit Hochdruck an der Räumung der Strecken“, sagte eine Sprecherin der Bahn. Umgestürzte Bäume blockierten die Gleise zwischen Bremen und Hannover.</p>
<p>Der Wetterdienst warnte vor Böen von bis zu 120 Kilometern pro Stunde. Auch der Fährverkehr zur Küste ruhte größtenteils.</p>
</article></main>
<footer><p>Impressum | Datenschutz</p></footer>
</body></html>`;

const jsonLdPage = `<!doctype html><html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Seite"},
{"@type":"NewsArticle","headline":"Hafenbetreiber meldet Rekordumschlag","datePublished":"2023-01-09",
"author":[{"@type":"Person","name":"Max Platzhalter"}],"publisher":{"@type":"Organization","name":"Küstenbote"}}]}</script>
</head><body><div class="content">
<p>Der Betreiber des Hafens in Kiel hat im vergangenen Jahr 31 Millionen Tonnen umgeschlagen. Das teilte das Unternehmen am Montag mit.</p>
<p>„Das ist das beste Ergebnis seit der Gründung“, sagte Vorstandschef Paul Muster. Für das laufende Jahr rechnet er mit einem leichten Rückgang.</p>
</div></body></html>`;

describe('HTML pages saved from a browser', () => {
  it('takes the main text and the metadata from meta tags', async () => {
    const { corpus } = await extract({ 'sturm.html': page });
    const a = corpus.articles[0]!;
    expect(a).toMatchObject({
      id: 'sturm',
      file: 'sturm.html',
      title: 'Sturmtief legt Bahnverkehr im Norden lahm',
      date: '2023-03-14',
      publisher: 'Nordkurier Beispiel',
      author: 'Jana Beispiel',
      language: 'de',
      url: 'https://example.org/sturm',
    });
    expect(a.body).toContain('mehr als 200 Züge aus.\n\n„Wir arbeiten');
    expect(a.body).not.toMatch(/Startseite|tracking|Impressum|umgestürzter Baum liegt/);
  });

  it('reads JSON-LD (NewsArticle in an @graph)', async () => {
    const { corpus } = await extract({ 'hafen.htm': jsonLdPage });
    expect(corpus.articles[0]).toMatchObject({
      title: 'Hafenbetreiber meldet Rekordumschlag',
      date: '2023-01-09',
      author: 'Max Platzhalter',
      publisher: 'Küstenbote',
    });
    expect(corpus.articles[0]?.body).toContain('31 Millionen Tonnen');
  });
});

describe('front matter', () => {
  it('what the user states wins, dates become ISO', async () => {
    const md = `---\ntitle: "Der eigene Titel"\ndate: 14.03.2023\nurl: https://example.org/x\npublisher: Eigene Angabe\nauthor: [Anna Eins, Bert Zwei]\nlanguage: DE\n---\n${STORM}`;
    const { corpus } = await extract({ 'notiz.md': md });
    expect(corpus.articles[0]).toMatchObject({
      title: 'Der eigene Titel',
      date: '2023-03-14',
      url: 'https://example.org/x',
      publisher: 'Eigene Angabe',
      author: 'Anna Eins, Bert Zwei',
      language: 'de',
    });
    expect(corpus.articles[0]?.body).not.toContain('---');
    expect(corpus.articles[0]?.body).not.toContain('Eigene Angabe');
  });

  it('a bad date in the front matter is a warning; the article stays', async () => {
    const { corpus, stderr } = await extract({ 'x.txt': `---\ndate: irgendwann\n---\n${HARBOUR}` });
    expect(corpus.articles).toHaveLength(1);
    expect(stderr).toMatch(/warning: x\.txt: front matter date "irgendwann" is not a date/);
  });
});

describe('folders', () => {
  it('reads nested folders in path order and ignores hidden files and folders', async () => {
    const { corpus, stderr } = await extract({
      'b/zwei.txt': HARBOUR,
      'a/eins.md': STORM,
      'a.txt': HARBOUR.replace('Kiel', 'Lübeck'),
      '.versteckt.txt': STORM,
      '.git/drei.txt': STORM,
      'bild.jpg': 'not an image',
    });
    expect(corpus.articles.map((a) => a.file)).toEqual(['a.txt', 'a/eins.md', 'b/zwei.txt']);
    expect(stderr).not.toContain('versteckt');
    expect(stderr).toMatch(/note: bild\.jpg: not an article file/);
    expect(corpus.problems).toEqual([
      expect.objectContaining({
        code: 'unsupported-type',
        file: 'bild.jpg',
        severity: 'info',
        skipped: true,
      }),
    ]);
  });

  it('two files with the same name in different folders get a warning', async () => {
    const { corpus, stderr } = await extract({ 'a/x.txt': STORM, 'b/x.txt': HARBOUR });
    expect(corpus.articles).toHaveLength(2);
    expect(stderr).toMatch(/warning: b\/x\.txt: same article id "x" as a\/x\.txt/);
  });
});
