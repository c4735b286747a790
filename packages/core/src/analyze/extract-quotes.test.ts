import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes, isAttributedTitle } from './extract-quotes.js';
import { findQuoteSpans } from './find-quote-spans.js';

const input = (paragraphs: string[]) => analysisInputOf(paragraphs);

const direct = (paragraphs: string[]) =>
  extractQuotes(input(paragraphs))
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker]);

const indirect = (paragraphs: string[]) =>
  extractQuotes(input(paragraphs))
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: direct quotes and their speakers', () => {
  it.each([
    {
      name: 'German marks, verb and name after the quote',
      paras: ['„Wir bauen die Brücke bis Ende Mai fertig“, sagte Bürgermeisterin Anna Berger.'],
      want: [['Wir bauen die Brücke bis Ende Mai fertig', 'Anna Berger']],
    },
    {
      name: 'a quote standing alone after reported speech in Konjunktiv',
      paras: [
        '„Wir öffnen erst im Mai“, sagte Bademeisterin Lea Sommer. Schon im Vorjahr habe das Bad wegen Personalmangels später öffnen müssen. „Das tut uns leid.“',
      ],
      want: [
        ['Wir öffnen erst im Mai', 'Lea Sommer'],
        ['Das tut uns leid.', 'Lea Sommer'],
      ],
    },
    {
      name: 'a quote split by its attribution, also given whole',
      paras: [
        '«Der Entscheid ist gefallen», sagte Gemeindepräsident Urs Frei am Abend, «und wir tragen ihn mit.»',
      ],
      want: [
        ['Der Entscheid ist gefallen', 'Urs Frei'],
        ['und wir tragen ihn mit.', 'Urs Frei'],
        ['Der Entscheid ist gefallen, und wir tragen ihn mit.', 'Urs Frei'],
      ],
    },
    {
      name: 'role without a name',
      paras: ['„Die Lage ist ernst, aber beherrschbar“, sagte der Innenminister am Abend.'],
      want: [['Die Lage ist ernst, aber beherrschbar', 'Innenminister']],
    },
    {
      name: 'guillemets and a subject before the verb',
      paras: ['Wetterdienst-Chef Tomas Berglund warnte: »Der Sturm erreicht morgen die Küste.«'],
      want: [['Der Sturm erreicht morgen die Küste.', 'Tomas Berglund']],
    },
    {
      name: 'ASCII marks, pronoun resolved to the last woman named',
      paras: [
        'Finanzministerin Carla Moretti traf ihren Amtskollegen Jan Visser in Rom.',
        'Dort sagte sie: "Wir senken die Steuern im Herbst."',
      ],
      want: [['Wir senken die Steuern im Herbst.', 'Carla Moretti']],
    },
    {
      name: 'pronoun "er" resolved to the last man named',
      paras: [
        'Konzernchef Peter Hollmann stellte die Zahlen vor.',
        '„Das Jahr war schwierig“, sagte er vor Journalisten.',
      ],
      want: [['Das Jahr war schwierig', 'Peter Hollmann']],
    },
    {
      name: 'short name resolved to the full name named last',
      paras: [
        'Ministerpräsident Lars Berg und Wirtschaftsminister Erik Berg trafen sich.',
        'Die Gespräche seien „offen und ehrlich“ gewesen, sagte Berg.',
      ],
      want: [['offen und ehrlich', 'Erik Berg']],
    },
    {
      name: '"so X weiter" after a partial quote',
      paras: [
        'Trainer Miro Kovac lobte sein Team.',
        'Die Mannschaft habe „großartig gekämpft“, so Kovac weiter.',
      ],
      want: [['großartig gekämpft', 'Miro Kovac']],
    },
    {
      name: 'an institution as speaker',
      paras: ['„Die Grenze bleibt geöffnet“, teilte das Innenministerium am Montag mit.'],
      want: [['Die Grenze bleibt geöffnet', 'Innenministerium']],
    },
    {
      name: '"hieß es in einer Mitteilung aus …" names the institution',
      paras: ['Der Plan sei „nicht finanzierbar“, hieß es in einer Mitteilung aus dem Rathaus.'],
      want: [['nicht finanzierbar', 'Rathaus']],
    },
    {
      name: 'a quote across a sentence boundary stays whole',
      paras: ['„Der Umsatz stieg. Der Gewinn aber sank“, sagte Analystin Mia Sommer.'],
      want: [['Der Umsatz stieg. Der Gewinn aber sank', 'Mia Sommer']],
    },
    {
      name: 'coordinated verb takes the subject before it',
      paras: ['Am Freitag sprach Kanzler Otto Brandl mit Gewerkschaften und forderte „schnelle Lösungen“.'],
      want: [['schnelle Lösungen', 'Otto Brandl']],
    },
    {
      name: 'a definite role refers back to the person just named',
      paras: ['Bürgermeister Karl Huber eröffnete die Halle. „Ein großer Tag“, sagte der CSU-Politiker.'],
      want: [['Ein großer Tag', 'Karl Huber']],
    },
    {
      name: 'a colon after the sentence subject, no reporting verb',
      paras: ['Vereinschefin Petra Lang hielt dagegen: „Wir bleiben in der Liga.“'],
      want: [['Wir bleiben in der Liga.', 'Petra Lang']],
    },
    {
      name: 'a quote sentence continuing the speech of the sentence before',
      paras: ['Die Lage sei ruhig, sagte Polizeisprecherin Jana Ott. „Niemand wurde verletzt.“'],
      want: [['Niemand wurde verletzt.', 'Jana Ott']],
    },
    {
      name: 'a title after an article is a name, the quote after the verb is kept',
      paras: ['„Das reicht nicht“, sagte Ralf Stein der „Abendpost“.'],
      want: [['Das reicht nicht', 'Ralf Stein']],
    },
  ])('$name', ({ paras, want }) => {
    expect(direct(paras)).toEqual(want);
  });
});

