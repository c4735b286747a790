import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceBoundaries, splitSentences, toSentences } from './split-sentences.js';

describe('splitSentences', () => {
  it.each([
    ['Am 3. Mai kam der Zug an. Dann fuhr er weiter.', ['Am 3. Mai kam der Zug an.', 'Dann fuhr er weiter.']],
    ['Die Messe beginnt am 12. September in Köln.', ['Die Messe beginnt am 12. September in Köln.']],
    [
      'Sie wurde zum 5. Mal Meisterin. Das Publikum jubelte.',
      ['Sie wurde zum 5. Mal Meisterin.', 'Das Publikum jubelte.'],
    ],
    [
      'Dr. Lena Hof leitet das Amt seit 2019. Davor war sie in Bonn.',
      ['Dr. Lena Hof leitet das Amt seit 2019.', 'Davor war sie in Bonn.'],
    ],
    [
      'Die Hausnummer ist Nr. 7 in der Hauptstr. Ecke Markt.',
      ['Die Hausnummer ist Nr. 7 in der Hauptstr. Ecke Markt.'],
    ],
    [
      'Es gibt Obst, z. B. Äpfel und Birnen, u. a. aus Tirol.',
      ['Es gibt Obst, z. B. Äpfel und Birnen, u. a. aus Tirol.'],
    ],
    ['Der Preis stieg bzw. fiel um ca. zehn Euro.', ['Der Preis stieg bzw. fiel um ca. zehn Euro.']],
    ['Die Kirche St. Anna steht in der Altstadt.', ['Die Kirche St. Anna steht in der Altstadt.']],
    ['Laut J. R. Miller ist das falsch. Er irrt.', ['Laut J. R. Miller ist das falsch.', 'Er irrt.']],
    [
      '„Wir sind bereit. Das Team ist fit“, sagte der Trainer.',
      ['„Wir sind bereit. Das Team ist fit“, sagte der Trainer.'],
    ],
    ['»Es regnet. Bleib drin«, rief sie. Er blieb.', ['»Es regnet. Bleib drin«, rief sie.', 'Er blieb.']],
    [
      'Er sagte: "Das Werk schließt. Alle gehen." Die Gewerkschaft protestierte.',
      ['Er sagte: "Das Werk schließt. Alle gehen."', 'Die Gewerkschaft protestierte.'],
    ],
    [
      'Der Vorstand schwieg. „Kein Kommentar“, hieß es.',
      ['Der Vorstand schwieg.', '„Kein Kommentar“, hieß es.'],
    ],
    [
      'Sie zögerte … Dann unterschrieb sie den Vertrag.',
      ['Sie zögerte … Dann unterschrieb sie den Vertrag.'],
    ],
    ['Wer zahlt? Die Stadt! Das steht fest.', ['Wer zahlt?', 'Die Stadt!', 'Das steht fest.']],
    ['Die Firma wuchs 2021. 2022 kam die Krise.', ['Die Firma wuchs 2021.', '2022 kam die Krise.']],
    [
      'Er verkaufte Äpfel, Birnen usw. Danach schloss er.',
      ['Er verkaufte Äpfel, Birnen usw.', 'Danach schloss er.'],
    ],
    ['Zwischenüberschrift\nDer Text geht weiter.', ['Zwischenüberschrift', 'Der Text geht weiter.']],
    ['', []],
  ])('%s', (text, expected) => expect(splitSentences(text)).toEqual(expected));
});

describe('toSentences', () => {
  it('numbers sentences across paragraphs and keeps the paragraph index', () => {
    expect(toSentences(['Eins. Zwei.', 'Drei.'])).toEqual([
      { text: 'Eins.', paragraph: 0, index: 0 },
      { text: 'Zwei.', paragraph: 0, index: 1 },
      { text: 'Drei.', paragraph: 1, index: 2 },
    ]);
  });
});

describe('sentenceBoundaries', () => {
  // the regex the hand-written scan stands for: each match's start, the ends of its punctuation, of its
  // closing marks and of its white space
  const BOUNDARY = /(\.{3}|…|[.!?]+)(["“”»«’')\]]*)(\s+)(?=[\p{Lu}\p{N}„"»«(‚‘“])/gu;
  const byRegex = (text: string) =>
    [...text.matchAll(BOUNDARY)].map((m) => {
      const punct = m.index + m[1]!.length;
      const closers = punct + m[2]!.length;
      return [m.index, punct, closers, closers + m[3]!.length];
    });

  it.each([
    'Er kam.  Sie ging.',
    'Wirklich?!“ Ja.',
    'Warte... Dann kam er.',
    'Warte.... Dann kam er.',
    'Warte...! Dann kam er.',
    'Warte …“ Dann kam er.',
    'Warte…. Dann kam er.',
    'Warte…! Dann kam er.',
    'Am Ende. 𝐀lpha begann.',
    'Am Ende. \uD835 lone. \uDC00 x',
    'Er sagte (leise). (Dann) ging er.',
    'Es war 3. Oktober. 5 Leute kamen.\u00a0Ende.\u2003„Ja“',
    'Kein Ende hier',
    '',
  ])('%j', (text) => expect(sentenceBoundaries(text)).toEqual(byRegex(text)));

  it('on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom('.', '...', '…', '!', '?', ' ', '  ', '\u00a0', '“', '»', ')', "'", '’', '„', '('),
      fc.constantFrom('Der', 'zug', '3', 'Ä', 'é', '𝐀', '𝐚', '\uD835', '\uDC00', '\n', 'Σ'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(sentenceBoundaries(text)).toEqual(byRegex(text));
      }),
      { numRuns: 500 },
    );
  });
});
