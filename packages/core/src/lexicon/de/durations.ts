/**
 * Verbs that state how long something takes or lasts ("brauche 35 Minuten", "soll zwölf Monate laufen",
 * "dauerte drei Stunden"), as word beginnings, lower-case: with one of them a duration is a figure.
 */
export const DURATION_VERB_STEMS: readonly string[] = [
  'brauch',
  'bräucht',
  'benötig',
  'dauer',
  'lauf',
  'läuft',
  'lief',
  'beträgt',
  'betrug',
  'betragen',
  'währt',
];

/**
 * Words before a duration that make it a time adverbial, not a stated length ("seit 20 Jahren",
 * "vor zwei Wochen", "in drei Jahren", "alle zwei Tage"), lower-case.
 */
export const DURATION_PREPOSITIONS: readonly string[] = [
  'seit',
  'vor',
  'in',
  'nach',
  'für',
  'binnen',
  'innerhalb',
  'ab',
  'bis',
  'um',
  'von',
  'zu',
  'alle',
  'jede',
  'jeden',
  'während',
  'im',
  'am',
];

/** Words after a duration that make it a point in time ("zwei Jahre später", "drei Tage zuvor"), lower-case. */
export const DURATION_RELATIVE_AFTER: readonly string[] = [
  'später',
  'zuvor',
  'danach',
  'vorher',
  'früher',
  'her',
  'nach',
  'vor',
  'lang',
  'alt',
  'alte',
  'alten',
  'alter',
  'altes',
  'zurück',
];

/**
 * Comparatives that make "als" before a duration an age ("älter als 55 Jahre", "jünger als 30 Jahre"),
 * lower-case: such a number compares ages, it states no length.
 */
export const DURATION_AGE_COMPARATIVES: readonly string[] = ['älter', 'jünger'];

/**
 * Words right before a duration that make it a window of time ("in den vergangenen 24 Stunden", "in den
 * kommenden zwei Wochen"), lower-case: the window anchors what is counted in it, it is no figure.
 */
export const DURATION_WINDOW_WORDS: readonly string[] = [
  'vergangenen',
  'letzten',
  'kommenden',
  'nächsten',
  'ersten',
];

/**
 * Nouns of a penalty right after a duration ("sechs Jahre Haft", "zwei Jahre Freiheitsstrafe auf
 * Bewährung"), lower-case: such a duration is the sentence a court gave or a prosecutor demanded, a figure.
 */
export const DURATION_PENALTY_NOUNS: readonly string[] = [
  'haft',
  'gefängnis',
  'freiheitsstrafe',
  'freiheitsentzug',
  'jugendstrafe',
  'jugendhaft',
  'bewährung',
  'bewährungsstrafe',
  'sicherungsverwahrung',
  'zuchthaus',
  'straflager',
  'lagerhaft',
  'fahrverbot',
  'berufsverbot',
  'sperre',
];

/**
 * Nouns of a span that a duration measures ("ein Zeitraum von 36 Stunden", "eine Laufzeit von zehn
 * Jahren"), lower-case: after "<noun> von" a duration is a figure.
 */
export const DURATION_SPAN_NOUNS: readonly string[] = [
  'zeitraum',
  'zeitspanne',
  'spanne',
  'dauer',
  'laufzeit',
  'frist',
  'amtszeit',
  'wartezeit',
  'fahrzeit',
  'reisezeit',
  'bauzeit',
  'haftstrafe',
  'freiheitsstrafe',
  'strafe',
  'sperre',
  'wettkampfsperre',
  'spielsperre',
  'sperrfrist',
  'probezeit',
  'kündigungsfrist',
  'lieferzeit',
  'bearbeitungszeit',
  'verzögerung',
  'verspätung',
];