describe('extractQuotes: quotation marks that name something', () => {
  it.each([
    ['a unit glued to a compound', 'Soldaten der Elite-„Falkenbrigade“ trafen ein.'],
    ['a button label', 'Schaltfläche "Nach oben"'],
    ['a scare-quoted word without a reporting verb', 'Das sogenannte „Sparpaket“ kommt im Juli.'],
    ['a newspaper title', 'Die Zeitung „Morgenpost“ erscheint täglich.'],
    [
      "a citizens' group next to a reporting verb",
      'Jonas Brandt vom Förderverein „Grüne Aue“ sagte, der Teich sei sauber.',
    ],
    ['a campaign alliance', 'Das Aktionsbündnis „Freie Ufer“ kritisierte den Plan, sagte Ute Kern.'],
  ])('%s', (_name, para) => {
    expect(direct([para])).toEqual([]);
  });
});

describe('extractQuotes: reported speech', () => {
  it.each([
    {
      name: 'a pronoun clause after the comma, its verb ending like a preterite',
      paras: ['Ein Sprecher der Bahn sagte, man betrachte die Lage mit Sorge.'],
      want: ['man betrachte die Lage mit Sorge', 'Sprecher der Bahn'],
    },
    {
      name: 'a government as a body after a modal clause',
      paras: ['Ab Mai soll zudem eine Fähre die Inseln verbinden, kündigte das Land an.'],
      want: ['Ab Mai soll zudem eine Fähre die Inseln verbinden', 'Land'],
    },
    {
      name: 'an auditor criticising in a dass-clause after a participle',
      paras: ['Der Landesrechnungshof hatte im Mai bemängelt, dass die Mensa zu teuer sei.'],
      want: ['dass die Mensa zu teuer sei', 'Landesrechnungshof'],
    },
    {
      name: 'an office warning in a study',
      paras: ['Das Bundesamt hatte in einer Studie gewarnt, dass die Pegel weiter sinken könnten.'],
      want: ['dass die Pegel weiter sinken könnten', 'Bundesamt'],
    },
    {
      name: 'dass-clause after a reporting verb',
      paras: ['Die Polizei erklärte am Morgen, dass die Straße wieder frei sei.'],
      want: ['dass die Straße wieder frei sei', 'Polizei'],
    },
    {
      name: 'Konjunktiv I with a pronoun and a dative outlet after a feminine nominalised-adjective role',
      paras: [
        'Die belgische Verkehrsbeauftragte Ines Vandaal widersprach. Belgien habe nur rund 3.800 Busse im Einsatz, sagte sie der Agentur Belga.',
      ],
      want: ['Belgien habe nur rund 3.800 Busse im Einsatz', 'Ines Vandaal'],
    },
    {
      name: 'Konjunktiv I before a trailing attribution with a short name',
      paras: ['Landrat Felix Auer besuchte den Ort.', 'Die Schäden seien enorm, sagte Auer.'],
      want: ['Die Schäden seien enorm', 'Felix Auer'],
    },
    {
      name: '"laut X"',
      paras: ['Laut Wetterdienst werde es am Wochenende bis zu 35 Grad heiß.'],
      want: ['werde es am Wochenende bis zu 35 Grad heiß', 'Wetterdienst'],
    },
    {
      name: '"wonach" takes the person of the main clause',
      paras: ['Minister Paul Kern verwies auf Studien, wonach die Preise sinken würden.'],
      want: ['wonach die Preise sinken würden', 'Paul Kern'],
    },
    {
      name: 'a relative clause "der davon ausgeht, dass"',
      paras: ['Das Blatt zitiert Ökonom Jens Falk, der davon ausgeht, dass die Zinsen steigen.'],
      want: ['dass die Zinsen steigen', 'Jens Falk'],
    },
    {
      name: 'sources without a name',
      paras: ['Experten sagen, dass der Winter mild werde.'],
      want: ['dass der Winter mild werde', 'Experten'],
    },
  ])('$name', ({ paras, want }) => {
    expect(indirect(paras)).toContainEqual(want);
  });
});

