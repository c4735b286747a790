import { describe, expect, it } from 'vitest';
import { BACK_REFERENCES } from '../lexicon/de/attribution.js';
import {
  BACK_REFERENCE_WORDS,
  claimantInSentence,
  englishClaimant,
  findClaimant,
  toWordCue,
} from './find-claimant.js';

describe('claimantInSentence', () => {
  it.each([
    ['Nach Angaben der Feuerwehr wurden 40 Keller überflutet.', 'Feuerwehr'],
    ['Laut Destatis stiegen die Preise um 2,1 Prozent.', 'Destatis'],
    ['Nach einer Erhebung der Handelskammer schlossen 300 Läden.', 'Handelskammer'],
    ['Nach einer Zählung der Stadt kamen 3000 Besucher.', 'Stadt'],
    ['Nach Angaben des Deutschen Wetterdienstes fielen 80 Liter Regen.', 'DWD'],
    ['Der Umsatz stieg um 8 Prozent, teilte der Konzern am Montag mit.', 'Konzern'],
    ['Die Gewerkschaft erklärte, dass 5000 Beschäftigte streiken.', 'Gewerkschaft'],
    ['Ministerin Anna Berger sagte, dass 300 Schulen saniert würden.', 'Anna Berger'],
    ['Die Prüfstelle hatte im Herbst kritisiert, dass 40 Brücken marode seien.', 'Prüfstelle'],
    ['Der Landesrechnungshof bemängelte, dass 12 Projekte zu teuer wurden.', 'Landesrechnungshof'],
    ['Am Freitag warnte der Chef der Bank, Paul Lenz, vor 2000 Entlassungen.', 'Paul Lenz'],
    ['Dem ifo Institut zufolge sank die Stimmung deutlich.', 'ifo'],
    ['Wie die Nachrichtenagentur Reuters berichtete, fielen die Kurse.', 'Reuters'],
    ['Nach israelischen Geheimdienstangaben wurden 20 Agenten enttarnt.', 'Mossad'],
    ['Nach britischen Geheimdienstangaben wurden 20 Agenten enttarnt.', 'britischer Geheimdienst'],
    ['Der 52-jährige Bürgermeister sagte, drei Dörfer seien betroffen.', 'Bürgermeister'],
    ['„Das Wasser kam in Minuten“, erzählt Winzerin Lisa Brandt aus Oberau.', 'Winzerin Lisa Brandt'],
    ['„Zum Bahnhof brauche ich 25 Minuten“, rief Lisa Brandt den Zuhörern zu.', 'Lisa Brandt'],
    [
      'Geklagt hatte der Mieterverein Nordstadt, der nach eigenen Angaben 4000 Mitglieder hat.',
      'Mieterverein Nordstadt',
    ],
    ['Eingeladen hatte der Verein „Grüne Gärten“, der nach eigenen Angaben 300 Mitglieder zählt.', 'Verein'],
    ['Die Kommandantur von Oberau spricht von rund 600 Helfern.', 'Kommandantur'],
    ['Die Preise stiegen um 3 Prozent.', null],
    ['Berichten zufolge kamen 200 Gäste.', null],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });

  it.each([
    ['Insgesamt seien 90 Filialen betroffen, so der Bericht weiter.'],
    ['Es seien 90 Filialen betroffen, hieß es.'],
    ['Es gebe 90 Filialen, sagte er.'],
  ])('%s points back', (sentence) => {
    expect(claimantInSentence(sentence)).toBe('back');
  });
});

describe('findClaimant', () => {
  it('resolves "so der Bericht" to the source named before', () => {
    const sentences = [
      { text: 'Das Forschungsinstitut DIW hatte am Dienstag einen Bericht veröffentlicht.' },
      { text: 'Insgesamt fehlten 40.000 Fachkräfte, so der Bericht weiter.' },
    ];
    expect(findClaimant(sentences, 1)).toBe('DIW');
  });

  it.each([
    [
      'a Konjunktiv statement after a stance of a named person',
      [
        '„Das Bad bleibt offen“, sagte Bürgermeister Jens Ohlsen.',
        'Kämmerer Tobias Rehm verteidigte den Plan. Die Gemeinde werde 2 Millionen Euro leihen.',
      ],
      'Tobias Rehm',
    ],
    [
      'a demonstrative opener goes on with the source before it',
      [
        'Als gesichert gilt laut Wetterdienst nur ein Pegel über 5 Metern. Diese Marke erreichten nur 12 Orte.',
      ],
      'Wetterdienst',
    ],
    [
      'a named opener with an indicative verb',
      [
        '„Das Bad bleibt offen“, sagte Bürgermeister Jens Ohlsen.',
        'Lea Brandt, Sprecherin der Grünen, verwies auf Bäder, deren Kosten um 20 Prozent gestiegen seien.',
      ],
      'Lea Brandt',
    ],
  ])('%s', (_name, texts, who) => {
    const sentences = texts
      .flatMap((t) => t.split(/(?<=\.)\s+(?=\p{Lu})/u))
      .map((text) => ({ text, paragraph: 0 }));
    expect(findClaimant(sentences, sentences.length - 1)).toBe(who);
  });
});

