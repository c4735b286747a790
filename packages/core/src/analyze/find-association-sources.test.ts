import { describe, expect, it } from 'vitest';
import { findAssociationSources } from './find-association-sources.js';

const names = (s: string) => findAssociationSources(s).map((f) => f.name);

describe('findAssociationSources', () => {
  it.each([
    [
      'an abbreviation compound in a report cue',
      'Nach einem Bericht des VdK-Landesverbands warten 3.000 Familien auf einen Platz.',
      ['VdK-Landesverband'],
    ],
    [
      'an association named after its members, in the genitive',
      'Nach Angaben des Bundes der Energieverbraucher stiegen die Preise um zwölf Prozent.',
      ['Bund der Energieverbraucher'],
    ],
    [
      'an adjective before the members',
      'Laut dem Verband der Chemischen Industrie sinkt die Produktion.',
      ['Verband der Chemischen Industrie'],
    ],
    ['an association that is only named, not cited', 'Sie trat 2019 dem Bund der Vertriebenen bei.', []],
    [
      'an association compound after an adjective, as the subject',
      'Der Deutsche Imkerbund warnte vor einem Bienensterben im Frühjahr.',
      ['Deutscher Imkerbund'],
    ],
    [
      'an association compound in the genitive after a spokesman',
      'Die Ernte falle schwach aus, sagte ein Sprecher des Obstbauernverbands.',
      ['Obstbauernverband'],
    ],
    [
      'approval is a statement too',
      'Der Landesfischereiverband begrüßte den Umbau der Wehre.',
      ['Landesfischereiverband'],
    ],
    [
      'a place in the nominative ends the name',
      'Der Mieterverein Nürnberg kritisierte die Nebenkosten.',
      ['Mieterverein Nürnberg'],
    ],
    [
      'an abbreviation ends the name',
      'Wie der Sozialverband ABX mitteilte, stieg die Zahl der Anträge.',
      ['Sozialverband ABX'],
    ],
    ['"Verbund" is no association', 'Der Verbund teilte mit, die Züge führen wieder.', []],
    ['no association at all', 'Nach Angaben der Polizei wurde niemand verletzt.', []],
  ])('%s', (_n, sentence, want) => expect(names(sentence)).toEqual(want));
});