describe('extractQuotes: reported speech is the reported content, nothing else', () => {
  it.each([
    {
      name: 'a bare "wie X berichtet" is no statement; the verb after it has the content',
      paras: [
        'Trainerin Ute Brandt lobte ihr Team.',
        'Wie der Kurier berichtet, betonte sie, dass der Kader komplett bleibe.',
      ],
      want: [['dass der Kader komplett bleibe', 'Ute Brandt']],
    },
    {
      name: 'a direct quote after a colon is not part of the reported speech',
      paras: ['Betriebsrätin Ina Vogt sagte, niemand wisse, wie es weitergehe: „Die Leute kündigen schon.“'],
      want: [['niemand wisse, wie es weitergehe', 'Ina Vogt']],
    },
    {
      name: '"Wie X mitteilte, …" gives X the main clause',
      paras: ['Wie die Feuerwehr mitteilte, wurde bei dem Brand niemand verletzt.'],
      want: [['wurde bei dem Brand niemand verletzt', 'Feuerwehr']],
    },
    {
      name: 'a trailing "wie Medien berichten" is cut from the content',
      paras: [
        'Die Reederei geht davon aus, dass der Frachter bald ablegen kann, wie mehrere Zeitungen, darunter die Post, berichten.',
      ],
      want: [['dass der Frachter bald ablegen kann', 'Reederei']],
    },
    {
      name: '"laut X" in mid-sentence: the sentence without the phrase',
      paras: ['Die Stadt ist laut Angaben des Kieler Instituts für Statistik die drittgrößte im Land.'],
      want: [['Die Stadt ist die drittgrößte im Land', 'Kieler Institut für Statistik']],
    },
    {
      name: 'the content ends where the next attribution begins',
      paras: [
        'Die Gewerkschaft sagte, dass die Streiks weitergehen würden, sagte Sprecher Omar Haddad am Abend.',
      ],
      want: [
        ['dass die Streiks weitergehen würden', 'Gewerkschaft'],
        ['dass die Streiks weitergehen würden', 'Omar Haddad'],
      ],
    },
    {
      name: '"wonach …, und sagte, …" splits into two statements',
      paras: [
        'Bürgermeister Leo Franke verwies auf ein Gutachten, wonach die Brücke marode sei, und sagte, die Stadt plane einen Neubau.',
      ],
      want: [
        ['wonach die Brücke marode sei', 'Leo Franke'],
        ['die Stadt plane einen Neubau', 'Leo Franke'],
      ],
    },
    {
      name: 'a verb whose clause ends at a trailing attribution is part of the content',
      paras: [
        'Der Vorstand hatte die Pläne nicht dementiert, bemerkte die Denkfabrik Center for Urban Studies (CUS) in ihrem Bericht.',
      ],
      want: [['Der Vorstand hatte die Pläne nicht dementiert', 'Denkfabrik Center for Urban Studies (CUS)']],
    },
    {
      name: 'a dateline is not part of the content',
      paras: ['HAMBURG: Der Hafen bleibt bis Montag gesperrt, teilte die Hafenbehörde mit.'],
      want: [['Der Hafen bleibt bis Montag gesperrt', 'Hafenbehörde']],
    },
    {
      name: 'a lead sentence ending in a direct quote gives no second, indirect copy',
      paras: [
        'Ministerin Rita Vogt nannte den Plan „einen guten Anfang für alle Beteiligten.“ Dann verließ sie den Saal.',
      ],
      want: [],
    },
    {
      name: 'narration around a direct quote in the indicative repeats the quote',
      paras: ['Die Stadt äußerte ihre „tiefe Sorge über die Pläne“, sagte Bürgermeister Rolf Engel.'],
      want: [],
    },
    {
      name: 'a name and a direct quote alone are no statement',
      paras: [
        'Die Richterin Eva Marx „betonte, dass das Urteil endgültig sei“, sagte das Gericht in einer Erklärung.',
      ],
      want: [],
    },
    {
      name: 'plural experts with a complement are not the person named before',
      paras: [
        'Präsident Adam Novak reiste ab. Das Abkommen würde den Handel beleben, betonten die Experten des Instituts.',
      ],
      want: [['Das Abkommen würde den Handel beleben', 'Experten des Instituts']],
    },
  ])('$name', ({ paras, want }) => {
    expect(indirect(paras)).toEqual(want);
  });
});

