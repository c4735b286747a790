/**
 * Capitalised words that are not part of a person's name, lower-case: sentence-initial function
 * words, pronouns, places, organisations and frequent nouns of news prose.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einer einem eines einen er sie es wir ihr ich du man
  auch doch als bei nach im in am an auf aus für mit von vom zum zur zu über unter vor seit bis
  und oder aber denn sondern nicht kein keine noch nur schon so wie wenn weil dass ob da dort hier
  dies diese dieser dieses jene jener alle viele einige mehrere beide andere weitere erst zuletzt
  laut gegen ohne um durch trotz während wegen zwischen nun dann jetzt heute gestern morgen
  insgesamt zudem außerdem ebenfalls bislang bisher unterdessen derweil indes inzwischen zunächst
  mehr weniger sein seine seinem seiner ihre ihren ihrem ihrer seinen unser unsere unseren euer jeder jede jedes letzte
  letzten letzter nächste nächsten vergangene vergangenen kommende kommenden ab wer was wo wann
  warum wie weshalb herr frau dr prof mehr bitte hinweis lesen sehen foto bild quelle quellen
  update artikel video kommentar kommentare teilen deutsche deutschen deutscher europäische
  europäischen vereinte vereinten internationale internationalen nationale nationalen
  allgemeine freie grüne grünen linke soziale neue neuen
  gegenüber neben hinter innerhalb außerhalb angesichts aufgrund dank statt anstatt seitens jenseits zufolge
  stimmen sitze mandate`
    .split(/\s+/)
    .filter(Boolean),
);

/** Countries, regions and cities often named in the news, lower-case (not people). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `deutschland österreich schweiz frankreich italien spanien portugal polen tschechien ungarn
  rumänien bulgarien griechenland türkei russland ukraine belarus weißrussland litauen lettland
  estland finnland schweden norwegen dänemark island irland großbritannien england schottland
  niederlande belgien luxemburg usa amerika kanada mexiko brasilien argentinien chile kolumbien
  venezuela kuba china japan korea südkorea nordkorea taiwan indien pakistan afghanistan iran irak
  syrien israel palästina gaza libanon jordanien saudi-arabien ägypten libyen tunesien marokko
  algerien nigeria kenia äthiopien südafrika australien neuseeland indonesien vietnam thailand
  philippinen europa asien afrika ozeanien nahost westen osten norden süden
  berlin wien bern zürich paris london rom madrid warschau prag budapest moskau kiew kyjiw
  peking tokio seoul pjöngjang washington brüssel genf new york teheran bagdad damaskus jerusalem
  ankara istanbul minsk wladiwostok kursk charkiw odessa donezk luhansk krim stockholm oslo
  helsinki kopenhagen amsterdam den haag hamburg münchen köln frankfurt stuttgart düsseldorf
  dresden leipzig hannover bremen nürnberg bundestag bundesrat bundesregierung
  kreml pentagon weißes haus bayern sachsen hessen thüringen brandenburg niedersachsen
  nordrhein-westfalen baden-württemberg rheinland-pfalz saarland schleswig-holstein
  mecklenburg-vorpommern sachsen-anhalt tirol kärnten steiermark salzburg vorarlberg
  burgenland niederösterreich oberösterreich kalifornien texas florida`
    .split(/\s+/)
    .filter(Boolean),
);

/** Endings of German common nouns that names (almost) never have. */
export const NOUN_ENDINGS: readonly string[] = [
  'ung',
  'ungen',
  'heit',
  'keit',
  'schaft',
  'tion',
  'tionen',
  'ismus',
  'tät',
  'ium',
  'nisse',
  'ierung',
  'sches',
  'ische',
  'ischen',
  'ischer',
  'krieg',
  'kriege',
  'länder',
  'staat',
  'staaten',
  'truppen',
  'soldaten',
  'waffen',
  'gruppe',
  'programm',
  'abkommen',
  'system',
  'politik',
  'bericht',
  'berichte',
  'zeit',
  'stadt',
  'region',
  'gebiet',
  'front',
  'markt',
  'preis',
  'preise',
  'wetter',
  'woche',
  'jahr',
  'jahre',
  'tag',
  'tage',
  'ziel',
  'ziele',
  // time spans, sentences and measures: "zu vier Jahren Haft verurteilt"
  'jahren',
  'monaten',
  'wochen',
  'tagen',
  'stunden',
  'minuten',
  'haft',
  'strafe',
  'prozent',
  'euro',
  'millionen',
  'milliarden',
  // words of company names: "Brenner Technik", "Nord Logistik", "Weber Holding"
  'technik',
  'logistik',
  'holding',
  'group',
  'gruppe',
  'werke',
  'energie',
  'medien',
  'systeme',
  'systems',
  'solutions',
  'bau',
  'versicherung',
  'immobilien',
];

/** Demonyms and inhabitant nouns ("Russen", "Franzosen", "Kanadier") are recognised by these endings. */
export const DEMONYM_ENDINGS: readonly string[] = ['aner', 'anerin', 'anern', 'ländern', 'länder'];

/** Words that make a preceding name a company ("Brenner Technik", "Nord Logistik AG"), lower-case. */
export const COMPANY_WORDS: ReadonlySet<string> = new Set(
  'technik logistik holding group gruppe werke energie medien systeme systems solutions bau versicherung immobilien ag se gmbh kg'.split(
    ' ',
  ),
);
