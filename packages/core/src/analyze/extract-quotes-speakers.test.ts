import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const input = (paragraphs: string[], language = 'de') => analysisInputOf(paragraphs, { language });

const quotes = (paragraphs: string[], kind: 'direct' | 'indirect', language = 'de') =>
  extractQuotes(input(paragraphs, language))
    .filter((q) => q.kind === kind)
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: the speaker named after the verb, whatever follows the name', () => {
  it.each([
    {
      name: 'a surname that looks like a demonym, in full and then alone after "so"',
      paras: [
        'Anwältin Petra Unterländer kündigte Berufung an: „Das Urteil ist falsch.“ „Meine Mandantin ist unschuldig“, so Unterländer.',
      ],
      want: [
        ['Das Urteil ist falsch.', 'Petra Unterländer'],
        ['Meine Mandantin ist unschuldig', 'Petra Unterländer'],
      ],
    },
    {
      name: 'a lone demonym after "so" that the article never named is no speaker',
      paras: ['„Der Käse ist zu teuer“, so Niederländer.'],
      want: [['Der Käse ist zu teuer', null]],
    },
    {
      name: '"so die <Rolle> der <Org>, <Name>": the name in apposition, not the organisation',
      paras: [
        'Die Gewerkschaft Verdi kritisierte den Plan. „Das ist ein Angriff auf die Beschäftigten“, so die Erste Bevollmächtigte der Verdi Nordhessen, Hanna Kolb.',
      ],
      want: [['Das ist ein Angriff auf die Beschäftigten', 'Hanna Kolb']],
    },
    {
      name: '"so die <description> der <Org>, <Name>" with a description the lexicon does not know',
      paras: ['„Wir lassen uns das nicht gefallen“, so die Frontfrau der Verdi Nordhessen, Hanna Kolb.'],
      want: [['Wir lassen uns das nicht gefallen', 'Hanna Kolb']],
    },
    {
      name: 'a given name ending in -s',
      paras: ['„Die Halle ist viel zu klein“, sagte Niklas Ohmberg.'],
      want: [['Die Halle ist viel zu klein', 'Niklas Ohmberg']],
    },
    {
      name: 'an unlisted given name ending in -s owns nothing when a surname follows',
      paras: ['„Die Halle ist viel zu klein“, rief Silas Brenner, Sprecher des Fanclubs, den Zuschauern zu.'],
      want: [['Die Halle ist viel zu klein', 'Silas Brenner']],
    },
    {
      name: 'an owner in the genitive before a role stays the owner',
      paras: ['„Die Halle ist viel zu klein“, sagte Frankreichs Sportminister am Abend.'],
      want: [['Die Halle ist viel zu klein', 'Frankreichs Sportminister']],
    },
    {
      name: 'a full name in the genitive before a role word is the owner, not the speaker',
      paras: ['„Mein Mandant schweigt“, sagte Lukas Brenners Anwalt.'],
      want: [['Mein Mandant schweigt', 'Lukas Brenners Anwalt']],
    },
    {
      name: 'a relative clause after the name',
      paras: [
        '„Wir fahren jeden Tag zwei Stunden“, sagte Andreas Pölzer, der in Kassel als Pendler arbeitet.',
      ],
      want: [['Wir fahren jeden Tag zwei Stunden', 'Andreas Pölzer']],
    },
    {
      name: 'the name in apposition after a role with a complement',
      paras: ['„Der Neubau kommt 2027“, sagte die Direktorin des Stadtmuseums, Greta Hallwachs, am Freitag.'],
      want: [['Der Neubau kommt 2027', 'Greta Hallwachs']],
    },
    {
      name: 'the name in apposition ending the sentence',
      paras: ['„Das Werk bleibt offen“, sagte der Sprecher des Konzerns, Ole Brandner.'],
      want: [['Das Werk bleibt offen', 'Ole Brandner']],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'direct')).toEqual(want));
});

describe('extractQuotes: "sie" is the woman named last, known by her given name', () => {
  it.each([
    {
      name: 'a woman without a role word after one with a role',
      paras: [
        'Bildungsministerin Carla Dörning kündigte neue Stellen an.',
        '„Die Klassen sind zu groß“, kritisierte Petra Laubach vom Elternverband. Die Schulen müssten die Stellen schnell besetzen, forderte sie.',
      ],
      want: [['Die Schulen müssten die Stellen schnell besetzen', 'Petra Laubach']],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'indirect')).toEqual(want));
});