describe('extractQuotes: speakers in sports, business, local, court and science news', () => {
  const all = (paragraphs: string[]) =>
    extractQuotes(input(paragraphs)).map((q) => [q.kind, q.text, q.speaker, q.role ?? null]);
  it.each([
    {
      name: 'role, name and "vom <Organisation>" before a colon quote',
      paras: ['Meteorologin Ida Brandes vom Wetterdienst Nordwind sagte: "Der Regen hält bis Freitag an."'],
      want: [['direct', 'Der Regen hält bis Freitag an.', 'Ida Brandes', 'Meteorologin']],
    },
    {
      name: 'an age as definite anaphora, the next quote sentence continues',
      paras: ['Trainer Bernd Kolbe lobte die Elf. »Wir waren wach«, sagte der 52-Jährige. »Das zählt.«'],
      want: [
        ['direct', 'Wir waren wach', 'Bernd Kolbe', 'Trainer'],
        ['direct', 'Das zählt.', 'Bernd Kolbe', 'Trainer'],
      ],
    },
    {
      name: 'two people with one surname: the short name is the one named last',
      paras: [
        'Torhüterin Nina Wolf hielt zwei Elfmeter.',
        'Ihre Schwester Lea Wolf, Kapitänin des Gegners, war enttäuscht.',
        '"Wir hatten kein Glück", sagte Wolf.',
      ],
      want: [['direct', 'Wir hatten kein Glück', 'Lea Wolf', 'Kapitänin des Gegners']],
    },
    {
      name: 'a colon quote after a subject with an apposition and no verb of saying',
      paras: ['Sein Bruder Max Ritter, Kapitän der Gäste, zeigte sich enttäuscht: "Wir waren zu passiv."'],
      want: [['direct', 'Wir waren zu passiv.', 'Max Ritter', 'Kapitän der Gäste']],
    },
    {
      name: 'an academic title between role and name',
      paras: ['„Wir sind im Plan“, sagte Vorstandschefin Dr. Eva Lorenz.'],
      want: [['direct', 'Wir sind im Plan', 'Eva Lorenz', 'Vorstandschefin']],
    },
    {
      name: 'two role words before the name',
      paras: ['Der Täter sei voll schuldfähig, sagte der Vorsitzende Richter Udo Sahm.'],
      want: [['indirect', 'Der Täter sei voll schuldfähig', 'Udo Sahm', 'Vorsitzende Richter']],
    },
    {
      name: 'a company as speaker',
      paras: ['Kessler Logistik erklärte, Entlassungen sollten vermieden werden.'],
      want: [['indirect', 'Entlassungen sollten vermieden werden', 'Kessler Logistik', null]],
    },
    {
      name: 'Konjunktiv I after a statement continues it',
      paras: ['„Wir räumen auf“, sagte Landrätin Olga Brehm. Die Schäden seien aber gering.'],
      want: [
        ['direct', 'Wir räumen auf', 'Olga Brehm', 'Landrätin'],
        ['indirect', 'Die Schäden seien aber gering', 'Olga Brehm', 'Landrätin'],
      ],
    },
    {
      name: 'a quote with its own sentence words does not take the next sentence speaker',
      paras: [
        'Die Gäste wirkten müde: „Wir brauchen eine Pause.“ Der Verein teilte mit, dass der Trainer bleibe.',
      ],
      want: [
        ['direct', 'Wir brauchen eine Pause.', null, null],
        ['indirect', 'dass der Trainer bleibe', 'Verein', null],
      ],
    },
    {
      name: 'a journal title in quotation marks is no quote',
      paras: ['Die Algen könnten Öl binden, berichten die Forscher im Fachjournal "Marine Letters".'],
      want: [['indirect', 'Die Algen könnten Öl binden', 'Forscher', null]],
    },
    {
      name: 'an unnamed victim as speaker',
      paras: ['Ein Opfer sagte nach dem Urteil: „Endlich ist es vorbei.“'],
      want: [['direct', 'Endlich ist es vorbei.', 'Opfer', null]],
    },
  ])('$name', ({ paras, want }) => {
    expect(all(paras)).toEqual(want);
  });
});

