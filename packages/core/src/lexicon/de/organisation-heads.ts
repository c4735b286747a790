/**
 * Endings of German nouns that name an organisation and may stand before its proper name in apposition
 * ("der Wetterdienst Meteonord", "des Informationssystems ABC", "der Bauernverband Agrovia"). Offices
 * ("…amt", "…zentrum", "…behörde", "…anstalt") are read by findOfficeSources and left out here; "rat" and
 * "bund" are left out because they end roles and common words ("Stadtrat X", "Verbund").
 */
export const ORGANISATION_HEAD_ENDINGS: readonly string[] = [
  'dienst',
  'system',
  'agentur',
  'verband',
  'institut',
  'gesellschaft',
  'organisation',
  'observatorium',
  'stiftung',
  'netzwerk',
  'programm',
  // "Prüflabor X"; "Verbraucherzentrale Hessen", "Wettbewerbszentrale"
  'labor',
  'zentrale',
];

/**
 * Organisation nouns that stand before a proper name on their own, uncompounded ("das Labor Vitrana"):
 * matched as written, with a capital.
 */
export const ORGANISATION_BARE_HEADS: readonly string[] = ['Labor', 'Stiftung'];

/** Bare heads that are part of the proper name after them ("Stiftung Lesen" is the foundation's name). */
export const ORGANISATION_NAME_HEADS: readonly string[] = ['Stiftung'];
