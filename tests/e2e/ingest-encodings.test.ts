import { CorpusSchema } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { encodings, makeFolder, STORM } from '../fixtures/ingest/make-folder.js';
import { runCli } from '../helpers/run-cli.js';

async function extractOne(bytes: Uint8Array) {
  const dir = await makeFolder({ 'artikel.txt': bytes });
  const r = await runCli(['extract', dir, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return { corpus: CorpusSchema.parse(JSON.parse(r.stdout)), stderr: r.stderr };
}

// Everything except the hash of the raw bytes (which differ by design) and the problems list.
const comparable = (c: ReturnType<typeof CorpusSchema.parse>) => ({
  ...c,
  articles: c.articles.map(({ hash: _hash, ...a }) => a),
  problems: undefined,
});

describe('the same article in every accepted encoding', () => {
  const all = encodings(STORM);
  it.each(Object.keys(all))('%s gives the same corpus entry as plain UTF-8', async (label) => {
    const reference = await extractOne(all['utf-8'] as Uint8Array);
    const other = await extractOne(all[label] as Uint8Array);
    expect(comparable(other.corpus)).toEqual(comparable(reference.corpus));
    expect(other.corpus.articles[0]?.body).toContain('„Wir arbeiten mit Hochdruck');
    expect(other.corpus.articles[0]?.body).not.toMatch(/\r|\ufeff|\ufffd/);
  });

  it('warns that a Windows-1252 file was not UTF-8, naming the file', async () => {
    const r = await extractOne(all['windows-1252'] as Uint8Array);
    expect(r.stderr).toMatch(/warning: artikel\.txt: not valid UTF-8; read as Windows-1252/);
    expect(r.corpus.problems).toEqual([expect.objectContaining({ code: 'encoding', file: 'artikel.txt' })]);
    expect(r.corpus.articles).toHaveLength(1);
  });

  it('reads an ISO-8859-15 file with euro signs as such, and says so', async () => {
    const text =
      'Stadtrat gibt grünes Licht für neues Hallenbad\n\nVon Uta Beispiel\n\nKelmbach. Der Stadtrat hat am Montag den Bau eines Hallenbads beschlossen. Es soll 18 Mio. € kosten, der Eintritt 4,50 € betragen.\n';
    // Latin-9 is Latin-1 with the euro sign at 0xA4
    const r = await extractOne(new Uint8Array(Buffer.from(text.replace(/€/g, '\u00a4'), 'latin1')));
    expect(r.stderr).toMatch(/warning: artikel\.txt: not valid UTF-8; read as ISO-8859-15/);
    expect(r.corpus.articles[0]?.body).toContain('18 Mio. € kosten');
    expect(r.corpus.articles[0]?.body).not.toContain('¤');
  });

  it('UTF-8 input raises no problem', async () => {
    const r = await extractOne(all['utf-8 with BOM'] as Uint8Array);
    expect(r.corpus.problems ?? []).toEqual([]);
  });
});