describe('extractQuotes: reported speech without a listed Konjunktiv or verb', () => {
  it.each([
    {
      name: '"man" + verb in -e after "sagte"',
      paras: ['Ein Sprecher der Stadtwerke sagte, man prüfe die Leitung bis zum Abend.'],
      want: ['man prüfe die Leitung bis zum Abend', 'Sprecher der Stadtwerke'],
    },
    {
      name: '"warf … vor, sie …-e"',
      paras: ['Der Oppositionsführer Jens Albrecht warf dem Senat vor, er verschleppe die Reform.'],
      want: ['er verschleppe die Reform', 'Jens Albrecht'],
    },
    {
      name: '"warf … vor, … zu haben": an infinitive clause',
      paras: ['Die Gewerkschaft warf der Klinikleitung vor, Überstunden verschwiegen zu haben.'],
      want: ['Überstunden verschwiegen zu haben', 'Gewerkschaft'],
    },
    {
      name: 'advice closed by "riet eine Sprecherin der …zentrale"',
      paras: ['Mieter sollten ihre Verträge genau prüfen, riet eine Sprecherin der Mieterzentrale Kassel.'],
      want: ['Mieter sollten ihre Verträge genau prüfen', 'Sprecherin der Mieterzentrale Kassel'],
    },
    {
      name: 'a verdict closed by "befand die Kammer"',
      paras: ['Die Frau habe die Spenden für sich behalten, befand die Kammer am Montag.'],
      want: ['Die Frau habe die Spenden für sich behalten', 'Kammer'],
    },
    {
      name: 'a verdict closed by "urteilte das Gericht"',
      paras: ['Die Kündigung sei unwirksam, urteilte das Arbeitsgericht.'],
      want: ['Die Kündigung sei unwirksam', 'Arbeitsgericht'],
    },
    {
      name: '"laut dem „Titel“" with an indicative verb',
      paras: ['Laut dem „Stadtanzeiger“ plant die Behörde zudem einen Neubau am Hafen.'],
      want: ['plant die Behörde zudem einen Neubau am Hafen', 'Stadtanzeiger'],
    },
    {
      name: 'a lower-case title after "laut"',
      paras: ['Laut „sportblick“ verlässt der Torwart den Klub im Sommer.'],
      want: ['verlässt der Torwart den Klub im Sommer', 'sportblick'],
    },
    {
      name: 'a local witness before a name',
      paras: ['Anwohnerin Greta Lind erzählte, sie habe in der Nacht einen Knall gehört.'],
      want: ['sie habe in der Nacht einen Knall gehört', 'Greta Lind'],
    },
  ])('$name', ({ paras, want }) => {
    expect(indirect(paras)).toContainEqual(want);
  });

  it.each([
    ['indicative after "sagte" stays narration', 'Der Trainer sagte nach dem Spiel nichts mehr.'],
    ['"sie alle" is no verb', 'Die Gäste kamen spät, sie alle wirkten müde.'],
    ['a preterite in -te after a pronoun', 'Der Trainer lobte die Elf, sie kämpfte bis zum Ende.'],
    ['a title in quotation marks is no quote', 'Laut dem „Stadtanzeiger“ plant die Behörde einen Neubau.'],
  ])('%s', (_n, sentence) => {
    expect(direct([sentence])).toEqual([]);
    if (!sentence.startsWith('Laut')) expect(indirect([sentence])).toEqual([]);
  });
});

