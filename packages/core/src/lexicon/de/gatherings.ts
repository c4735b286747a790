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

/** Subjects of a count of people that, at a gathering, count its participants ("1.200 Streikende"). */
export const GATHERING_PEOPLE: readonly string[] = [
  'Menschen',
  'Personen',
  'Leute',
  'Streikende',
  'Demonstranten',
  'Demonstrierende',
  'Protestierende',
];
