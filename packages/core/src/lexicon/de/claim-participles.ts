/**
 * Past participles of verbs of criticising, warning and conceding that report a claim like "berichtet" does
 * ("Der Rechnungshof hatte … kritisiert, dass die Kosten um 30 Prozent gestiegen seien"), lower-case: the
 * subject before "hatte/hat" is the figure's claimant.
 */
export const CLAIM_PARTICIPLES: readonly string[] = [
  'kritisiert',
  'bemängelt',
  'moniert',
  'beklagt',
  'beanstandet',
  'eingeräumt',
  'unterstrichen',
  'hervorgehoben',
  'festgestellt',
  'gefordert',
  'verlangt',
  'eingeschätzt',
  'kalkuliert',
  'veranschlagt',
  'vorgerechnet',
  // findings of a test or a count: "Das Labor hatte Nitrat nachgewiesen"
  'nachgewiesen',
  'gemessen',
  'ermittelt',
  'gezählt',
  'registriert',
  'gefunden',
  'entdeckt',
];