describe('extractQuotes: the object after the verb is not the speaker', () => {
  it.each([
    {
      name: 'a dative object after a plural verb ("warfen der Verwaltung vor")',
      paras: ['Die Freien Wähler warfen der Stadtspitze vor, die Pläne viel zu spät vorgelegt zu haben.'],
      want: [['die Pläne viel zu spät vorgelegt zu haben', 'Freien Wähler']],
    },
    {
      name: 'a dative object after "dem"',
      paras: ['Die Anwohner sagten dem Sender, sie seien über den Lärm seit Wochen verärgert.'],
      want: [['sie seien über den Lärm seit Wochen verärgert', 'Anwohner']],
    },
    {
      name: 'a singular verb: "der" after it opens the subject',
      paras: ['Die Summe nannte der Kämmerer, sie liege bei mehr als zwei Millionen Euro.'],
      want: [['sie liege bei mehr als zwei Millionen Euro', 'Kämmerer']],
    },
    {
      name: '"eine Sprecherin von <Firma>" keeps the firm',
      paras: ['Eine Sprecherin von Brauhaus Krämer sagte der Zeitung, man prüfe alle Angebote.'],
      want: [['man prüfe alle Angebote', 'Sprecherin von Brauhaus Krämer']],
    },
    {
      name: 'a preposition opening the sentence is no speaker ("Gegenüber dem Sender erklärte X, …")',
      paras: ['Gegenüber dem Sender erklärte Pohl, man habe alles versucht.'],
      want: [['man habe alles versucht', 'Pohl']],
    },
    {
      name: 'an association named after its members keeps its whole name',
      paras: ['Nach Angaben des Bundes der Energieverbraucher stiegen die Preise im Herbst deutlich.'],
      want: [['stiegen die Preise im Herbst deutlich', 'Bund der Energieverbraucher']],
    },
    {
      name: '"nach Berechnungen des X" names the source like "nach Angaben"',
      paras: ['Nach Berechnungen des Instituts liege der Bedarf bei 4000 Wohnungen im Jahr.'],
      want: [['liege der Bedarf bei 4000 Wohnungen im Jahr', 'Institut']],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'indirect')).toEqual(want));
});

describe('extractQuotes: the verb right after "“," is the verb of saying, whatever it is', () => {
  it.each([
    {
      name: 'a reflexive verb and a role with a name',
      paras: ['„Das ist ein großer Tag für das Dorf“, freute sich Ortsvorsteher Jan Pohl.'],
      want: [['Das ist ein großer Tag für das Dorf', 'Jan Pohl']],
    },
    {
      name: 'a short quote with a definite role refers to the person named before',
      paras: ['Trainerin Maria Holm war sauer. „Das ist peinlich“, schimpfte die Trainerin.'],
      want: [['Das ist peinlich', 'Maria Holm']],
    },
    {
      name: 'a pronoun subject after the verb',
      paras: ['Trainer Jan Holm verlor. „Wir kommen wieder“, zeigte er sich kämpferisch.'],
      want: [['Wir kommen wieder', 'Jan Holm']],
    },
    {
      name: 'a conjunction after "“," opens no attribution',
      paras: ['Das Café „Neue Mitte“, und dann die Kirche: So beginnt die Runde.'],
      want: [],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'direct')).toEqual(want));
});

describe('extractQuotes: testimony and the pluperfect of speech', () => {
  it.each([
    {
      name: 'an unnamed witness by a post noun, with "hatte ausgesagt:"',
      paras: [
        'Eine ehemalige Lehrkraft hatte vor Gericht ausgesagt: «Die Noten wurden nachträglich geändert.»',
      ],
      want: [['Die Noten wurden nachträglich geändert.', 'ehemalige Lehrkraft']],
    },
    {
      name: 'a short phrase quoted with "hatte von … gesprochen"',
      paras: [
        'Richterin Maren Vogt hatte in der Verhandlung von einem «bewusst verschleierten Kreditgeschäft» gesprochen.',
      ],
      want: [['bewusst verschleierten Kreditgeschäft', 'Maren Vogt']],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'direct')).toEqual(want));
});

