/**
 * German verbs that introduce speech, in the finite forms news prose uses (present, past,
 * Konjunktiv I/II, participle), lower-case. A separable particle ("teilte … mit", "fügte … hinzu")
 * is not needed to recognise the verb, so only the stem form is listed.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  // sagen
  'sagte',
  'sagten',
  'sagt',
  'sagen',
  'sage',
  'gesagt',
  // erklären
  'erklärte',
  'erklärten',
  'erklärt',
  'erklären',
  'erkläre',
  // betonen
  'betonte',
  'betonten',
  'betont',
  'betonen',
  // kritisieren
  'kritisierte',
  'kritisierten',
  'kritisiert',
  // fordern
  'forderte',
  'forderten',
  'fordert',
  'fordern',
  // warnen
  'warnte',
  'warnten',
  'warnt',
  'warnen',
  // behaupten
  'behauptete',
  'behaupteten',
  'behauptet',
  'behaupten',
  // bezeichnen
  'bezeichnete',
  'bezeichneten',
  'bezeichnet',
  // hinzufügen, mitteilen (separable: the particle comes later)
  'fügte',
  'fügten',
  'fügt',
  'teilte',
  'teilten',
  'teilt',
  'mitgeteilt',
  // berichten
  'berichtete',
  'berichteten',
  'berichtet',
  'berichten',
  // bestreiten, bestätigen, dementieren
  'bestritt',
  'bestritten',
  'bestreitet',
  'bestätigte',
  'bestätigten',
  'bestätigt',
  'dementierte',
  'dementierten',
  'dementiert',
  // others
  'kommentierte',
  'kommentiert',
  'meinte',
  'meint',
  'lobte',
  'lobt',
  'drohte',
  'droht',
  'schrieb',
  'schreibt',
  'verkündete',
  'verkündet',
  'unterstrich',
  'unterstreicht',
  'äußerte',
  'äußerten',
  'äußert',
  'sprach',
  'spricht',
  // the participle of the perfect and pluperfect ("hatte von einem «…» gesprochen")
  'gesprochen',
  // testimony in court ("Eine Zeugin hatte ausgesagt: «…»"; "sagte … aus" is "sagte")
  'ausgesagt',
  'mahnte',
  'mahnt',
  'versicherte',
  'versichert',
  'ergänzte',
  'ergänzt',
  'argumentierte',
  'argumentiert',
  'begründete',
  'begründet',
  'bemerkte',
  'bemerkt',
  'verwies',
  'verweist',
  'zitierte',
  'zitiert',
  'räumte',
  'kündigte',
  'kündigt',
  'beklagte',
  'beklagt',
  'bekräftigte',
  'bekräftigt',
  'appellierte',
  'verurteilte',
  'verurteilt',
  'nannte',
  'nennt',
  'antwortete',
  'erwiderte',
  'hieß',
  'heißt',
  'ausgeht',
  'ausgehen',
  'bedankte',
  'schätzte',
  'schätzt',
  // statements of a figure or a stance: "X bezifferte die Kosten auf …", "X verteidigte den Plan." (a
  // Konjunktiv sentence after them goes on with X's words)
  'bezifferte',
  'bezifferten',
  'beziffert',
  'verteidigte',
  'verteidigten',
  'verteidigt',
  'glaubt',
  'glaubte',
  'vermutete',
  'vermutet',
  // subordinate clause forms of separable verbs ("wie die Polizei mitteilte", "als er hinzufügte")
  'mitteilte',
  'mitteilten',
  'mitteilt',
  'hinzufügte',
  'bekanntgab',
  'bekanntgegeben',
  'angab',
  'ankündigte',
  'einräumte',
  // more verbs of saying in news prose
  'meldete',
  'meldet',
  'twitterte',
  'postete',
  'schilderte',
  'schildert',
  'beteuerte',
  'beteuert',
  'erläuterte',
  'erläutert',
  'hob',
  'wies',
  'erinnerte',
  'prognostizierte',
  'prognostiziert',
  'rechnet',
  'rechnete',
  'versprach',
  'verspricht',
  // advice, accusation, account and verdict: "riet eine Sprecherin", "warf ihm vor", "befand das Gericht"
  'riet',
  'rieten',
  'rät',
  'empfahl',
  'empfahlen',
  'empfiehlt',
  'warf',
  'warfen',
  'wirft',
  'werfen',
  'vorwarf',
  'vorwirft',
  'erzählte',
  'erzählten',
  'erzählt',
  'befand',
  'befanden',
  'urteilte',
  'urteilten',
  'urteilt',
  'entschied',
  'räumten',
  'kündigten',
  'versicherten',
  'beteuerten',
  'schilderten',
  'bekräftigten',
  // separable verbs whose particle stands after the subject: "stellte X klar", "rief X auf", "gab X zu"
  'stellte',
  'stellten',
  'rief',
  'riefen',
  // criticism, warning and concession by institutions and auditors: "Der Rechnungshof bemängelte, dass …",
  // "Das Amt hatte in einer Studie gewarnt, dass …", "Die Firma hat eingeräumt, dass …"
  'gewarnt',
  'bemängelte',
  'bemängelten',
  'bemängelt',
  'monierte',
  'monierten',
  'moniert',
  'eingeräumt',
  'unterstrichen',
  'kritisierten',
]);

/**
 * Verbs whose content may be an infinitive clause ("warf ihm vor, Akten vernichtet zu haben",
 * "kündigte an, den Betrieb einzustellen"): the clause is what was said even without a Konjunktiv.
 */
