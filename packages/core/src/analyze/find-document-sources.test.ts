import { describe, expect, it } from 'vitest';
import { findDocumentSources } from './find-document-sources.js';
import { findSourceCues } from './find-source-cues.js';

const names = (s: string) => findDocumentSources(s).map((f) => [f.name, f.fullName ?? null]);

describe('findDocumentSources', () => {
  it.each([
    [
      'Das geht aus einer Studie der Universitätsmedizin Rostock hervor, die erschienen ist.',
      [['Universitätsmedizin Rostock', null]],
    ],
    ['Laut einer Umfrage der Universität Kiel im Mai sind es mehr.', [['Universität Kiel', null]]],
    ['Eine Analyse der Bertelsmann Stiftung zeigt das.', [['Bertelsmann Stiftung', null]]],
    [
      'Ein Bericht der Deutschen Gesellschaft für das Vermessungswesen (DGV) kommt zum Schluss.',
      [['DGV', 'Deutsche Gesellschaft für das Vermessungswesen']],
    ],
    [
      'Waiting lists grew, according to a report released Wednesday by the province’s Office of the Health Ombudsman.',
      [['Office of the Health Ombudsman', null]],
    ],
    ['A study by the Harlow Foundation found that.', [['Harlow Foundation', null]]],
    ['Nach Schätzungen der Hans-Meier-Stiftung sind 40 Prozent betroffen.', [['Hans-Meier-Stiftung', null]]],
    ['Forscher der Universität Kiel haben das untersucht.', [['Universität Kiel', null]]],
    [
      'Wissenschaftler vom Deutschen Zentrum für Küstenforschung warnen.',
      [['Deutsches Zentrum für Küstenforschung', null]],
    ],
    [
      'Researchers at the University of Halden found that 40 percent were affected.',
      [['University of Halden', null]],
    ],
    ['Data from Statistics Norway showed a fall of 3 percent.', [['Statistics Norway', null]]],
    [
      'Laut der Deutschen Gesellschaft für Bodenkunde sind 30 Prozent der Flächen verdichtet.',
      [['Deutsche Gesellschaft für Bodenkunde', null]],
    ],
    ['Prices rose 4 percent, according to the Harlow Consumer Council.', [['Harlow Consumer Council', null]]],
  ])('%s', (sentence, want) => {
    expect(names(sentence)).toEqual(want);
  });

  it.each([
    ['a person after the document noun', 'Laut einer Studie der Forscherin Anna Berg sind es mehr.'],
    ['a bare institution', 'Laut einer Studie der Universität sind es mehr.'],
    ['an English person', 'A report by Tom Smith said so.'],
    ['no document', 'Die Universität Kiel hat einen neuen Rektor.'],
    ['figures of a body that is no research body', 'Nach Angaben der Polizei Hamburg gab es drei Verletzte.'],
    ['English researchers at an unnamed body', 'Researchers at the bank expect growth.'],
    ['a person after "laut"', 'Laut der Ministerin Anna Berg ist das falsch.'],
    ['a person after "according to"', 'Prices rose, according to Tom Hale.'],
  ])('none for %s', (_label, sentence) => {
    expect(findDocumentSources(sentence)).toEqual([]);
  });
});

describe('findDocumentSources with the sentence cues', () => {
  it.each([
    ['Das geht aus einer Studie der Universitätsmedizin Rostock hervor.', 'de'],
    ['Nach Schätzungen der Hans-Meier-Stiftung sind 40 Prozent betroffen.', 'de'],
    ['Researchers at the University of Halden found that 40 percent were affected.', 'en'],
    ['Data from Statistics Norway showed a fall of 3 percent.', 'en'],
  ])('finds with the cues and language what it finds without them: %s', (sentence, lang) => {
    const found = findDocumentSources(sentence);
    expect(found.length).toBe(1);
    expect(findDocumentSources(sentence, findSourceCues(sentence), lang)).toEqual(found);
  });
});