describe('extractQuotes: a Konjunktiv sentence goes on with the speaker before', () => {
  it.each([
    {
      name: 'an adjective between article and noun ("Der größere Teil entfalle")',
      paras: [
        'Der Verband der Bäcker rechnet mit höheren Preisen. Das teilte der Verband am Montag mit. Der größere Teil entfalle auf Mehl und Energie.',
      ],
      want: 'Der größere Teil entfalle auf Mehl und Energie',
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'indirect').map(([t]) => t)).toContain(want));
});

describe('extractQuotes: Konjunktiv II in reported speech', () => {
  it.each([
    {
      name: 'a strong Konjunktiv II after a direct quote carries the chain on to a Konjunktiv I',
      paras: [
        '„Wir sparen schon an allem“, sagte Bürgermeisterin Jana Roth. Die Länder übertrügen den Gemeinden ständig neue Pflichten. Für Schulen gebe die Gemeinde jedes Jahr mehr aus.',
      ],
      want: [
        ['Die Länder übertrügen den Gemeinden ständig neue Pflichten', 'Jana Roth'],
        ['Für Schulen gebe die Gemeinde jedes Jahr mehr aus', 'Jana Roth'],
      ],
    },
    {
      name: '"X sagte, …" with "wäre" in the clause',
      paras: ['Der Vereinsvorsitzende sagte, ohne die Spenden wäre der Verein längst pleite gewesen.'],
      want: [['ohne die Spenden wäre der Verein längst pleite gewesen', 'Vereinsvorsitzende']],
    },
    {
      name: 'a pronoun subject before a colon goes on with the speaker before',
      paras: [
        'Die Gemeinde müsse sparen, sagte Bürgermeisterin Jana Roth. Sie verteidigte auch den Verkauf des Hallenbads: Ein Neubau würde mindestens neun Millionen Euro kosten.',
      ],
      want: [
        ['Die Gemeinde müsse sparen', 'Jana Roth'],
        ['Ein Neubau würde mindestens neun Millionen Euro kosten', 'Jana Roth'],
      ],
    },
    {
      name: 'a Konjunktiv I after a fronted noun with its complement ("Die Fertigung von X lohne")',
      paras: [
        'Hotelchefin Anna Berg stellte sich den Fragen. Nach Angaben von Gästen sagte sie, es gebe für das Hotel keine Zukunft. Die Sanierung des alten Flügels lohne sich nicht mehr.',
      ],
      want: [
        ['es gebe für das Hotel keine Zukunft', 'Anna Berg'],
        ['Die Sanierung des alten Flügels lohne sich nicht mehr', 'Anna Berg'],
      ],
    },
    {
      name: 'narration with "würde" and no speaker before is no reported speech',
      paras: ['Der Rat tagte lange. Er lehnte den Antrag ab: Ein Neubau würde zu viel Geld kosten.'],
      want: [],
    },
    {
      name: 'a capitalised noun that ends like a Konjunktiv II ("Vorwürfe") is none',
      paras: ['„Das stimmt nicht“, sagte Trainer Ole Brandt. Die Vorwürfe wies der Verein zurück.'],
      want: [],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'indirect')).toEqual(want));
});

describe('extractQuotes: a pluperfect after reported speech is narration', () => {
  it.each([
    {
      name: '"hatte" after a noun',
      paras: [
        'Der Wirt sagte, er habe keine andere Wahl. Der Streit hatte im Sommer mit einer Beschwerde begonnen.',
      ],
      want: ['er habe keine andere Wahl'],
    },
    {
      name: '"wurde" after a pronoun',
      paras: [
        'Die Trainerin sagte, sie sei mit der Saison zufrieden. Sie wurde im Mai zur Trainerin des Jahres gewählt.',
      ],
      want: ['sie sei mit der Saison zufrieden'],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'indirect').map(([t]) => t)).toEqual(want));
});

