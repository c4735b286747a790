import { describe, expect, it } from 'vitest';
import { extractMetadata } from './extract-metadata.js';
import { findStatedDate, isDateLine, toIsoDate } from './find-stated-date.js';

const P1 = 'Der Gemeinderat hat am Abend nach langer Debatte den Bau der neuen Schwimmhalle beschlossen.';
const P2 =
  'Die Kosten sollen sich auf rund zwölf Millionen Euro belaufen, teilte die Verwaltung am Montag mit.';
const page = (...lines: string[]) => lines.join('\n\n');

describe('extractMetadata: title', () => {
  it.each([
    ['the first line', page('Neue Schwimmhalle für Nordstadt', P1, P2), 'Neue Schwimmhalle für Nordstadt'],
    [
      'not a label or a date line',
      page('Pressemitteilung', '12.03.2025', 'Neue Schwimmhalle für Nordstadt', P1),
      'Neue Schwimmhalle für Nordstadt',
    ],
    [
      'not a short kicker',
      page('„Endlich geschafft“', 'Nordstadt bekommt nach zehn Jahren Streit eine neue Schwimmhalle', P1),
      'Nordstadt bekommt nach zehn Jahren Streit eine neue Schwimmhalle',
    ],
    [
      'not a banner',
      page('Bitte deaktivieren Sie Ihren Ad-Blocker', 'Neue Schwimmhalle für Nordstadt', P1),
      'Neue Schwimmhalle für Nordstadt',
    ],
    [
      'not navigation or a site name',
      page('Index', 'stadtblick.de', 'Neue Schwimmhalle für Nordstadt', P1),
      'Neue Schwimmhalle für Nordstadt',
    ],
    [
      'without a site suffix',
      page('Neue Schwimmhalle für Nordstadt | stadtblick.de', P1),
      'Neue Schwimmhalle für Nordstadt',
    ],
    ['the lead sentence when the page has no headline', `${P1}\n${P2}`, P1.slice(0, -1)],
  ])('%s', (_name, text, title) => expect(extractMetadata(text).title).toBe(title));
});

describe('extractMetadata: date only when stated', () => {
  it.each([
    [page('3.2.2025', 'Titel der Meldung', P1), '2025-02-03'],
    [page('Titel der Meldung', 'Stand: 14.03.2025, 16:42 Uhr', P1), '2025-03-14'],
    [page('Titel der Meldung', 'Veröffentlicht am 3. März 2024', P1), '2024-03-03'],
    [
      page('Titel der Meldung', 'Aktualisiert am 05.03.2024, 09:10 Uhr', 'Veröffentlicht am 04.03.2024', P1),
      '2024-03-04',
    ],
    [page('Titel der Meldung', 'Freitag, 7. Juni 2024, 10:15 Uhr', P1), '2024-06-07'],
    [page('Titel der Meldung', 'Published March 3, 2024', P1), '2024-03-03'],
    [page('Titel der Meldung', '14.05.2024 · 08:30 Uhr', P1), '2024-05-14'],
    [page('Titel der Meldung', '21.10.2023 • 19:05', 'Von Ina Lorenz', P1), '2023-10-21'],
    [page('Titel der Meldung', P1, P2), null],
    [page('Titel der Meldung', 'Dienstag, 3. März 2026 | Das Interview führte Lena Roth', P1), '2026-03-03'],
    [page('Titel der Meldung', '12.05.2025 | Protokoll: Jan Adler', P1), '2025-05-12'],
    [page('Titel der Meldung', 'Lindenau, 04.02.2025 | Von Ina Lorenz', P1), '2025-02-04'],
    [page('Titel der Meldung', 'Bad Sulzheim, 7. Mai 2025', P1), '2025-05-07'],
    [page('Storm closes harbour', 'Halifax, N.S. — October 2, 2025', P1), '2025-10-02'],
    [page('Storm closes harbour', 'By Ann Lee | Sept. 4, 2025', P1), '2025-09-04'],
    [page('Storm closes harbour', 'Published Nov. 12, 2024 at 9:15 a.m.', P1), '2024-11-12'],
    [
      page(
        'Titel der Meldung',
        'Am Dienstag, dem 4. Juni 2024, wurde der Plan vorgestellt, sagte die Sprecherin der Stadt.',
        P1,
      ),
      null,
    ],
    [
      page(
        'Titel der Meldung',
        'Die Halle soll am 1.9.2026 öffnen, wie die Stadtverwaltung in einer Mitteilung erklärte.',
        P1,
      ),
      null,
    ],
  ])('%#', (text, date) => expect(extractMetadata(text).date).toBe(date));
});

