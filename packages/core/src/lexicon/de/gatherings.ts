/**
 * Word beginnings of protests and gatherings ("demonstrierten", "Kundgebung", "versammelten sich"),
 * lower-case: people counted in such a sentence are its participants, however the count names them.
 */
export const GATHERING_STEMS: readonly string[] = [
  'demonstr',
  'protest',
  'kundgebung',
  'versammel',
  'teilgenommen',
  'mahnwache',
  'menschenkette',
  'marschiert',
  'streikend',
];