describe('extractQuotes: a quote standing alone after a sentence about the speaker', () => {
  it.each([
    {
      name: 'the pronoun subject of the sentence between is the speaker named before',
      paras: [
        '„Der Winter war hart“, sagte Förster Paul Grieben am Montag. Die Schäden im Wald schätzte er auf eine Million Euro. „Das ist nur der Anfang.“',
      ],
      want: [
        ['Der Winter war hart', 'Paul Grieben'],
        ['Das ist nur der Anfang.', 'Paul Grieben'],
      ],
    },
    {
      name: 'a pronoun that refers to someone else takes nothing',
      paras: [
        'Ministerin Eva Larsen traf den Förster.',
        '„Der Winter war hart“, sagte Förster Paul Grieben am Montag. Die Schäden zeigte sie später im Landtag. „Das ist nur der Anfang.“',
      ],
      want: [
        ['Der Winter war hart', 'Paul Grieben'],
        ['Das ist nur der Anfang.', null],
      ],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'direct')).toEqual(want));
});

describe('extractQuotes: English speaker before a long apposition', () => {
  it.each([
    {
      name: 'title, name, a long apposition, then "said" and a quoted phrase',
      paras: [
        'Dr. Lena Marsh, the study\'s senior author and a professor of surgery at a hospital in Ohio, said the method "works better than anything before."',
      ],
      want: [['works better than anything before.', 'Lena Marsh']],
    },
    {
      name: 'a relative clause as apposition after the quote',
      paras: ['"We will build it this year," Tom Keller, who chairs the local housing board, said.'],
      want: [['We will build it this year', 'Tom Keller']],
    },
    {
      name: 'a name between commas before "said", a plural noun after it',
      paras: ['Its head of research, Tom Baker, said investors should "stay calm for now".'],
      want: [['stay calm for now', 'Tom Baker']],
    },
    {
      name: '"X, a <title> at Y, urged …" makes X the speaker of the next "she said"',
      paras: [
        '"Ferries will stay in port," said Tom Rudge, the Coast Guard\'s deputy chief meteorologist.',
        'Lena Morrow, a harbour safety officer at the port, urged skippers to stay ashore. "The swell is deadly," she said.',
      ],
      want: [
        ['Ferries will stay in port', 'Tom Rudge'],
        ['The swell is deadly', 'Lena Morrow'],
      ],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'direct', 'en')).toEqual(want));
});

describe('extractQuotes: English unnamed speaker with a complement', () => {
  it.each([
    {
      name: '"a spokeswoman for the hospital said" after a short quote',
      paras: ['"It is a disaster," a spokeswoman for the hospital said.'],
      want: [['It is a disaster', 'spokeswoman for the hospital']],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'direct', 'en')).toEqual(want));
});

describe('extractQuotes: English "called X "…"" quotes a judgement', () => {
  it.each([
    {
      name: 'a pronoun subject',
      paras: [
        'Analyst Mark Devlin praised the merger. He called the price "a fair deal for both sides" of the bargain.',
      ],
      want: [['a fair deal for both sides', 'Mark Devlin']],
    },
    {
      name: 'the firm of "analysts at X"',
      paras: ['Analysts at Brookfield Capital called the offer "generous but late" in a note.'],
      want: [['generous but late', 'Brookfield Capital']],
    },
    {
      name: 'a plural source',
      paras: ['Critics called the toll plan "a tax on commuters" when it was announced.'],
      want: [['a tax on commuters', 'Critics']],
    },
    {
      name: 'a name that is called something is no quote',
      paras: ['A small band called "Night Owls" played at the fair on Sunday.'],
      want: [],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'direct', 'en')).toEqual(want));
});

describe('extractQuotes: English "X did … but said"', () => {
  it.each([
    {
      name: 'the subject of the sentence with an apposition',
      paras: ['Verdi, the service workers union, accepted the offer but said the raise was "far too small".'],
      want: [['far too small', 'Verdi']],
    },
    {
      name: 'a group "calling itself" a name: the name is no quote',
      paras: [
        'A hacker group calling itself "Night Owl" claimed the attack on Sunday and said nothing more.',
      ],
      want: [],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'direct', 'en')).toEqual(want));
});

describe('extractQuotes: English "the companies said"', () => {
  it.each([
    {
      name: 'a plural company noun after the statement',
      paras: [
        'Harlow Foods will buy the bakery chain for 200 million pounds, the two companies said on Monday.',
      ],
      want: [['Harlow Foods will buy the bakery chain for 200 million pounds', 'two companies']],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'indirect', 'en')).toEqual(want));
});