describe('extractMetadata: author and publisher', () => {
  it.each([
    [page('Titel der Meldung', 'Von Lisa Sommer', P1, P2), 'Lisa Sommer', null],
    [page('Titel der Meldung', 'Von Lisa Sommer und Tom Berg', P1, P2), 'Lisa Sommer und Tom Berg', null],
    [page('Titel der Meldung', 'Autorin: Lisa Sommer', P1, P2), 'Lisa Sommer', null],
    [
      page('Titel der Meldung', 'Von Marta Kessler mit Material von dpa und AFP', P1, P2),
      'Marta Kessler',
      null,
    ],
    [page('Titel der Meldung', 'Ein Artikel von Jonas Wendt', P1, P2), 'Jonas Wendt', null],
    [
      page('Titel der Meldung', 'Dienstag, 3. März 2026 | Das Interview führte Lena Roth', P1, P2),
      'Lena Roth',
      null,
    ],
    [page('Titel der Meldung', 'Interview: Paul Sander', P1, P2), 'Paul Sander', null],
    [page('Titel der Meldung', 'Aufgezeichnet von Mia Brandt', P1, P2), 'Mia Brandt', null],
    [page('Titel der Meldung', P1, P2, '© 2024 Stadtblick Medien'), null, 'Stadtblick Medien'],
    [
      page(
        'Titel der Meldung',
        P1,
        P2,
        'Jonas Weber',
        'Ich bin Jonas, Redakteur bei Stadtblick Online. Ich schreibe über Politik.',
      ),
      'Jonas Weber',
      'Stadtblick Online',
    ],
    [
      page(
        'Titel der Meldung',
        P1,
        P2,
        '(Dies ist eine unbearbeitete, automatisch generierte Story aus einem syndizierten Newsfeed. Stadtblick – Ihr Portal Mitarbeiter haben den Inhaltstext möglicherweise nicht geändert oder bearbeitet.)',
      ),
      null,
      'Stadtblick',
    ],
    [page('Titel der Meldung', 'Von dpa', P1, P2), null, null],
    [
      page(
        'Titel der Meldung',
        P1,
        P2,
        'Über die Autorin',
        'Eva Licht ist Redakteurin bei Nordkurier Digital und schreibt über Verkehr.',
      ),
      'Eva Licht',
      'Nordkurier Digital',
    ],
    [page('Titel der Meldung', P1, P2, '© Stadtblick 2024'), null, 'Stadtblick'],
    [page('Titel der Meldung', P1, '© Eva Licht', P2), null, null],
    [page('Titel der Meldung', 'Von Lisa Sommer, Nordstadt', P1, P2), 'Lisa Sommer', null],
    [
      page(
        'Titel der Meldung',
        P1,
        'Der Reporter bei Radio Nord berichtete live von der Sitzung im Rathaus.',
        P2,
      ),
      null,
      null,
    ],
  ])('%#', (text, author, publisher) => {
    const m = extractMetadata(text);
    expect(m.author).toBe(author);
    expect(m.publisher).toBe(publisher);
  });
});

describe('dates as printed', () => {
  it.each([
    ['1.11.2024', '2024-11-01'],
    ['01.11.2024', '2024-11-01'],
    ['1. November 2024', '2024-11-01'],
    ['2024-11-01', '2024-11-01'],
    ['31.02.2024', null],
    ['12.13.2024', null],
  ])('%s -> %s', (text, iso) => expect(toIsoDate(text)).toBe(iso));

  it.each([
    ['1.11.2024', true],
    ['Stand: 14.03.2025, 16:42 Uhr', true],
    ['14.03.2025 · 16:42 Uhr', true],
    ['Der Termin ist der 1.11.2024.', false],
  ])('isDateLine(%s) = %s', (line, yes) => expect(isDateLine(line)).toBe(yes));

  it('takes no weekday or event date as publication date', () => {
    expect(findStatedDate(['Am Montag tagte der Rat.', 'Das Fest beginnt am 3. Mai 2025.'])).toBeNull();
  });
});