describe('claimantInSentence: more attribution forms', () => {
  it.each([
    ['Am Flughafen maß der DWD nach eigenen Angaben Böen von 120 Kilometern pro Stunde.', 'DWD'],
    ['Die Stadtwerke haben nach eigenen Angaben 300 Leitungen geprüft.', 'Stadtwerke'],
    ['Die Bergwacht rückte nach eigenen Angaben zu mehr als 40 Einsätzen aus.', 'Bergwacht'],
    [
      'Zuvor waren 40 Keller vollgelaufen, wie ein Sprecher der Feuerwehr mitteilte.',
      'Sprecher der Feuerwehr',
    ],
    ['Wie die Polizei am Sonntag weiter mitteilte, wurden 12 Menschen verletzt.', 'Polizei'],
    ['Die Erlöse fielen um 4 Prozent, wie der Konzern am Montag mitteilte.', 'Konzern'],
    [
      'Händler rechneten mit 3 Prozent, wie Bloomberg unter Berufung auf eine Umfrage berichtete.',
      'Bloomberg',
    ],
    ['Laut „Sportschau“ kostet der Wechsel 12 Millionen Euro.', 'Sportschau'],
    ['Der Verein habe 30 Mitglieder getäuscht, befand das Gericht am Mittwoch.', 'Gericht'],
    ['Das geht aus dem aktuellen Monatsbericht der Bundesbank hervor.', 'Bundesbank'],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });

  it.each([
    [
      [
        'Die Preise für Heizöl stiegen zuletzt um 12 Prozent.',
        'Das geht aus einer Auswertung von Destatis hervor.',
      ],
      0,
      'Destatis',
    ],
    [
      [
        'Der Bund der Steuerzahler hat die Stadt gewarnt.',
        'Nach seinen Berechnungen fehlen 40 Millionen Euro.',
      ],
      1,
      'Bund der Steuerzahler',
    ],
  ])('across sentences: %j [%i] → %s', (texts, index, claimant) => {
    expect(
      findClaimant(
        texts.map((text) => ({ text })),
        index,
      ),
    ).toBe(claimant);
  });
});

describe('englishClaimant', () => {
  it.each([
    ['Sales fell 3 percent, according to the statistics office.', 'statistics office'],
    ['Sales fell 3 percent, according to Destatis.', 'Destatis'],
    ['The Federal Statistical Office (Destatis) said on Monday that sales fell.', 'Destatis'],
    ['The consultancy Prognos estimated that 200 plants would close.', 'Prognos'],
    ['Garden chain Baker & Lowe said sales rose 4 percent in March.', 'Baker & Lowe'],
    ['Northwind Rail cut 300 jobs in the spring and said it would hire 100 drivers.', 'Northwind Rail'],
    [
      'A hacker group calling itself "Grey Otter" posted the files and said it wanted $2 million.',
      'Grey Otter',
    ],
    ['The union met in Leeds over the weekend and said it wanted 5% more pay.', 'union'],
    ['"We expect a recovery," said Mary Jones, chief economist at the bank.', 'Mary Jones'],
    ['Figures from the Office for Road Safety (ORS) show that 90 people died.', 'ORS'],
    ['Data published by Harbour Analytics shows 400 ships docked last year.', 'Harbour Analytics'],
    ['He said that 40 stores would close.', 'back'],
    ['According to data from the tracker FleetWatch, 9,000 buses were sold.', 'FleetWatch'],
    [
      'About 300 flights were cancelled, according to a report released Monday by the Office of the Transport Ombudsman.',
      'Office of the Transport Ombudsman',
    ],
    ['The report found that 40 percent of flights left late.', 'back'],
    ['The head of the port, Dr. Ines Calder, said the harbour needed 12 more pilots.', 'Dr. Ines Calder'],
    [
      'LISBON – Port safety inspectors said on Monday they had checked 450 vessels.',
      'Port safety inspectors',
    ],
    ['Sales fell 3 percent in the second quarter.', null],
  ])('%s → %s', (sentence, claimant) => {
    expect(englishClaimant(sentence)).toBe(claimant);
  });
});