export const INFINITIVE_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'warf',
  'warfen',
  'wirft',
  'vorwarf',
  'vorwirft',
  'kündigte',
  'kündigten',
  'kündigt',
  'ankündigte',
  'versprach',
  'verspricht',
  'versicherte',
  'drohte',
  'droht',
  'bestritt',
  'bestreitet',
  'räumte',
  'räumten',
  'einräumte',
  'beteuerte',
  'rechnet',
  'rechnete',
]);

/**
 * Words ending in "-e" that are no Konjunktiv I verb after a pronoun ("sie alle", "er gerne"): the
 * rule "pronoun + verb in -e" marks reported speech ("sie verschiebe", "man prüfe") without a list of verbs.
 */
export const NOT_SUBJUNCTIVE_E: ReadonlySet<string> = new Set(
  `alle beide eine keine seine ihre diese jene welche solche manche einige viele wenige andere eigene
  ganze halbe nahe gerne lange alleine heute ferne bitte selbe gleiche meiste meisten ebenfalls
  ohne gegen bisher bislang erste zweite dritte letzte nächste ähnliche wurde hatte`
    .split(/\s+/)
    .filter(Boolean),
);

/** Reporting verbs that are only speech when a particle or phrase follows ("geht davon aus"). */
export const ASSUME_VERBS: ReadonlySet<string> = new Set(['geht', 'gehen', 'ging', 'gingen']);

/** Auxiliaries that may stand between a subject and a participle ("haben bestritten"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'hat',
  'haben',
  'hatte',
  'hatten',
  'habe',
  'ist',
  'sind',
  'war',
  'waren',
  'wird',
  'werden',
  'wurde',
  'wurden',
]);

/** Words that introduce reported speech on their own: "so X", "laut X", "wonach …". */
export const ATTRIBUTION_WORDS = {
  so: 'so',
  laut: 'laut',
  wonach: 'wonach',
} as const;

/** Nouns naming the document a statement came from ("hieß es in einer Mitteilung aus …"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'bericht',
  'mitteilung',
  'erklärung',
  'stellungnahme',
  'interview',
  'artikel',
  'meldung',
  'kommentar',
  'beitrag',
  'presseerklärung',
  'pressemitteilung',
  'statement',
  'berichte',
  'berichten',
  'angaben',
  'informationen',
  'medienberichten',
  'medienberichte',
  'schreiben',
  'brief',
  'post',
  'beitrag',
]);

/** Konjunktiv II forms that stand for Konjunktiv I where that equals the indicative ("sie sagten, sie hätten …"). */
export const SUBSTITUTE_SUBJUNCTIVE_FORMS: ReadonlySet<string> = new Set([
  'hätten',
  'wären',
  'würden',
  'könnten',
  'müssten',
  'sollten',
  'dürften',
  // strong Konjunktiv II forms in reported speech ("viele stünden vor …", "es gäbe keinen Plan")
  'stünden',
  'stünde',
  'gäbe',
  'gäben',
  'käme',
  'kämen',
  'läge',
  'lägen',
  'ginge',
  'gingen',
]);

/** Konjunktiv II forms that carry reported speech on by themselves in a sentence after a statement (plural, so rarely narration). */
export const CONTINUING_SUBJUNCTIVE_FORMS: ReadonlySet<string> = new Set([
  'hätten',
  'wären',
  'würden',
  'könnten',
  'müssten',
  'stünden',
  'gäbe',
  'lägen',
]);