describe('extractMetadata: other sites', () => {
  it.each([
    [
      'a masthead with a tagline above the headline',
      page(
        'Stadtblatt – Nachrichten aus der Region',
        'Neue Schwimmhalle für Nordstadt',
        P1,
        P2,
        '© Stadtblatt 2025',
      ),
      'Neue Schwimmhalle für Nordstadt',
    ],
    [
      'a masthead with a tagline whose publisher has another company name',
      page(
        'Talpost – Die Zeitung für das Obertal',
        'Startseite › Region › Obertal',
        'Neue Schwimmhalle für Nordstadt',
        P1,
        P2,
        '© 2025 Talpost Online GmbH',
      ),
      'Neue Schwimmhalle für Nordstadt',
    ],
    [
      'a section menu above the headline',
      page('Lokales | Sport | Kultur | Abo', 'Neue Schwimmhalle für Nordstadt', P1, P2),
      'Neue Schwimmhalle für Nordstadt',
    ],
    [
      'a kicker of four words above a headline',
      page('Bäder in der Stadt', 'Nordstadt bekommt endlich eine neue Schwimmhalle', P1, P2),
      'Nordstadt bekommt endlich eine neue Schwimmhalle',
    ],
    [
      'a notice ending in a period above the headline',
      page('Dieser Text dient nur der Information.', 'Nordstadt bekommt neue Schwimmhalle', P1, P2),
      'Nordstadt bekommt neue Schwimmhalle',
    ],
  ])('title: %s', (_label, text, title) => {
    expect(extractMetadata(text).title).toBe(title);
  });

  it.each([
    ['Veröffentlicht am 3. Mai 2025 | Von Jan Roth', 'Jan Roth'],
    ['Stand: 03.05.2025 | Von Eva Lang und Jan Roth', 'Eva Lang und Jan Roth'],
    ['03.05.2025, 14:20 | Jan Roth', 'Jan Roth'],
    ['03.05.2025 | Bad Kreuzdorf', null],
    ['Freitag, 03.05.2025 | Hartwig Quennel', 'Hartwig Quennel'],
    ['Freitag, 03.05.2025 | Lokales Umland', null],
  ])('author from a combined line: %s', (line, author) => {
    expect(extractMetadata(page('Neue Schwimmhalle für Nordstadt', line, P1, P2)).author).toBe(author);
  });

  it('author beside the dateline, confirmed by the bio', () => {
    const bio = 'Zum Autor: Tjark Ennen berichtet für den Nordstadt-Boten über Sport in der Region.';
    const text = page('Neue Schwimmhalle für Nordstadt', '03.05.2025, 14:20 | Tjark Ennen', P1, P2, bio);
    expect(extractMetadata(text).author).toBe('Tjark Ennen');
  });

  it('author from a bio with an academic title', () => {
    const text = page(
      'Neue Schwimmhalle',
      P1,
      P2,
      'Über die Autorin',
      'Dr. Eva Lang ist Redakteurin im Lokalteil.',
    );
    expect(extractMetadata(text).author).toBe('Eva Lang');
  });

  it.each([
    ['Stadtblatt © 2025 – Alle Rechte vorbehalten', 'Stadtblatt'],
    ['© stadtblatt24 2025 · Impressum · Datenschutz', 'stadtblatt24'],
    ['© 2025 Stadt & Land – Alle Inhalte ohne Gewähr.', 'Stadt & Land'],
    ['Alle Rechte vorbehalten. © Stadtblatt 2025', 'Stadtblatt'],
  ])('publisher from %s', (line, publisher) => {
    expect(extractMetadata(page('Neue Schwimmhalle für Nordstadt', P1, P2, line)).publisher).toBe(publisher);
  });
});

