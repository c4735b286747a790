/**
 * Nouns that stand as the object after a verb of announcing ("kündigte Revision an", "kündigte Widerstand
 * an", "forderte Konsequenzen"): what is announced, never who announces it.
 */
export const ANNOUNCED_OBJECTS: readonly string[] = [
  'Berufung',
  'Revision',
  'Widerspruch',
  'Einspruch',
  'Klage',
  'Beschwerde',
  'Rechtsmittel',
  'Konsequenzen',
  'Widerstand',
  'Protest',
  'Proteste',
  'Schritte',
  'Maßnahmen',
  'Gespräche',
  'Prüfung',
  'Aufklärung',
  'Unterstützung',
  'Hilfe',
];