describe('extractQuotes: speakers that are broadcasters and companies', () => {
  it.each([
    {
      name: '"Wie der <Adjektiv> Rundfunk (ABK) berichtet, …": the main clause is what was reported',
      paras: ['Wie der Westdeutsche Rundfunk (WDR) berichtet, wurden zwei Fähren im Sturm beschädigt.'],
      want: ['wurden zwei Fähren im Sturm beschädigt', 'Westdeutscher Rundfunk (WDR)'],
    },
    {
      name: 'an adverb after "Wie" and a pluperfect',
      paras: ['Wie zuerst der SWR berichtet hatte, wurden zwei Fähren im Sturm beschädigt.'],
      want: ['wurden zwei Fähren im Sturm beschädigt', 'SWR'],
    },
    {
      name: 'a broadcaster named with a place',
      paras: ['Laut Radio Kassel waren am Abend noch viele Straßen gesperrt.'],
      want: ['waren am Abend noch viele Straßen gesperrt', 'Radio Kassel'],
    },
    {
      name: 'a capitalised adjective inside the complement of a role',
      paras: ['Ein Sprecher des Hessischen Rundfunks sagte, man prüfe die Vorwürfe genau.'],
      want: ['man prüfe die Vorwürfe genau', 'Sprecher des Hessischen Rundfunks'],
    },
    {
      name: '"hieß es aus dem Unternehmen" after one company was named',
      paras: [
        'Der Autohersteller Velora drosselt die Produktion.',
        'Man prüfe weitere Schritte, hieß es aus dem Unternehmen.',
      ],
      want: ['Man prüfe weitere Schritte', 'Velora'],
    },
    {
      name: '"teilte der Konzern mit" after a company with a legal form',
      paras: [
        'Die Nordtext AG verliert Kunden. Der Umsatz sei um ein Zehntel gesunken, teilte der Konzern mit.',
      ],
      want: ['Der Umsatz sei um ein Zehntel gesunken', 'Nordtext AG'],
    },
    {
      name: 'a company name of two words after its describing noun',
      paras: [
        'Der Reedereikonzern Fjordmark Shipping kauft die Werft.',
        'Man rechne mit Aufträgen, hieß es aus dem Konzern.',
      ],
      want: ['Man rechne mit Aufträgen', 'Fjordmark Shipping'],
    },
    {
      name: 'a descriptive noun before the name, then the person speaks',
      paras: ['Das teilte Insolvenzverwalter Henrik Sommer mit.', '„Wir suchen einen Käufer“, sagte Sommer.'],
      want: ['Wir suchen einen Käufer', 'Henrik Sommer'],
      kind: 'direct',
    },
    {
      name: 'an institution noun ending in -s before its name',
      paras: ['Der Kreis Lindau verwies auf das Gesetz, wonach Gemeinden mehr Bauland ausweisen müssten.'],
      want: ['wonach Gemeinden mehr Bauland ausweisen müssten', 'Kreis Lindau'],
    },
    {
      name: 'the generic noun stays when no company was named',
      paras: ['Man prüfe weitere Schritte, hieß es aus dem Unternehmen.'],
      want: ['Man prüfe weitere Schritte', 'Unternehmen'],
    },
  ])('$name', ({ paras, want, kind }) => {
    expect(kind === 'direct' ? direct(paras) : indirect(paras)).toContainEqual(want);
  });
});

