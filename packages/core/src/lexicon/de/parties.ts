/**
 * Party tags as they stand in brackets after a politician's name ("Landrat X (CDU)", "die Abgeordnete
 * Y (Grüne)"), lower-case: the tag is an attribute of the person, never a speaker or a cited source.
 * German, Austrian and Swiss parties, with the spellings of their short forms.
 */
export const PARTY_TAGS: ReadonlySet<string> = new Set([
  'cdu',
  'csu',
  'spd',
  'fdp',
  'afd',
  'grüne',
  'grünen',
  'linke',
  'bsw',
  'ödp',
  'fw',
  'npd',
  'piraten',
  'volt',
  'ssw',
  'parteilos',
  'parteilose',
  'parteiloser',
  // Austria
  'övp',
  'spö',
  'fpö',
  'neos',
  // Switzerland
  'svp',
  'sp',
  'glp',
  'evp',
  'mitte',
]);
