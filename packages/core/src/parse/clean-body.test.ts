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
      'an English bio with the author handle',
      page(
        'By Lucy Warren, Transport Correspondent',
        P1,
        P2,
        'Lucy Warren has covered the railways for the Courier since 2016. Follow her on Bluesky @lucyw.',
      ),
      ['since 2016', 'Bluesky'],
    ],
    [
      'a German bio that names the beat in its own sentence',
      page(P1, P2, 'Jonas Feld ist Redakteur in der Lokalredaktion und schreibt über Schulen und Verkehr.'),
      ['Lokalredaktion'],
    ],
    [
      'an English agency credit and syndication note',
      page(
        P1,
        P2,
        'Associated Press writer Mark Ellis in Leeds contributed to this report.',
        'This story has not been edited by Courier staff and is published from a syndicated feed.',
      ),
      ['Mark Ellis', 'syndicated'],
    ],
    [
      'agency footer under wire copy',
      page(
        P1,
        P2,
        'dpa-infocom, dpa:250312-99-118844/2',
        'Dieser Text wurde automatisch aus dem Nachrichtendienst übernommen und nicht redaktionell bearbeitet.',
      ),
      ['dpa-infocom', 'dpa:250312', 'Nachrichtendienst'],
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
    [
      'app prompts',
      page(
        P1,
        'Die Kreisbote-App: Alle Nachrichten aus dem Landkreis. Jetzt im App Store und bei Google Play laden.',
        P2,
        'Kreisbote jetzt auch als App – kostenlos für iOS und Android.',
      ),
      ['Kreisbote'],
    ],
    [
      'tip-off box and closed comments',
      page(
        P1,
        P2,
        'Sie haben einen Hinweis für uns? Schreiben Sie uns: hinweise@kreisbote.example',
        'Kommentare sind für diesen Artikel geschlossen.',
      ),
      ['Hinweis', 'Kommentare'],
    ],
    [
      'embedded post, video label and ticker insert',
      page(
        P1,
        '@StadtFeuerwehr auf X: Brand in Lagerhalle gelöscht, keine Verletzten. #Feuerwehr #Einsatz',
        'Zum Video: Die Löscharbeiten am Abend (2:05)',
        '+++ 18:30 Uhr +++ Die Straße ist wieder frei. +++',
        P2,
        '+++ Lesen Sie auch: Neues Löschfahrzeug für die Wache +++',
        '— Landkreis Nord (@landkreisnord) 3. März 2025',
      ),
      ['@', 'Löscharbeiten', 'Straße', 'Löschfahrzeug', 'Landkreis Nord'],
    ],
    [
      'English ad prompt and sign-up line',
      page(P1, 'Advertisement · Scroll to continue', P2, 'Sign up here for our weekly Markets newsletter.'),
      ['Advertisement', 'Sign up'],
    ],
    [
      'third-person bio that goes on with the beat',
      page(
        'Von Jana Weber',
        P1,
        P2,
        'Jana Weber ist Redakteurin im Sportressort und berichtet seit 2020 über Handball.',
      ),
      ['Redakteurin'],
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
    [page(P1, P2, '(mit Material von AFP und KNA)'), ['AFP', 'KNA'], 'Material'],
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

  it('drops the bio under "About the author" that says what its author covers', () => {
    const bio =
      'Mara Lindqvist covers shipping from Hamburg. She previously reported on energy for a trade weekly.';
    const text = page(P1, P2, 'About the author', bio, P3);
    const body = cleanBody(text).paragraphs.join('\n');
    expect(body).not.toContain('covers shipping');
    expect(body).toContain(P3);
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
      'a date and interviewer line',
      page('Montag, 2. März 2026 | Das Interview führte Jan Roth', P1, P2),
      ['Interview führte'],
    ],
    ['an interview credit line', page('Interview: Eva Lang', P1, P2), ['Eva Lang']],
    ['an English ad marker', page(P1, 'Advertisement - Story continues below', P2), ['continues below']],
    [
      'a German ad marker',
      page(P1, 'Anzeige – Artikel wird unter der Anzeige fortgesetzt', P2),
      ['fortgesetzt'],
    ],
    [
      'a cookie notice',
      page('Sie haben Cookies deaktiviert. Bitte aktivieren Sie Cookies.', P1, P2),
      ['Cookies'],
    ],
    ['an English newsletter box', page(P1, P2, 'Sign up for our weekly digest'), ['weekly digest']],
    ['an English staff credit', page(P1, P2, 'Reporting by Ann Lee; Editing by Tom Fox'), ['Reporting by']],
    [
      'an English metered paywall',
      page(P1, P2, 'You have read 2 of 4 free articles this month. Subscribe for 75 cents a week.'),
      ['free articles', '75 cents'],
    ],
    [
      'a slash photo credit',
      page(P1, 'Photo / Supplied: Divers search the harbour at dawn.', P2),
      ['Divers'],
    ],
    [
      'an open-article banner',
      page(P1, 'Sie lesen einen frei zugänglichen Artikel. Jetzt 14 Tage gratis testen', P2),
      ['frei zugänglichen', 'gratis'],
    ],
    [
      'a newsletter box',
      page(P1, 'Hafen kompakt: Jeden Montag das Wichtigste vom Kai. Jetzt kostenlos anmelden!', P2),
      ['Hafen kompakt'],
    ],
    [
      'a bio of an editor who heads a desk',
      page('Von Tilmann Grauwinkel', P1, P2, 'Tilmann Grauwinkel leitet die Lokalredaktion der Zeitung.'),
      ['leitet die Lokalredaktion'],
    ],
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

describe('cleanBody: consent walls, ads, paywall prompts, bios and comment sections', () => {
  const E1 = 'The city council approved the new harbour budget on Tuesday after a long and heated debate.';
  const E2 = 'Construction is expected to start in spring and to last about two years, officials said.';
  it.each([
    [
      'a German consent wall with heading and buttons',
      page(
        'Wir brauchen Ihre Zustimmung\nWir und unsere 64 Partner speichern Informationen auf Ihrem Gerät.\nAlles klar · Nur notwendige',
        P1,
        P2,
      ),
      ['Zustimmung', '64 Partner', 'Alles klar'],
    ],
    [
      'a consent wall asking to read with ads',
      page(
        'Lesen mit Werbung oder Pur\nUm kostenlos zu bleiben, benötigen wir Ihre Einwilligung für Werbung.\nAkzeptieren und weiter | Pur-Abo',
        P1,
        P2,
      ),
      ['Lesen mit Werbung', 'Einwilligung', 'Akzeptieren'],
    ],
    [
      'an English consent wall',
      page(
        'Privacy matters to us\nWe and our 120 vendors use cookies to personalise ads and content.\nAgree | Disagree | Show purposes',
        E1,
        E2,
      ),
      ['Privacy matters', '120 vendors', 'Show purposes'],
    ],
    [
      'a consent heading in a block of its own',
      page(
        'Ihre Privatsphäre zählt',
        'Wir und unsere Partner verwenden Cookies und Tracking.',
        'Einverstanden',
        P1,
        P2,
      ),
      ['Privatsphäre zählt', 'Partner'],
    ],
    ['a menu in columns', page('Stadt   Kreis   Sport   Leben', P1, P2), ['Stadt Kreis']],
    ['a menu with slashes', page('Stadt / Kreis / Sport / Leben', P1, P2), ['Stadt / Kreis']],
    [
      'a "you are here" breadcrumb',
      page('Sie befinden sich hier: Start / Lokales / Nordstadt', P1, P2),
      ['Sie befinden'],
    ],
    ['a "Name, Ort" byline', page('Hallenbad kommt', 'Karin Vogt, Kassel', P1, P2), ['Karin Vogt']],
    [
      'a "Name, Ort" byline beside a date line',
      page('Hallenbad kommt', P1, 'Ilka Strohm, Gotha\n12.05.2025, 10:00 Uhr', P2),
      ['Ilka Strohm'],
    ],
    [
      'a caption ending in a photo credit',
      page(P1, 'Die Baustelle am Stadtrand im Winter. Bild: Stadtblatt/Jens Ohm', P2),
      ['Baustelle am Stadtrand'],
    ],
    [
      'an English caption ending in a photo credit',
      page(E1, 'Cranes at the harbour on Monday. Photo: Reuters/Ann Lee', E2),
      ['Cranes at'],
    ],
    [
      'an ad block under its label',
      page(P1, 'Werbung\nNur heute: 30 Prozent Rabatt auf alle Fahrräder!', P2),
      ['Rabatt'],
    ],
    [
      'an English ad block',
      page(E1, 'Sponsored\nTry our bank account - 3% interest for a year.', E2),
      ['3%'],
    ],
    [
      'a login prompt with its buttons',
      page(P1, P2, 'Um weiterzulesen, melden Sie sich bitte an.\nNoch kein Konto? Jetzt registrieren'),
      ['weiterzulesen', 'Konto'],
    ],
    [
      'an English login prompt',
      page(E1, E2, 'Sign in to keep reading\nCreate a free account or log in to continue.'),
      ['Sign in', 'free account'],
    ],
    [
      'a bio in the third person',
      page(
        P1,
        P2,
        'Lutz Brenner ist Redakteur im Ressort Wirtschaft. Er berichtet seit 2012 über Handel und Häfen.',
      ),
      ['Lutz Brenner', '2012'],
    ],
    [
      'a bio of the byline author',
      page('Von Ina Falk', P1, P2, 'Ina Falk ist Korrespondentin der Zeitung in Madrid.'),
      ['Ina Falk'],
    ],
    [
      'a comment section',
      page(
        P1,
        P2,
        'Leserkommentare (2)\nKommentar verfassen',
        'Nordlicht77 · vor 3 Stunden\nDas Bad war schon immer zu klein, endlich passiert etwas.',
        '„Wer soll das bezahlen?“',
      ),
      ['Nordlicht77', 'zu klein', 'bezahlen'],
    ],
    [
      'an empty comment section',
      page(P1, P2, 'Noch keine Kommentare. Schreiben Sie den ersten!'),
      ['Noch keine'],
    ],
    [
      'a forum with postings',
      page(P1, P2, 'Forum', '7 Postings', 'Alpenfux vor 4 Stunden', 'Hätte man früher machen sollen.'),
      ['Postings', 'Alpenfux', 'früher machen'],
    ],
    [
      'an English comment section',
      page(E1, E2, 'Comments (4)', 'harbourfan · 2 hours ago', 'About time this was fixed.'),
      ['harbourfan', 'About time'],
    ],
  ])('drops %s', (_label, text, gone) => {
    const body = cleanBody(text).paragraphs.join('\n');
    for (const g of gone) expect(body).not.toContain(g);
    expect(body).toMatch(/Schwimmhalle|harbour budget/);
  });

  it.each([
    ['a label alone in its block before a paragraph', page(P1, 'Anzeige', P2, P3), [P2, P3]],
    [
      'a news sentence about a journalist',
      page(P1, 'Eva Roth ist Reporterin des Senders und wurde am Montag in Minsk festgenommen.', P2),
      ['Eva Roth ist Reporterin'],
    ],
    [
      'a share bar with a comment count in the middle of the article',
      page(P1, 'Kommentare (2)', P2, P3),
      [P2, P3],
    ],
    [
      'a sentence that mentions photographs',
      page(
        P1,
        'Die Ausstellung zeigt Bilder: Landschaften, Porträts und Stillleben aus drei Jahrzehnten.',
        P2,
      ),
      ['Landschaften, Porträts'],
    ],
    [
      'an article about consent rules',
      page(P1, 'Der Konzern braucht künftig die Einwilligung der Nutzer für personalisierte Werbung.', P2),
      ['Einwilligung der Nutzer'],
    ],
  ])('keeps the article beside %s', (_label, text, kept) => {
    const body = cleanBody(text).paragraphs.join('\n');
    for (const k of kept) expect(body).toContain(k);
  });
});

describe('cleanBody: ads framed by decorated markers', () => {
  it.each([
    [
      'dashes with an end marker',
      page(
        P1,
        '–– Anzeige ––\nSommerreifen jetzt zum halben Preis!\n\nGratis Montage bis Freitag.\n–– Anzeige Ende ––',
        P2,
      ),
      ['Sommerreifen', 'Montage', 'Anzeige'],
    ],
    [
      'arrows with the promo line after',
      page(P1, '>> WERBUNG <<\nBaumarkt Kellner: Jetzt Gartenmöbel sichern', P2),
      ['WERBUNG', 'Gartenmöbel'],
    ],
    ['brackets', page(P1, '[Anzeige]\nDer neue Tarif für Vielfahrer', P2), ['Anzeige', 'Vielfahrer']],
    [
      'em dashes and "Ende der Anzeige"',
      page(P1, '— Anzeige —', 'Kreuzfahrt buchen und sparen', 'Ende der Anzeige', P2),
      ['Anzeige', 'Kreuzfahrt'],
    ],
    [
      'English end marker',
      page(P1, '*** Advertisement ***', 'Cheap flights to Lisbon', '*** End of advertisement ***', P2),
      ['Advertisement', 'Lisbon'],
    ],
  ])('%s', (_name, text, gone) => {
    const body = cleanBody(text).paragraphs.join('\n');
    for (const p of [P1, P2]) expect(body).toContain(p);
    for (const g of gone) expect(body).not.toContain(g);
  });
});

describe('cleanBody: bylines with credits and "Ein Artikel von"', () => {
  it.each([
    ['Von Marta Kessler mit Material von dpa und Reuters', ['dpa', 'Reuters']],
    ['Ein Artikel von Jonas Wendt', []],
    ['Ein Beitrag von Greta Lindholm', []],
  ])('%s', (line, cited) => {
    const r = cleanBody(page('Titel der Meldung', line, P1, P2));
    expect(r.paragraphs.join('\n')).not.toContain(line);
    for (const c of cited) expect(r.citedSources.join(' ')).toMatch(new RegExp(c, 'i'));
  });
});

// the repeat check compares whole words; a line that only starts like a word of a later line stays
describe('cleanBody: a line repeated inside a later one', () => {
  const LONG =
    'Der Stadtrat will die Brücke über den Kanal bis zum Herbst sanieren lassen, sagte der Sprecher.';
  it.each([
    ['whole words inside a later line', 'die Brücke über den Kanal', true],
    ['at the start of a later line', 'Der Stadtrat will die Brücke', true],
    ['at the end of a later line', 'sanieren lassen, sagte der Sprecher', true],
    ['only part of a word', 'die Brücke über den Kan', false],
  ])('%s', (_label, line, dropped) => {
    const body = cleanBody(page(P1, line, P2, LONG, P3)).paragraphs;
    expect(body.includes(line)).toBe(!dropped);
    expect(body).toContain(LONG);
  });
});

// a long page finds repeats through an index of 4-grams instead of comparing every pair: same verdicts
describe('cleanBody: repeats on a long page', () => {
  const filler = Array.from(
    { length: 60 },
    (_, k) =>
      `Im Bezirk ${k + 1} prüft die Verwaltung seit Wochen die Anträge der Vereine auf neue Zuschüsse.`,
  );
  const LONG =
    'Der Stadtrat will die Brücke über den Kanal bis zum Herbst sanieren lassen, sagte der Sprecher.';
  it.each([
    ['whole words inside a later line', 'die Brücke über den Kanal', true],
    ['only part of a word', 'die Brücke über den Kan', false],
  ])('%s', (_label, line, dropped) => {
    const body = cleanBody(page(P1, line, ...filler, LONG, P3)).paragraphs;
    expect(body.includes(line)).toBe(!dropped);
    expect(body).toContain(LONG);
  });
});