describe('extractQuotes: reported speech continuing, after a colon, and named by a body', () => {
  it.each([
    {
      name: 'a one-letter platform name ends the sentence, the Konjunktiv sentence after it continues',
      paras: [
        '„Unsere Gäste sind da“, schrieb Bürgermeister Karl Brandt am Abend auf der Plattform X. Zusätzlich seien drei Busse angekommen.',
      ],
      want: ['Zusätzlich seien drei Busse angekommen', 'Karl Brandt'],
    },
    {
      name: 'pronoun with a dative outlet, then a name and a verb in -e',
      paras: [
        'Ministerin Petra Lang widersprach. Der Etat reiche nicht aus, sagte sie der Agentur Reuters. Die Opposition übertreibe die Kosten.',
      ],
      want: ['Die Opposition übertreibe die Kosten', 'Petra Lang'],
    },
    {
      name: 'a verb in -e before its pronoun subject after a direct quote',
      paras: ['„Wir sind bereit“, sagte Förster Kai Lenz. Schon morgen plane er die ersten Fällungen.'],
      want: ['Schon morgen plane er die ersten Fällungen', 'Kai Lenz'],
    },
    {
      name: 'a verb in -e before its subject noun after a fronted phrase',
      paras: ['„Es reicht“, sagte Wirtin Eva Roth. Ohne die Terrasse verliere das Lokal seine Gäste.'],
      want: ['Ohne die Terrasse verliere das Lokal seine Gäste', 'Eva Roth'],
    },
    {
      name: 'plural Konjunktiv II after an intervening "sagte er"',
      paras: [
        '„Wir sind zufrieden“, sagte Trainer Paul Esser. „Das Team hat gekämpft“, sagte er. Die Ausfälle würden die Mannschaft aber schwächen.',
      ],
      want: ['Die Ausfälle würden die Mannschaft aber schwächen', 'Paul Esser'],
    },
    {
      name: 'a short quoted phrase inside a continuing sentence',
      paras: [
        '„Jeder Tag zählt“, sagt Helferin Ute Roth. Die Versorgung bleibe allerdings «weit hinter dem Bedarf».',
      ],
      want: ['Die Versorgung bleibe allerdings «weit hinter dem Bedarf»', 'Ute Roth'],
    },
    {
      name: 'dative outlet in quotation marks after a lead verb',
      paras: ['Ein Sprecher der Stadtwerke sagte der „Südpost“, viele Leitungen stünden vor dem Austausch.'],
      want: ['viele Leitungen stünden vor dem Austausch', 'Sprecher der Stadtwerke'],
    },
    {
      name: 'a spokesperson keeps the genitive it speaks for, a listed body or not',
      paras: ['Ein Sprecher der Liga sagte dem Informationsdienst Sport (IDS), der Klub habe bis Mai Zeit.'],
      want: ['der Klub habe bis Mai Zeit', 'Sprecher der Liga'],
    },
    {
      name: 'a spokeswoman of a company named by its own name',
      paras: ['Eine Sprecherin der Lufthansa sagte, man prüfe alle Flüge.'],
      want: ['man prüfe alle Flüge', 'Sprecherin der Lufthansa'],
    },
    {
      name: '"nach Informationen der „Zeitung“"',
      paras: ['Nach Informationen der „Kieler Nachrichten“ soll der Fahrer betrunken gewesen sein.'],
      want: ['soll der Fahrer betrunken gewesen sein', 'Kieler Nachrichten'],
    },
    {
      name: '"hieß es von der Polizei"',
      paras: ['Der Mann sei leicht verletzt worden, hieß es von der Polizei.'],
      want: ['Der Mann sei leicht verletzt worden', 'Polizei'],
    },
    {
      name: 'a Konjunktiv clause after a colon',
      paras: ['Vereinschef Tom Weiß verteidigte die Entscheidung: Man habe keine andere Wahl gehabt.'],
      want: ['Man habe keine andere Wahl gehabt', 'Tom Weiß'],
    },
    {
      name: 'a Konjunktiv clause after "…, sagte er:"',
      paras: [
        'Die Spender wollten kein Strohfeuer entfachen, sagte Ina Vogt: Man habe sich für fünf Jahre gebunden.',
      ],
      want: ['Man habe sich für fünf Jahre gebunden', 'Ina Vogt'],
    },
  ])('$name', ({ paras, want }) => {
    expect(indirect(paras)).toContainEqual(want);
  });

  it.each([
    { name: 'narration with an initial', paras: ['Das Haus baute John F. Kennedy. Es steht noch heute.'] },
    {
      name: 'a condition in Konjunktiv II after a statement is not continued',
      paras: ['„Wir sind bereit“, sagte Trainer Paul Esser. Wenn es regnet, würden die Spiele verschoben.'],
    },
    {
      name: 'a colon without Konjunktiv',
      paras: ['Trainer Paul Esser stellte die Elf vor: Meier spielt im Tor.'],
    },
  ])('no reported speech: $name', ({ paras }) => {
    expect(indirect(paras)).toEqual([]);
  });

  it.each([
    ['so', 'Die Kosten hätten sich verdoppelt, so der Landesrechnungshof der Hansestadt.'],
    ['laut', 'Laut einer Umfrage der Kammer seien die Kosten gestiegen.'],
    ['zufolge', 'Dem Verband zufolge seien die Kosten gestiegen.'],
  ])('a Konjunktiv sentence with its own source (%s) does not continue the speaker before', (_, next) => {
    const said = indirect([`„Wir sind bereit“, sagte Trainer Paul Esser. ${next}`]);
    expect(said.filter(([, who]) => who === 'Paul Esser')).toEqual([]);
  });
});

