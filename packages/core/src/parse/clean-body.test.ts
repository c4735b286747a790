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

describe('cleanBody: furniture of other sites', () => {
  it.each([
    ['a menu of section names', page('Lokales | Wetter | Kultur | Abo', P1, P2), ['Lokales | Wetter']],
    ['a menu with middle dots', page('Reisen · Auto · Wohnen · Geld', P1, P2), ['Reisen · Auto']],
    ['a one-separator breadcrumb', page(P1, 'Leipzig / Kultur', P2), ['Leipzig / Kultur']],
    [
      'a metered paywall',
      page(P1, 'Sie lesen 2 von 10 kostenlosen Artikeln in diesem Monat.', P2),
      ['kostenlosen Artikeln'],
    ],
    ['a trial offer', page(P1, P2, 'Jetzt 6 Wochen für 2 € testen und alles lesen.'), ['6 Wochen']],
    [
      'a subscription offer',
      page(P1, 'Sichern Sie sich jetzt 2 Monate Digital für nur 1 €.', P2),
      ['Sichern Sie sich'],
    ],
    [
      'a recommendation note',
      page('Dieser Beitrag wurde Ihnen von der Redaktion empfohlen.', P1, P2),
      ['von der Redaktion empfohlen'],
    ],
    [
      'a medical disclaimer',
      page('Dieser Text ersetzt keine ärztliche Beratung.', P1, P2),
      ['ärztliche Beratung'],
    ],
    [
      'a consent line under a form',
      page(P1, P2, 'Mit der Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.'),
      ['Anmeldung'],
    ],
    [
      'a login prompt for comments',
      page(P1, P2, 'Melden Sie sich an, um zu kommentieren.'),
      ['kommentieren'],
    ],
    ['an app teaser', page(P1, P2, 'Jetzt die Stadtblatt-App herunterladen!'), ['App']],
    [
      'a consent banner',
      page('Ihre Privatsphäre ist uns wichtig. Zustimmen | Ablehnen', P1, P2),
      ['Privatsphäre', 'Ablehnen'],
    ],
    [
      'a caption under a photo credit',
      page(P1, 'Foto: Stadtblatt/Lena Kurz\nFeuerwehrleute löschen die Glut am Hang.', P2),
      ['Lena Kurz', 'löschen die Glut'],
    ],
    [
      'a bio under a plural author box heading',
      page(P1, P2, 'Über die Autoren: Jan Roth berichtet seit 2015 über Landespolitik.'),
      ['Jan Roth'],
    ],
    [
      'a bio of a medical journalist',
      page(P1, P2, 'Über die Autorin', 'Dr. Eva Lang ist Ärztin und Wissenschaftsjournalistin.'),
      ['Eva Lang'],
    ],
    [
      'a date, byline and source note line',
      page('4. Mai 2025, 10:15 Uhr | Von Jan Roth | Quelle: dpa/lnw', P1, P2),
      ['Quelle', 'Jan Roth'],
    ],
    [
      'a cookie notice',
      page('Sie haben Cookies deaktiviert. Bitte aktivieren Sie Cookies.', P1, P2),
      ['Cookies'],
    ],
    ['an English newsletter box', page(P1, P2, 'Sign up for our weekly digest'), ['weekly digest']],
    ['an English staff credit', page(P1, P2, 'Reporting by Ann Lee; Editing by Tom Fox'), ['Reporting by']],
  ])('drops %s', (_label, text, gone) => {
    const body = cleanBody(text).paragraphs.join('\n');
    for (const g of gone) expect(body).not.toContain(g);
    expect(body).toContain('Schwimmhalle');
  });

  it.each([
    ['(dpa/rtr)', ['dpa', 'Reuters']],
    ['(AFP/lhe)', ['AFP']],
  ])('a credit line %s feeds %j', (credit, names) => {
    const r = cleanBody(page(P1, P2, credit));
    expect(r.citedSources).toEqual(names);
    expect(r.paragraphs.join('\n')).not.toContain(credit);
  });

  it('a source note in a date line feeds the sources', () => {
    const r = cleanBody(page('4. Mai 2025, 10:15 Uhr | Quelle: dpa/lnw', P1, P2));
    expect(r.citedSources).toEqual(['dpa']);
  });
});