describe('claimantInSentence: subjects of demands, announcements and quoted titles', () => {
  it.each([
    ['Die Gewerkschaft Syna verlangt eine Zulage von 200 Franken im Monat.', 'Gewerkschaft Syna'],
    ['Der Mieterbund fordert eine Obergrenze von 9 Euro pro Quadratmeter.', 'Mieterbund'],
    ['Das Bundesamt für Verkehr (BAV) in Bern kündigte an, 40 Millionen Franken zu investieren.', 'BAV'],
    ['Die „Neue Presse“ hatte zuvor von 300 Entlassungen berichtet.', 'Neue Presse'],
    ['Der Verband selbst spricht in einer Mitteilung von 900 Betrieben.', 'Verband'],
    ['Laut dem kanadischen Ombudsmann Pierre Gagnon warten 700 Familien auf Antwort.', 'Pierre Gagnon'],
    ['Die Europäische Agentur für Flugsicherheit (EASA) hat nach eigenen Angaben 120 Flüge geprüft.', 'EASA'],
    ['Das Institut Civey hatte zuvor ein Plus von 4 Punkten vorhergesagt.', 'Civey'],
    [
      'Eine Studie der Universität Basel zeigt, dass 30 Prozent der Kinder zu wenig schlafen.',
      'Universität Basel',
    ],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });

  it.each([['Demnach sank der Verbrauch um 6 Prozent.'], ['Demzufolge fehlen 300 Lehrkräfte.']])(
    '%s points back',
    (sentence) => {
      expect(claimantInSentence(sentence)).toBe('back');
    },
  );

  it('a quotation is no title: its words are lower-case', () => {
    expect(claimantInSentence('„Das wird teuer“ sagte sie, es gehe um 20 Millionen Euro.')).not.toBe(
      'Das wird teuer',
    );
  });
});

describe('findClaimant: continuations, pronouns and subheadings', () => {
  const para = (texts: string[][]) => texts.flatMap((p, paragraph) => p.map((text) => ({ text, paragraph })));

  it.each([
    [
      'a Konjunktiv sentence continues the speaker two sentences back',
      [
        [
          'Man werde das Werk schließen, erklärte Firmensprecherin Jana Roth.',
          '„Das ist bitter“, sagte sie.',
          'Der Umbau würde die Firma rund 12 Millionen Euro kosten.',
        ],
      ],
      2,
      'Jana Roth',
    ],
    [
      '"sagte sie" goes to the person named before, not to a subheading',
      [
        ['Die Stadt nennt höhere Zahlen'],
        [
          'Die Kämmerin Ulrike Haas widersprach dem Bericht.',
          'Die Stadt habe lediglich 40 Millionen Euro Schulden, sagte sie dem Sender.',
        ],
      ],
      2,
      'Ulrike Haas',
    ],
    [
      '"Demnach" takes the subject that presented a report',
      [
        [
          'Der Landesrechnungshof hat am Montag einen Prüfbericht vorgelegt.',
          'Demnach wurden 30 Aufträge ohne Ausschreibung vergeben.',
        ],
      ],
      1,
      'Landesrechnungshof',
    ],
    [
      '"Demnach" takes the owner of the study named before',
      [
        [
          'Das zeigt eine Studie des Deutschen Instituts für Urbanistik (Difu), die am Montag erschien.',
          'Demnach fehlen in den Städten rund 3000 Busfahrer.',
        ],
      ],
      1,
      'Difu',
    ],
    [
      '"heißt es in der Studie" reaches over sentences without a source',
      [
        [
          'Eine Analyse des Instituts der deutschen Wirtschaft (IW) liegt seit Dienstag vor.',
          'Für die Auswertung befragten die Forschenden Betriebe.',
          'Besonders betroffen sei das Handwerk, heißt es in der Analyse.',
          'Die Zahl der offenen Lehrstellen sei auf 9000 gestiegen.',
        ],
      ],
      3,
      'IW',
    ],
    [
      '"nach deren Angaben" points to the organisation the sentence before ends with',
      [
        [
          'Bürgermeister Olaf Renz sagte, die Bäder blieben offen.',
          'Unterstützung bekommt er vom Verband Deutscher Bäderbetriebe (VDBB).',
          'Nach dessen Angaben schreiben 70 Prozent der Bäder Verluste.',
        ],
      ],
      2,
      'VDBB',
    ],
  ])('%s', (_label, texts, index, claimant) => {
    expect(findClaimant(para(texts), index)).toBe(claimant);
  });
});

