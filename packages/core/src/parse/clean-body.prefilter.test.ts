import { describe, expect, it } from 'vitest';
import { classifyText } from './clean-body.js';

// The cleaner builds its prefilter only after some hundred lines; before that every regex is tried on
// every line. This file runs alone (vitest isolates files): the verdicts are taken before the prefilter
// exists, then again after enough lines went by, and must not change.
const PROSE =
  'Der Gemeinderat hat am Dienstag nach einer langen Debatte den neuen Haushalt für das Hallenbad beschlossen.';
const PROSE2 =
  'Die Arbeiten sollen im Frühjahr beginnen und nach Angaben der Verwaltung etwa zwei Jahre dauern.';
const page = (...blocks: string[]) => blocks.join('\n\n');

const PAGES = [
  page('Kommentare (3)', 'Schreiben Sie einen Kommentar', 'leser_42 · vor 5 Minuten', PROSE),
  page(PROSE, PROSE2, 'Comments', 'Be the first to comment', 'Reply'),
  page(PROSE, 'Über den Autor', 'Lena Haupt ist Redakteurin im Ressort Lokales. Sie berichtet seit 2018.'),
  page('Ich bin Tom Weller und schreibe als Autor über Verkehr.', PROSE, PROSE2),
  page(PROSE, 'Jan Brandt ist Korrespondent für Osteuropa.\nEr lebt in Warschau.', PROSE2),
  page(PROSE, '–– Anzeige ––\nGünstige Reifen ab heute!\n–– Anzeige Ende ––', PROSE2),
  page(PROSE, '*** Advertisement ***', 'Cheap flights', '*** End of advertisement ***', PROSE2),
  page('Neue Brücke eröffnet', 'Die Brücke am Abend. Foto: Agentur/Max Roth', PROSE, PROSE2),
  page('Titel der Meldung', 'Von Marta Kessler mit Material von dpa und Reuters', PROSE, PROSE2),
  page('Titel', '(mit Material von AFP)', PROSE, PROSE2, 'Mit Informationen von Reuters'),
  page('Titel', 'Von Paul Ahrens', '12.03.2024, 14:30 Uhr', PROSE, PROSE2),
  page('By Claire Dunn', 'Published March 3, 2024', PROSE, PROSE2, 'Sign up for our briefing'),
];

const verdicts = () => PAGES.map((p) => classifyText(p).units.map((u) => u.drop));

describe('classifyText with and without its prefilter', () => {
  it('gives the same verdicts once the prefilter is built', () => {
    const before = verdicts();
    // enough lines for the prefilter to be built
    for (let k = 0; k < 40; k++)
      classifyText(page(PROSE, PROSE2, PROSE, PROSE2, PROSE, PROSE2, PROSE, PROSE2, PROSE, PROSE2));
    expect(verdicts()).toEqual(before);
    // the pages exercise the regexes the prefilter gates
    expect(before.flat()).toEqual(
      expect.arrayContaining(['comments', 'bio', 'ad', 'caption', 'byline', 'credit', 'date']),
    );
  });
});
