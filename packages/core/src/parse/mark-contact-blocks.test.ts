import { describe, expect, it } from 'vitest';
import { cleanBody } from './clean-body.js';
import { isContactHeading } from './mark-contact-blocks.js';

const P1 =
  'Die Stadtwerke haben am Morgen mit der Sanierung der alten Wasserleitung in der Innenstadt begonnen.';
const P2 =
  'Die Arbeiten sollen nach Angaben der Stadt bis zum Frühjahr dauern und rund drei Millionen Euro kosten.';
const P3 =
  'Anwohner müssen in dieser Zeit mit Umleitungen rechnen, teilte eine Sprecherin des Rathauses mit.';
const page = (...lines: string[]) => lines.join('\n\n');

describe('isContactHeading', () => {
  it.each([
    ['**Pressekontakt**', true],
    ['Medienkontakt:', true],
    ['Über uns', true],
    ['Über die Stadtwerke Nordhafen', true],
    ['Press contact', true],
    ['About Lakeside Bakeries Ltd', true],
    ['Notes to editors', true],
    ['Über Geld spricht man nicht', false],
    ['Über uns wird viel geredet, sagte sie.', false],
    ['Die Kontaktdaten stehen auf der Website', false],
  ])('%s -> %s', (line, yes) => expect(isContactHeading(line)).toBe(yes));
});

describe('cleanBody: a press release tail', () => {
  it.each([
    [
      'a contact block and an about paragraph',
      page(
        P1,
        P2,
        P3,
        '**Pressekontakt**\nStadt Nordhafen – Pressestelle\nMarktplatz 3, 12345 Nordhafen\nTelefon: 0123 456-78',
        '**Über die Stadtwerke Nordhafen**\nDie Stadtwerke versorgen rund 40.000 Haushalte und beschäftigen 300 Menschen.',
        '© 2026 Stadtportal · Impressum · Datenschutz',
      ),
      ['Marktplatz', 'Telefon', '40.000'],
    ],
    [
      'an English media contact',
      page(P1, P2, P3, 'Media contact:\nAnn Lee, +44 20 7946 0000, press@example.org'),
      ['Ann Lee'],
    ],
  ])('drops %s', (_label, text, gone) => {
    const body = cleanBody(text).paragraphs.join('\n');
    for (const g of gone) expect(body).not.toContain(g);
    expect(body).toContain('Umleitungen');
  });

  it('keeps a subheading that goes on with the report', () => {
    const more =
      'Am Abend war die Baustelle bereits abgesperrt, und die ersten Bagger standen auf der Straße.';
    const body = cleanBody(page(P1, P2, P3, 'Über Nacht', more)).paragraphs;
    expect(body.join('\n')).toContain('Bagger');
  });
});