describe('extractMetadata: consent walls, menus, mastheads and short bylines', () => {
  const H = 'Neue Schwimmhalle für Nordstadt';
  it.each([
    [
      'not a German consent wall heading',
      page(
        'Diese Seite nutzt Cookies\nWir und unsere 30 Partner verwenden Cookies.\nAlle akzeptieren',
        H,
        P1,
      ),
    ],
    [
      'not an English privacy wall heading',
      page(
        'We respect your privacy\nWe and our partners store and access information on your device.',
        H,
        P1,
      ),
    ],
    [
      'not a consent heading in a block of its own',
      page('Datenschutz ist uns wichtig', 'Wir und unsere Partner nutzen Cookies.', H, P1),
    ],
    ['not consent buttons', page('Zustimmen und weiter | Pur-Abo abschließen', H, P1)],
    ['not a menu in columns', page('Stadt   Kreis   Sport   Freizeit   Leben', H, P1)],
    ['not a "you are here" breadcrumb', page('Sie sind hier: Start / Region / Nordstadt', H, P1)],
    ['not a kicker above it', page('Bäderstreit', H, P1)],
  ])('title: %s', (_label, text) => {
    expect(extractMetadata(text).title).toBe(H);
  });

  it.each([
    [
      'a site name above a menu',
      page('Stadtblatt', 'Lokales | Sport | Kultur | Leben', H, P1, P2),
      'Stadtblatt',
    ],
    [
      'a site name with a section above a consent line',
      page('Kreisbote Nord | Polizei', 'Cookie-Hinweis: Wir setzen Cookies ein. OK', H, P1, P2),
      'Kreisbote Nord',
    ],
    [
      'a logo in capitals',
      page('WESTFALENBLICK', 'Start   Region   Sport   Leben', H, P1, P2),
      'Westfalenblick',
    ],
    [
      'a copyright line without the company form',
      page(H, P1, P2, '© Stadtblatt Medien GmbH 2025'),
      'Stadtblatt',
    ],
    ['an English company form', page(H, P1, P2, '© 2025 Harbour Post Media Ltd'), 'Harbour Post'],
    ['a group and its company form', page(H, P1, P2, '© 2025 Harbour Post Group plc'), 'Harbour Post'],
    ['a media house', page(H, P1, P2, '© Bergblatt Medienhaus GmbH'), 'Bergblatt'],
    ['a publishing house without a company form', page(H, P1, P2, '© 2025 Talbote Verlag'), 'Talbote'],
    ['a media group without a company form', page(H, P1, P2, '© 2025 Bergblatt Mediengruppe'), 'Bergblatt'],
  ])('publisher from %s', (_label, text, publisher) => {
    expect(extractMetadata(text).publisher).toBe(publisher);
  });

  it.each([
    ['a headline followed by a share bar', page('Schwimmhalle eröffnet heute', 'Artikel teilen', P1, P2)],
    ['a headline followed by its text', page('Stadtblatt', P1, P2)],
  ])('no publisher from %s', (_label, text) => {
    expect(extractMetadata(text).publisher).toBeNull();
  });

  it.each([
    ['a name and a place', page(H, 'Karin Vogt, Kassel', P1, P2), 'Karin Vogt'],
    [
      'a name and a place beside a date',
      page(H, 'Ilka Strohm, Gotha\n12.05.2025, 10:00', P1, P2),
      'Ilka Strohm',
    ],
    ['an English byline with two names', page(H, 'By Ann Lee and Tom Fox', P1, P2), 'Ann Lee and Tom Fox'],
    [
      'a third-person bio',
      page(H, P1, P2, 'Lutz Brenner ist Redakteur im Lokalteil. Er berichtet seit 2012 über die Stadt.'),
      'Lutz Brenner',
    ],
  ])('author from %s', (_label, text, author) => {
    expect(extractMetadata(text).author).toBe(author);
  });
});

describe('extractMetadata: banners, headlines read as prose, full site names, wire pages', () => {
  const EN1 =
    'City officials said on Monday the new bridge would open to traffic in the spring after two years of work.';
  it.each([
    [
      'not a membership banner',
      page(
        'Sie lesen den Talboten kostenlos. Unterstützen Sie unabhängigen Lokaljournalismus – jetzt Mitglied werden',
        'Neue Schwimmhalle für Nordstadt',
        P1,
        P2,
      ),
      'Neue Schwimmhalle für Nordstadt',
    ],
    [
      'a question headline over its dateline',
      page(
        'Stadtblatt Online',
        'Lokales | Sport | Kultur',
        'FAKTENCHECK',
        'Ist das Hallenbad wirklich zu teuer?',
        '04.02.2025 – 09:00 Uhr',
        'Von Ina Lorenz',
        P1,
        P2,
      ),
      'Ist das Hallenbad wirklich zu teuer?',
    ],
  ])('title: %s', (_label, text, title) => {
    expect(extractMetadata(text).title).toBe(title);
  });

  it.each([
    [
      'the site name that goes on from the copyright name',
      page(
        'Stadtblatt Online',
        'Lokales | Sport | Kultur',
        'Neue Schwimmhalle für Nordstadt',
        P1,
        P2,
        '© Stadtblatt Medien GmbH 2025 | Impressum',
      ),
      'Stadtblatt Online',
    ],
    [
      'an agency on its own page',
      page(
        'AP | World | Business',
        'Bridge to open in spring',
        `BOSTON (AP) – ${EN1}`,
        EN1,
        '© 2025 AP. All rights reserved',
      ),
      'AP',
    ],
    ['not an agency dateline alone', page('Bridge to open in spring', `BOSTON (AP) – ${EN1}`, EN1), null],
  ])('publisher: %s', (_label, text, publisher) => {
    expect(extractMetadata(text).publisher).toBe(publisher);
  });
});