describe('englishClaimant: definite subjects, expectations and data providers', () => {
  it.each([
    [
      'The carmaker will cut 2,000 jobs, the two companies said on Monday, the largest cut according to FactSet data.',
      'companies',
    ],
    ['Orlen expects savings of 90 million euros by 2027.', 'Orlen'],
    ['Prices rose 3% last year, the ministry said.', 'ministry'],
    ['Stocks stood at 40% of capacity, the grid operators said in a report.', 'grid operators'],
    ['The index fell 2% according to Eurostat figures.', 'Eurostat'],
  ])('%s → %s', (sentence, claimant) => {
    expect(englishClaimant(sentence)).toBe(claimant);
  });
});

describe('findClaimant: anonymous back-references take no bystander', () => {
  it('"hieß es" does not go to the person a sentence before merely mentions', () => {
    const sentences = [
      { text: 'Ministerin Petra Lang besuchte am Morgen den Hafen.', paragraph: 0 },
      { text: 'Dort seien 300 Polizisten im Einsatz gewesen, hieß es.', paragraph: 0 },
    ];
    expect(findClaimant(sentences, 1)).toBeNull();
  });
});

describe('claimantInSentence: cheap tests before the attribution patterns', () => {
  it('knows the BACK_REFERENCES patterns its word test was written for', () => {
    // When a pattern changes, make sure every match still holds a word of BACK_REFERENCE_WORDS, then update.
    expect(BACK_REFERENCES.map((r) => `${r.source}/${r.flags}`)).toEqual([
      '\\bso\\s+(?:der|die|das|dem)\\s+(?:bericht|studie|analyse|mitteilung|erklärung|lagebericht|meldung|report)\\b/iu',
      '\\b(?:hieß|heißt)\\s+es\\b/iu',
      '\\b(?:dem|der)\\s+(?:bericht|studie|analyse|mitteilung|erklärung|meldung)\\s+zufolge\\b/iu',
      '\\blaut\\s+(?:dem|der)\\s+(?:bericht|studie|analyse|mitteilung|erklärung|meldung)\\b/iu',
    ]);
    for (const word of BACK_REFERENCE_WORDS) expect(word).toBe(word.toLowerCase());
  });

  it.each([
    ['Die Kosten stiegen um 40 Prozent, HIEß ES.', 'back'],
    ['Die Kosten stiegen um 40 Prozent, ſo der Bericht.', 'back'],
    ['Die Kosten stiegen um 40 Prozent, so der LAGEBERICHT.', 'back'],
    ['Die Kosten stiegen um 40 Prozent, laut der ſtudie.', 'back'],
    ['Der Verein zählte nach EIGENEN Angaben 300 Mitglieder.', 'Verein'],
    ['Die Firma zählte 300 Kunden, ihren SCHÄTZUNGEN zufolge.', 'Firma'],
    ['Nach SEINEN Angaben kamen 300 Gäste.', 'back'],
    ['Die Kosten stiegen, nach ſeinen Angaben, um 40 Prozent.', 'back'],
  ])('still reads %s', (sentence, expected) => {
    expect(claimantInSentence(sentence)).toBe(expected);
  });
});

describe('findClaimant: a possessive account points to the sentence before', () => {
  it.each([
    ['Nach SEINEN Angaben kamen 300 Gäste.'],
    ['Die Kosten stiegen, nach ſeinen Angaben, um 40 Prozent.'],
  ])('%s', (text) => {
    const sentences = [
      { text: 'Der Verband (VX) legte Zahlen vor.', paragraph: 0 },
      { text, paragraph: 0 },
    ];
    expect(findClaimant(sentences, 1)).toBe('VX');
  });
});

describe('toWordCue', () => {
  const words = ['angaben', 'schätzung', 'zählung', 'erkenntnissen', 'hieß', 'report', 'eigene'];
  const cue = toWordCue(words);

  it('lets through every character that lower-cases to a letter of the words but does not match it without u', () => {
    const letters = new Set(words.join(''));
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const low = c.toLowerCase();
      if (![...low].some((l) => letters.has(l))) continue;
      // one letter, matched case-insensitively without the u flag, or let through on its own
      if (low.length === 1 && new RegExp(low, 'i').test(c)) continue;
      if (!cue.test(c)) missed.push(c);
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ['Nach ANGABEN der Stadt', true],
    ['nach Polizeiangaben', true],
    ['ihren Schätzungen zufolge', true],
    ['hieß es', true],
    ['HIEẞ ES', true],
    ['ſo der Bericht', true],
    ['Die Stadt baut.', false],
  ])('%s → %s', (text, expected) => {
    expect(cue.test(text)).toBe(expected);
  });
});
