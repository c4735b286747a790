import { describe, expect, it } from 'vitest';
import { cleanBody } from './clean-body.js';

const P1 = 'Der Gemeinderat hat am Abend nach langer Debatte den Bau der neuen Schwimmhalle beschlossen.';
const P2 = 'Die Kosten sollen sich auf rund zwölf Millionen Euro belaufen, teilte die Verwaltung mit.';
const P3 = 'Die Bauarbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, hieß es aus dem Rathaus.';

const page = (...lines: string[]) => lines.join('\n\n');

describe('cleanBody drops page furniture and keeps the article', () => {
  it.each([
    [
      'navigation',
      page('Startseite', 'Index', P1, P2, 'Nach oben', 'Go up'),
      ['Startseite', 'Index', 'Nach oben', 'Go up'],
    ],
    [
      'ad-blocker banner with its bullet list',
      page(
        'Bitte schalten Sie Ihren Werbeblocker aus',
        'Wir finanzieren uns über Anzeigen unserer Werbepartner.',
        'Lesen Sie mit Abo weiter:\n  • Jetzt für nur 1,99 € testen\n  • Jederzeit kündbar',
        P1,
        P2,
      ),
      ['Werbeblocker', 'Werbepartner', 'testen', 'kündbar'],
    ],
    [
      'paywall notice but not the text after it',
      page(P1, 'Dieser Artikel ist exklusiv für Abonnenten. Jetzt Abo abschließen.', P2, P3),
      ['Abonnenten'],
    ],
    [
      'cookie banner',
      page('Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.', 'Alle akzeptieren', P1, P2),
      ['Cookies', 'akzeptieren'],
    ],
    [
      'share buttons',
      page(P1, 'Artikel teilen', 'Facebook', 'WhatsApp', 'E-Mail', P2),
      ['teilen', 'Facebook', 'WhatsApp'],
    ],
    [
      'newsletter box',
      page(P1, 'Abonnieren Sie unseren Newsletter und verpassen Sie nichts!', P2),
      ['Newsletter'],
    ],
    [
      'related-articles block with link titles',
      page(P1, P2, 'Mehr zum Thema', 'Freibad bleibt geschlossen', 'Neue Sauna eröffnet', P3),
      ['Mehr zum Thema', 'Freibad bleibt', 'Sauna'],
    ],
    [
      'comment form',
      page(
        P1,
        P2,
        'Schreibe einen Kommentar',
        'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
        'Kommentare',
      ),
      ['Kommentar', 'E-Mail-Adresse', 'Erforderliche'],
    ],
    [
      'author bio with its name line',
      page(
        P1,
        P2,
        'Jonas Weber',
        'Ich bin Jonas, Redakteur bei Stadtblick. Ich schreibe seit Jahren über Lokalpolitik und Sport.',
      ),
      ['Jonas Weber', 'Ich bin Jonas'],
    ],
    [
      'syndication note',
      page(
        P1,
        P2,
        '(Dies ist eine unbearbeitete, automatisch generierte Story aus einem syndizierten Newsfeed. Stadtblick Mitarbeiter haben den Inhaltstext möglicherweise nicht geändert.)',
      ),
      ['syndizierten', 'Stadtblick'],
    ],
    [
      'captions: repeat with "+", archive photo, photo credit',
      page(
        'Schwimmhalle im Bau',
        'Die alte Schwimmhalle am Stadtrand',
        '+',
        'Die alte Schwimmhalle am Stadtrand im Winter (2023).',
        P1,
        'Die Bürgermeisterin bei der Sitzung im Rathaus (Archivbild).',
        'Foto: Max Muster/dpa',
        P2,
      ),
      ['alte Schwimmhalle', 'Archivbild', 'Max Muster'],
    ],
    [
      'headline repeated in the body',
      page('Neue Schwimmhalle kommt', P1, 'Neue Schwimmhalle kommt', P2),
      ['Neue Schwimmhalle'],
    ],
    [
      'label and date above the headline',
      page('Pressemitteilung', '3.2.2025', 'Neue Schwimmhalle kommt', P1, P2),
      ['Pressemitteilung', '3.2.2025'],
    ],
    [
      'dateline and audio furniture below the teaser',
      page(
        'Neue Schwimmhalle kommt',
        P1,
        '03.03.2024, 14.20 Uhr • aus Stadtblick 10/2024',
        'Artikel anhören • 4 Min',
        P2,
      ),
      ['14.20 Uhr', 'anhören'],
    ],
    ['breadcrumb', page('Nachrichten > Region > Nordstadt', P1, P2), ['Nachrichten >']],
    [
      'embedded-content consent box and one-line teaser links',
      page(
        P1,
        'Empfohlener redaktioneller Inhalt',
        'An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt.',
        'Externe Inhalte anzeigen',
        'Lesen Sie auch: Freibad öffnet früher',
        P2,
        'Themen: Sport, Bäder, Nordstadt',
      ),
      ['redaktioneller', 'externen Inhalt', 'Externe Inhalte', 'Freibad', 'Themen'],
    ],
    [
      'English furniture',
      page('Skip to content', P1, P2, 'Share this article', 'Leave a comment', 'Back to top'),
      ['Skip to', 'Share', 'Leave a', 'Back to'],
    ],
  ])('%s', (_name, text, gone) => {
    const body = cleanBody(text).paragraphs.join('\n');
    for (const p of [P1, P2]) expect(body).toContain(p);
    for (const g of gone) expect(body).not.toContain(g);
  });

  it.each([
    [
      'single newlines',
      `Schwimmhalle kommt\n${P1}\n${P2}\nZwischentitel hier\n${P3}`,
      [P1, P2, 'Zwischentitel hier', P3],
    ],
    [
      'CRLF, BOM and NBSP',
      `\uFEFFTitel der Meldung\r\n\r\n${P1.replace(' ', '\u00a0')}\r\n\r\n${P2}`,
      [P1, P2],
    ],
    [
      'hard-wrapped paragraph',
      'Titel der Meldung\n\nDer Gemeinderat hat am Abend nach langer Debatte den Bau\nder neuen Schwimmhalle beschlossen, wie ein Sprecher der\nStadt am Mittwoch auf Anfrage unserer Redaktion bestätigte.',
      [
        'Der Gemeinderat hat am Abend nach langer Debatte den Bau der neuen Schwimmhalle beschlossen, wie ein Sprecher der Stadt am Mittwoch auf Anfrage unserer Redaktion bestätigte.',
      ],
    ],
  ])('splits paragraphs: %s', (_name, text, expected) => {
    expect(cleanBody(text).paragraphs).toEqual(expected);
  });

  it.each([
    [
      page(P1, P2, 'Quellen:', '- Tagesblatt - Radio Nord - Tagesblatt - AFP', 'Weitere\nArtikel'),
      ['Tagesblatt', 'Radio Nord', 'AFP'],
      'Radio Nord',
    ],
    [page(P1, `${P2.slice(0, -1)} (lk mit dpa).`), ['dpa'], '(lk mit dpa)'],
    [page(P1, P2, '(AFP/Reuters)'), ['AFP', 'Reuters'], 'AFP'],
    [page(P1, P2, 'Mit Material von Reuters und AP'), ['Reuters', 'AP'], 'Material'],
    [page(`Hamburg (dpa) - ${P1}`, P2), ['dpa'], '(dpa)'],
    [page(P1, 'Wie das Tagesblatt (Quelle) berichtet, ist die Halle beheizt.', P2), [], '(Quelle)'],
  ])('credits and source lists feed the sources: %#', (text, sources, gone) => {
    const r = cleanBody(text);
    expect(r.citedSources).toEqual(sources);
    expect(r.paragraphs.join('\n')).not.toContain(gone);
  });

  it('keeps an institute abbreviation in brackets', () => {
    const text = page(P1, 'Das meldete das Institut für Wirtschaftsforschung (IfW).', P2);
    expect(cleanBody(text).paragraphs.join('\n')).toContain('(IfW)');
  });

  it('keeps the whole text when nothing reads as prose', () => {
    expect(cleanBody('Eins\n\nZwei Drei').paragraphs).toEqual(['Eins', 'Zwei Drei']);
  });
});
