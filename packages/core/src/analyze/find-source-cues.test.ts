import { describe, expect, it } from 'vitest';
import { findSources } from './extract-sources.js';
import { findEnglishSources } from './find-english-sources.js';
import { findNamedOrgSources } from './find-named-org-sources.js';
import { findOfficeSources } from './find-office-sources.js';
import { findSourceCues, SOURCE_CUE } from './find-source-cues.js';

describe('findSourceCues', () => {
  it.each([
    // "dienst" names a service and ends an organisation head
    ['Der Wetterdienst Nordwind warnte vor Sturm.', SOURCE_CUE.service | SOURCE_CUE.organisation],
    ['Prices rose, according to Eurostat figures.', SOURCE_CUE.accordingTo],
    ['Forschende des Polaren Instituts messen seit Jahren.', SOURCE_CUE.experts],
    ['The study was published in the journal Cell.', SOURCE_CUE.published],
    ['Consultancy Brightline counted 40 sites.', SOURCE_CUE.descriptor],
    ['Laut dem Landesamt für Forsten brannten 3 Hektar.', SOURCE_CUE.office | SOURCE_CUE.laut],
    ['Die Bürgerstiftung Lesezeit meldete 12 Prozent mehr Leser.', SOURCE_CUE.organisation],
    // a bare head that stands before a name on its own ("Stiftung X", "Labor X") is a cue too
    ['Die Stiftung Lesezeit meldete 12 Prozent mehr Leser.', SOURCE_CUE.organisation],
    // the other heads are cues only in lower case, inside a compound
    ['Der Dienst Lesezeit meldete 12 Prozent mehr Leser.', 0],
    // overlapping and nested literals: each one counts
    ['Das Landesamtsystem fiel aus.', SOURCE_CUE.office | SOURCE_CUE.organisation],
    ['Der Nachrichtendienstverband tagte.', SOURCE_CUE.service | SOURCE_CUE.organisation],
    ['Die Ernte fiel in diesem Jahr gut aus.', 0],
    // a German document noun; "berichtete" is a verb, not the noun "Bericht"
    ['Eine Studie der Universität Nordheim zeigt das.', SOURCE_CUE.document],
    ['Im Jahresbericht des Vereins steht das.', SOURCE_CUE.document | SOURCE_CUE.association],
    ['Die Zeitung berichtete am Montag darüber.', 0],
    // a literal at the very start or end of the text, and texts too short for any literal
    ['amt', SOURCE_CUE.office],
    ['Zentrum', 0],
    ['Er sprach mit dem Fundamt', SOURCE_CUE.office],
    ['Experten', SOURCE_CUE.experts],
    ['am', 0],
    ['', 0],
    // a literal whose first three letters start a more common word ("die", "ver") is still found
    ['Die Kollegen vom Pannendienst kamen spät.', SOURCE_CUE.service | SOURCE_CUE.organisation],
    ['Der Sportverband verlor vier Vereine.', SOURCE_CUE.organisation | SOURCE_CUE.association],
  ])('%s', (sentence, bits) => {
    expect(findSourceCues(sentence)).toBe(bits);
  });

  // a sentence a finder finds something in has that finder's cue: skipping by the cue loses nothing
  it.each([
    ['Nach Angaben des Statistischen Landesamts stieg die Zahl um 3 Prozent.'],
    ['Nach Angaben des staatlichen Wetterdienstes Nordlicht fielen 40 Zentimeter Schnee.'],
    ['Data provider Fieldstone counted 12 closures, according to Harbor data.'],
    ['The results were published in the New England Journal of Medicine.'],
    ['Meteorologen des Nationalen Observatoriums erwarten Regen.'],
    ['Der norwegische Geheimdienst meldete einen Angriff auf ein Stromnetz.'],
  ])('finds with the cues what it finds without them: %s', (sentence) => {
    const cues = findSourceCues(sentence);
    expect(findSources(sentence, cues)).toEqual(findSources(sentence));
    expect(findOfficeSources(sentence, cues)).toEqual(findOfficeSources(sentence));
    expect(findEnglishSources(sentence, cues)).toEqual(findEnglishSources(sentence));
    expect(findNamedOrgSources(sentence, cues)).toEqual(findNamedOrgSources(sentence));
    const all = [
      findSources(sentence),
      findOfficeSources(sentence),
      findEnglishSources(sentence),
      findNamedOrgSources(sentence),
    ];
    expect(all.flat().length).toBeGreaterThan(0);
  });
});
