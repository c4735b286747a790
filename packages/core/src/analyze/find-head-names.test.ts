import { describe, expect, it } from 'vitest';
import { execAll } from '../text/exec-all.js';
import { findHeadNames, HEAD_ENDINGS, HEAD_NAME } from './find-head-names.js';

const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

describe('findHeadNames', () => {
  // the same matches as the regex tried at every position, and at least one where a name follows a head
  it.each([
    ['Die Tageszeitung Nordblick meldete es.', 1],
    ['Laut der US-Denkfabrik Atlantic Ridge ist das so.', 1],
    ['Ein Satz ohne alles, dann die Meinungsforschungsinstitut-Umfrage und das Blatt „Nordlicht“.', 1],
    ['Die Think   tank Harbor Group und der Think-tank Sea View sowie der Thinktank Bay Lab.', 3],
    ['Der Sender  Radio Süd, die Zeitung»Kurier«, die Zeitung »Abendpost« und das Portal 12 Uhr.', 2],
    ['Zeitung Anzeiger (ZA) sowie Staats-Zeitung Morgen, 7-Zeitung Abend und ZEITUNG Nord.', 3],
    ['Die Zeitung „zu lang ohne Ende und die Agentur Wortmann berichtet.', 1],
    ['Zeitungen Nordblick, Zeitung. Magazin', 0],
    ['𝔸Zeitung Nordblick und 𝔸-Zeitung Südblick', 2],
    ['Hier steht nichts dergleichen.', 0],
    ['Bei wachsender Sorge meldete die Zeitung Nordblick, der Sender sendet, die Agentur AXP (AXP) auch.', 3],
    ['Die Zeitung „Abend“Zeitung Morgen und die Zeitung »Mittag«-Zeitung Nacht', 4],
  ])('%j', (sentence, count) => {
    const got = findHeadNames(sentence);
    expect(shape(got)).toEqual(shape(execAll(HEAD_NAME, sentence)));
    expect(got.length).toBe(count);
    // the same from the ends a scan has found: white space after a head's ending
    const ends = Array.from({ length: sentence.length }, (_, p) => p).filter(
      (p) => /\s/u.test(sentence[p] as string) && HEAD_ENDINGS.some((e) => sentence.endsWith(e, p)),
    );
    expect(shape(findHeadNames(sentence, ends))).toEqual(shape(got));
  });
});