/**
 * Common Konjunktiv I forms (3rd person), the mark of reported speech in German
 * ("Er sagte, sie sei …"). The list holds the frequent irregular and modal forms.
 */
export const SUBJUNCTIVE_FORMS: ReadonlySet<string> = new Set([
  'sei',
  'seien',
  'habe',
  'werde',
  'könne',
  'müsse',
  'dürfe',
  'wolle',
  'solle',
  'möge',
  'gebe',
  'wisse',
  'komme',
  'gehe',
  'stehe',
  'handle',
  'handele',
  'verstoße',
  'befinde',
  'brauche',
  'liege',
  'bleibe',
  'plane',
  'erwäge',
  'verlasse',
  'ausbilde',
  // forms in "-te" after a consonant the test for a verb in "-e" takes for a preterite ("er gelte", not
  // "galt"; "sie erwarte", not "erwartete")
  'gelte',
  'halte',
  'erhalte',
  'enthalte',
  'biete',
  'bedeute',
  'vertrete',
  'arbeite',
  'erwarte',
  'beobachte',
  'leiste',
]);

/** Adverbs that may stand between a reporting verb and its subject ("sagte auch der …"). */
export const SPEECH_ADVERBS: ReadonlySet<string> = new Set([
  'auch',
  'zudem',
  'außerdem',
  'weiter',
  'ferner',
  'noch',
  'bereits',
  'jedoch',
  'aber',
  'allerdings',
  'dazu',
  'dann',
  'später',
  'nun',
  'nochmals',
  'erneut',
  'inzwischen',
  'zuletzt',
  'ebenfalls',
  'insbesondere',
  'gestern',
  'heute',
  'damals',
  'demnach',
  'indes',
  'indessen',
  'wiederum',
  'nämlich',
  'zuerst',
  'zunächst',
  'kürzlich',
  'jüngst',
  'vorab',
  'exklusiv',
]);

/**
 * Nouns naming a piece of research whose findings are reported ("heißt es in der Studie", "… des
 * Instituts"): with no author named after them, the document itself is the source.
 */
export const STUDY_NOUNS: ReadonlySet<string> = new Set([
  'studie',
  'untersuchung',
  'analyse',
  'gutachten',
  'umfrage',
  'auswertung',
  'prognose',
]);

/**
 * Konjunktiv II forms of auxiliaries and modals, singular and plural ("wäre", "hätte", "würde", "könnte").
 * Narration uses them for conditions too, so they mark reported speech only where a reporting verb or a
 * colon has just opened the clause ("Er sagte, ohne X wäre Y nicht möglich").
 */
export const SUBJUNCTIVE_II_FORMS: ReadonlySet<string> = new Set(
  'wäre wären hätte hätten würde würden könnte könnten müsste müssten sollte sollten dürfte dürften'
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Konjunktiv II forms of strong and mixed verbs that differ from every indicative form (an umlaut the
 * preterite lacks): "trüge(n)", "nähme(n)", "fände(n)". Matched as word ends after a verb prefix too
 * ("übertrügen", "zunähme", "entfiele" is not one: "fiele" is listed whole).
 */
export const STRONG_SUBJUNCTIVE_II_FORMS: readonly string[] = `trüge trügen nähme nähmen fände fänden
  spräche sprächen bräche brächen träfe träfen sähe sähen zöge zögen böte böten flöge flögen schlüge
  schlügen wüchse wüchsen sänke sänken gewönne gewönnen begänne begännen stürbe stürben würfe würfen
  hülfe läse läsen säße säßen äße äßen bäte bäten träte träten brächte brächten dächte dächten
  wüsste wüssten bräuchte bräuchten täte täten gälte gälten stünde stünden gäbe gäben käme kämen
  läge lägen fiele hielte ließe riefe bliebe schiene stiege`
  .split(/\s+/)
  .filter(Boolean);

/** Separable and inseparable verb prefixes before a strong Konjunktiv II form ("über-trügen", "zu-nähme"). */
export const VERB_PREFIXES: readonly string[] = `über unter ab an auf aus bei ein mit nach vor zu zurück
  ent ver er be ge zer hin her fest frei weg durch um wieder hervor heraus voran`
  .split(/\s+/)
  .filter(Boolean);