describe('extractQuotes: a publication title names the speaker', () => {
  it('"Das Magazin „X“ titelte: „…“"', () => {
    expect(
      direct([
        'Das britische Magazin „Kicker Weekly“ titelte: „Ein langer Sommer ohne jedes Ende für Leeds“.',
      ]),
    ).toEqual([['Ein langer Sommer ohne jedes Ende für Leeds', 'Kicker Weekly']]);
  });
});

describe('extractQuotes: an adjective after an article is no Konjunktiv', () => {
  it('"Die russische Beauftragte X widersprach." after a statement is narration', () => {
    expect(
      indirect([
        'Bonn meldet neue Zahlen',
        'Die russische Beauftragte Olga Petrowa widersprach dieser Darstellung.',
      ]),
    ).toEqual([]);
  });
});

describe('isAttributedTitle', () => {
  // the pattern isAttributedTitle tests before the mark, run over the whole text before it
  const TITLE_BEFORE =
    /(?:\b[Ll]aut|\b[Nn]ach\s+(?:Informationen|Angaben|Recherchen)|\b[Ww]ie|\b(?:berichtete|berichtet|meldete|meldet|schreibt|schrieb))\s+(?:(?:de[mnrs]|die|das|einem|einer)\s+)?$/u;
  const TITLE_AFTER =
    /^\s*(?:zufolge|berichtete|berichtet|meldete|meldet|schreibt|schrieb|titelte|titelt)\b/u;
  it.each([
    ['Laut dem „Tagesboten“ bleibt die Brücke gesperrt.', true],
    ['Der Stadtrat tagt, (laut  einer „Umfrage“ nicht) lange.', true],
    ['Nach\u00a0Angaben  der „Rundschau“ fiel der Strom aus.', true],
    ['Wie die „Morgenpost“ berichtet, steigt die Miete.', true],
    ['Die Bahn schickte dem „Kurier“ eine Mail.', false],
    ['Die Bahn schrieb dem „Kurier“ eine Mail.', true],
    ['Vorlaut dem „Kurier“ gegenüber blieb er nicht.', false],
    ['Er sagte dem Blatt „Ostsee-Welle“ nichts.', false],
    ['Dem „Boten“ zufolge fiel die Sitzung aus.', true],
    ['Hier stand x laut dem „Wetterblatt“ gestern.', true],
  ])('%j → %s, as the patterns over the whole text decide', (p, expected) => {
    const span = findQuoteSpans(p)[0];
    if (!span) throw new Error('no span');
    const byPattern =
      (span.text.split(/\s+/).length <= 4 &&
        !/[.!?,]$/.test(span.text) &&
        /\s$/u.test(p.slice(0, span.open)) &&
        TITLE_BEFORE.test(p.slice(0, span.open))) ||
      (span.text.split(/\s+/).length <= 4 &&
        !/[.!?,]$/.test(span.text) &&
        TITLE_AFTER.test(p.slice(span.close + 1)));
    expect(isAttributedTitle(p, span)).toBe(expected);
    expect(byPattern).toBe(expected);
  });
});
