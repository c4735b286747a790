import { describe, expect, it } from 'vitest';
import { findNamedOrgSources } from './find-named-org-sources.js';

describe('findNamedOrgSources', () => {
  it.each([
    ['Nach Angaben des norwegischen Wetterdienstes Meteonord fällt kaum Regen.', 'Meteonord'],
    ['Am Montag sagt der Wetterdienst Meteonord erneut Sturm voraus.', 'Meteonord'],
    ['Nach Daten des Alpinen Lawineninformationssystems ALIS ist die Gefahr groß.', 'ALIS'],
    ['Eine Umfrage des Meinungsinstituts polis.zh hatte 48 Prozent Zustimmung ergeben.', 'polis.zh'],
    ['Die Stiftung Kinderlachen kritisierte, dass jedes fünfte Kind kaum schwimmt.', 'Stiftung Kinderlachen'],
    ['Das Labor Vitrana teilte mit, es seien 12 Keime gefunden worden.', 'Vitrana'],
    ['Wie das Prüflabor Vitrana mitteilte, seien 12 Keime gefunden worden.', 'Vitrana'],
    [
      'Nach Angaben der Steuer- und Rechtsberatungsgesellschaft KPX stiegen die Honorare um 8 Prozent.',
      'KPX',
    ],
    [
      'Die Verbraucherzentrale Thüringen warnte vor falschen Inkasso-Briefen.',
      'Verbraucherzentrale Thüringen',
    ],
  ])('%s → %s', (sentence, name) => {
    expect(findNamedOrgSources(sentence).map((s) => s.name)).toEqual([name]);
  });

  it.each([
    ['Nach Angaben des Wetterdienstes Norwegens fällt kaum Regen.'],
    ['Der Wetterdienst erwartet am Montag Sturm.'],
    ['Nach Angaben von Pia Lund fällt kaum Regen.'],
    ['Das Institut lud zu einer Feier ein.'],
  ])('no named organisation in %s', (sentence) => {
    expect(findNamedOrgSources(sentence)).toEqual([]);
  });
});