describe('extractQuotes: "heißt es in der Studie"', () => {
  it.each([
    {
      name: 'the study itself when no author follows',
      paras: ['Die Mieten seien in fünf Jahren um ein Drittel gestiegen, heißt es in der Studie.'],
      want: [['Die Mieten seien in fünf Jahren um ein Drittel gestiegen', 'Studie']],
    },
    {
      name: 'the author after the study',
      paras: [
        'Die Mieten seien in fünf Jahren um ein Drittel gestiegen, heißt es in einer Analyse des Instituts.',
      ],
      want: [['Die Mieten seien in fünf Jahren um ein Drittel gestiegen', 'Institut']],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'indirect')).toEqual(want));
});

describe('extractQuotes: a wire dateline is not part of what was said', () => {
  it.each([
    {
      name: 'city, date and agency before a dash',
      paras: [
        'LONDON/PARIS, May 4 (Reuters) - Harlow Foods will buy the bakery chain for 200 million pounds, the companies said.',
      ],
      want: [['Harlow Foods will buy the bakery chain for 200 million pounds', 'companies']],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'indirect', 'en')).toEqual(want));
});

describe('extractQuotes: English "it said" and business nouns as speakers', () => {
  it.each([
    {
      name: '"…, it said" after an organisation spoke',
      paras: [
        'The airline said on Friday that 300 flights had been cancelled across the network. Another 40 flights were delayed by more than an hour, it said.',
      ],
      want: [
        ['300 flights had been cancelled across the network', 'airline'],
        ['Another 40 flights were delayed by more than an hour', 'airline'],
      ],
    },
    {
      name: '"it" never stands for a person',
      paras: [
        'Mark Ellison said the harvest was poor this year. Prices for apples rose by a third in a month, it said.',
      ],
      want: [['the harvest was poor this year', 'Mark Ellison']],
    },
    {
      name: '"X, <apposition>, urged <addressee> to …" names X, not the addressee',
      paras: ['Lena Morrow, a harbour safety officer at the port, urged skippers to stay ashore.'],
      want: [],
    },
    {
      name: '"of" inside an organisation\'s name',
      paras: ['The Federation of Small Farmers (FSF) estimates that 300 farms closed last year.'],
      want: [['300 farms closed last year', 'Federation of Small Farmers']],
    },
    {
      name: '", and X told <addressee> …" repeats nothing said before the comma',
      paras: [
        'Harbour Rail said it would run fewer trains on Saturday, and ferry operator Westline told passengers not to travel.',
      ],
      want: [['it would run fewer trains on Saturday', 'Harbour Rail']],
    },
    {
      name: '"X, however, said <clause>": an adverb between commas after the subject',
      paras: ['Mayor Lisa Crane, however, said the pool would reopen in May.'],
      want: [['the pool would reopen in May', 'Lisa Crane']],
    },
    {
      name: '"told <named object> <clause>" without "that"',
      paras: ['Mayor Lisa Crane told the Herald the pool would reopen in May.'],
      want: [['the pool would reopen in May', 'Lisa Crane']],
    },
    {
      name: '"told reporters <clause>"',
      paras: [
        'Mayor Lisa Crane visited the site. She told reporters it would take weeks to repair the pipe.',
      ],
      want: [['it would take weeks to repair the pipe', 'Lisa Crane']],
    },
    {
      name: '"…, the forecaster said" names a body',
      paras: ['Up to 40cm of snow could fall on the hills by Sunday, the forecaster said.'],
      want: [['Up to 40cm of snow could fall on the hills by Sunday', 'forecaster']],
    },
    {
      name: '"X said <number with thousands commas> …" opens a clause',
      paras: ['Harbour Water said about 12,500 homes had no running water on Monday.'],
      want: [['about 12,500 homes had no running water on Monday', 'Harbour Water']],
    },
    {
      name: 'a retailer, with a clause right after "said"',
      paras: ['The retailer said it would close twelve stores in northern England.'],
      want: [['it would close twelve stores in northern England', 'retailer']],
    },
    {
      name: '"… and said <clause>" after an unnamed body that opens the sentence',
      paras: [
        'A hacker group calling itself "Night Owl" claimed the attack and said it had stolen 4,000 files.',
      ],
      want: [['it had stolen 4,000 files', 'hacker group']],
    },
  ])('$name', ({ paras, want }) => expect(quotes(paras, 'indirect', 'en')).toEqual(want));
});
