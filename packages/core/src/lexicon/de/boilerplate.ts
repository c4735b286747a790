/**
 * Boilerplate of German news sites, as data for the cleaner.
 *
 * `LINE` patterns match a whole short line (navigation, labels, block headings); `PHRASE` patterns
 * mark a line as boilerplate wherever they occur in it (banners, forms, notes). Both are tested on
 * a trimmed line; keep them general (what many sites print), never a single article's wording.
 */

/** A boilerplate pattern and why a line matching it is dropped. */
export interface BoilerplateRule {
  reason: string;
  pattern: RegExp;
  /** the rule holds only for lines of at most this many words (phrases that prose may also use) */
  maxWords?: number;
}

/** Whole lines that are page furniture: navigation, labels, share buttons, block headings. */
export const DE_BOILERPLATE_LINES: readonly BoilerplateRule[] = [
  {
    // "Anzeige – Artikel wird unter der Anzeige fortgesetzt", "Weiterlesen nach der Anzeige"
    reason: 'ad',
    pattern:
      /^(?:(?:anzeige|werbung)\s*[-–—:|]?\s*)?(?:(?:der )?(?:artikel|text|beitrag) (?:wird|geht) (?:unter|nach) (?:der|dieser) (?:anzeige|werbung) (?:fortgesetzt|weiter)|weiterlesen (?:nach|unter) der (?:anzeige|werbung))\s*\.?$/i,
  },
  {
    reason: 'navigation',
    pattern:
      /^(?:index|startseite|home|men[üu]|navigation|suche|suchen|zur[üu]ck|weiter|nach oben|zum seitenanfang|zur[üu]ck (?:zum anfang|nach oben|zur startseite|zur [üu]bersicht)|(?:schaltfl[äa]che\s+)?["„“»]?zur[üu]ck zum anfang["“”«]?|inhaltsverzeichnis|inhalt|seite \d+(?: von \d+)?|vorherige(?:r)? (?:artikel|seite)|n[äa]chste(?:r)? (?:artikel|seite)|mehr anzeigen|alle artikel|alle meldungen|zur (?:startseite|übersicht)|hauptmen[üu]|hauptnavigation|direkt zum inhalt|zum inhalt springen|springe zum inhalt|zum hauptinhalt springen|barrierefreiheit|impressum|datenschutz|kontakt|agb|mediadaten|jobs|abo|abonnieren|login|anmelden|registrieren|abmelden|mein konto)$/i,
  },
  {
    reason: 'breadcrumb',
    pattern: /^(?:startseite|home)\s*[>›»/|]\s*\S.{0,80}$|^[^>›»]{1,30}(?:\s[>›»]\s[^>›»]{1,30}){2,}$/i,
  },
  {
    // "Bremen / Lokales", "Politik › Ausland": one or two section names on each side of one separator
    reason: 'breadcrumb',
    pattern:
      /^\p{Lu}[\p{L}-]{1,25}(?: \p{L}[\p{L}-]{1,25})?\s+[/>›»]\s+\p{Lu}[\p{L}-]{1,25}(?: \p{L}[\p{L}-]{1,25})?$/u,
  },
  {
    // "Sie sind hier: Startseite / Region", "Sie befinden sich hier: …"
    reason: 'breadcrumb',
    pattern: /^(?:sie sind hier|sie befinden sich (?:hier|auf)|du bist hier|aktuelle seite)\s*:/i,
  },
  {
    reason: 'share',
    pattern: /^(?:teilen|share) (?:auf|via|per|bei|on) \S+$/i,
  },
  {
    reason: 'share',
    pattern:
      /^(?:(?:artikel |beitrag |seite )?(?:teilen|drucken|versenden|merken|kopieren|speichern)|link kopieren|per e-mail (?:teilen|versenden)|e-mail|mail|facebook|twitter|x|whatsapp|telegram|threads|bluesky|pinterest|linkedin|xing|reddit|flipboard|instagram|tiktok|youtube|messenger|feedback|kommentieren|kommentare(?: \(\d+\))?|\d+ kommentare?|zu den kommentaren|vorlesen|artikel (?:anh[öo]ren|vorlesen)|audio|lesezeit:?\s*\d+\s*(?:min\.?|minuten)|\d+\s*min(?:\.|uten)? lesezeit)$/i,
  },
  {
    reason: 'label',
    pattern:
      /^(?:pressemitteilung|pressemeldung|presseinformation|anzeige|werbung|sponsored|gesponsert|eilmeldung|breaking news|liveblog|live|exklusiv|plus|premium|update|news|nachrichten|aktuell|meinung|kommentar|analyse|hintergrund|interview|gastbeitrag|kolumne|video|podcast|bildergalerie|galerie|fotostrecke|mehr|mehr dazu|mehr lesen|weiterlesen|lesen sie mehr|jetzt lesen|zum artikel|hier klicken|antworten|gef[äa]llt mir|merkliste|[+▶►»>]|\+\s*mehr)$/i,
  },
  {
    reason: 'related',
    pattern:
      /^(?:(?:lesen sie|lies) (?:auch|mehr|hier)|auch interessant|ebenfalls interessant|interessant(?: f[üu]r sie)?|mehr zum thema|mehr (?:zu|aus) (?:diesem|dem) thema|mehr (?:aus|zum) (?:dem )?ressort|zum thema|ähnliche (?:artikel|beitr[äa]ge|themen|nachrichten)|weitere (?:artikel|beitr[äa]ge|nachrichten|meldungen|themen|news)|verwandte (?:artikel|beitr[äa]ge|themen)|das k[öo]nnte (?:sie|dich) auch interessieren|empfehlungen|unsere empfehlungen?|empfohlene artikel|meistgelesen(?:e artikel)?|meistgelesen|beliebte artikel|top-?themen|top-?artikel|neueste artikel|aktuelle (?:artikel|nachrichten|meldungen)|themen|schlagw[öo]rter|tags|weitere|artikel|dazu passend|passend zum thema|auch lesenswert|mehr aus (?:\p{L}+ ?){1,3}|noch mehr (?:\p{L}+ ?){1,3}|weitere meldungen(?: aus (?:\p{L}+ ?){1,3})?)\s*:?$/iu,
  },
];

/** Phrases that mark a line as boilerplate wherever they stand: banners, forms, notes. */
export const DE_BOILERPLATE_PHRASES: readonly BoilerplateRule[] = [
  {
    reason: 'related',
    // "Lesen Sie auch: <Schlagzeile>" on one line
    pattern:
      /^(?:lesen sie (?:auch|mehr|hier)|lies auch|mehr zum thema|auch interessant|das k[öo]nnte sie auch interessieren|zum thema|passend dazu)\s*:\s*\S/i,
    maxWords: 25,
  },
  {
    reason: 'tags',
    pattern: /^(?:themen|schlagw[öo]rter|stichw[öo]rter|tags|mehr zu)\s*:\s*\S/i,
    maxWords: 20,
  },
  {
    reason: 'embed',
    pattern:
      /empfohlener (?:redaktioneller|externer) inhalt|externe(?:n|r)? inhalte? (?:laden|anzeigen|aktivieren|zulassen)|an dieser stelle (?:finden sie|befindet sich|ist) eine?n? (?:externen|eingebetteten|weiteren)|inhalte von drittanbietern|damit einverstanden, dass mir externe|personenbezogene daten an drittplattformen|mehr informationen (?:dazu )?(?:finden sie )?in (?:der|unserer) datenschutzerkl[äa]rung/i,
  },
  {
    reason: 'affiliate',
    pattern: /affiliate-?links?|erhalten wir (?:ggf\. )?eine provision|provisions?-?links?/i,
  },
  {
    reason: 'note',
    pattern:
      /(?:automatisch|maschinell) (?:übersetzt|erstellt)|mit (?:hilfe|unterst[üu]tzung) (?:von )?(?:ki|k[üu]nstlicher intelligenz) (?:erstellt|übersetzt|generiert)/i,
    maxWords: 30,
  },
  {
    reason: 'ad-blocker',
    pattern:
      /ad-?blocker|werbeblocker|werbeblockierung|werbefrei|werbepartner|anzeigen unserer|gratis weiterlesen|kostenlos weiterlesen|whitelist/i,
  },
  {
    reason: 'paywall',
    pattern:
      /jetzt (?:f[üu]r (?:nur )?)?\d+[,.]?\d*\s*(?:€|euro)|\d+[,.]\d+\s*€ im ersten monat|im ersten monat testen|jetzt (?:abonnieren|abo abschlie[ßs]en|weiterlesen|freischalten)|zugang zu allen (?:artikeln|berichten|inhalten)|(?:exklusiv|nur) f[üu]r abonnent|f[üu]r abonnenten (?:frei|verf[üu]gbar|lesbar|sichtbar)|abonnenten lesen|mit (?:einem )?abo (?:weiterlesen|lesen)|abo abschlie[ßs]en|bereits abonnent|haben sie bereits ein abo|bereits ein abo|produkt bereits gekauft|banner trotzdem|aktualisieren sie die seite|loggen sich aus und wieder ein|plus-artikel|weiterlesen mit|um diesen artikel (?:zu lesen|weiterzulesen)|artikel freischalten|dieser artikel ist (?:nur|exklusiv)/i,
  },
  {
    reason: 'paywall',
    // login prompts that cut the article short: "Zum Weiterlesen bitte anmelden", "Noch kein Konto?"
    pattern:
      /zum weiterlesen|um (?:den artikel |diesen artikel |den beitrag |den text )?(?:vollst[äa]ndig )?weiterzulesen|(?:vollst[äa]ndig|komplett) (?:zu )?lesen,? (?:melden|loggen|registrieren)|(?:bitte )?(?:melden sie sich|loggen sie sich|registrieren sie sich) (?:bitte )?(?:an|ein)?,? um|jetzt (?:einloggen|anmelden|kostenlos registrieren)|noch kein(?:e)? (?:konto|kundenkonto|abo|abonnent)|bereits (?:registriert|abonniert|kunde)|kostenlos registrieren/i,
    maxWords: 25,
  },
  {
    reason: 'paywall',
    // words a sales box uses and prose rarely does on a line this short
    pattern:
      /jederzeit k[üu]ndbar|unbegrenzter zugang|jetzt (?:testen|registrieren)|probeabo|probemonat|digital-abo|plus-abo/i,
    maxWords: 10,
  },
  {
    reason: 'paywall',
    // metered paywalls and trial offers: "Sie lesen 1 von 5 kostenlosen Artikeln", "3 Monate … für nur 1 €"
    pattern:
      /\b\d+ von \d+ (?:kostenlosen|freien|gratis) (?:artikeln|beitr[äa]gen)|kostenlose(?:n)? artikel (?:in diesem|pro|im) monat|(?:wochen|monate?)\b.{0,40}\bf[üu]r (?:nur )?\d+(?:[,.]\d+)?\s*(?:€|euro)(?![\p{L}])|sichern sie sich (?:jetzt )?.{0,40}\b(?:plus|abo|zugang|digital)|sie lesen (?:einen|diesen) (?:frei zug[äa]nglichen|kostenlosen|kostenfreien|freien) (?:artikel|beitrag)|\b\d+ tage (?:gratis|kostenlos) (?:testen|lesen)/iu,
    maxWords: 40,
  },
  {
    reason: 'note',
    // recommendation widgets and disclaimers the page prints above or below every article
    pattern:
      /(?:artikel|beitrag|text) wurde (?:ihnen|dir) (?:von .{1,40} )?empfohlen|von (?:der|unserer) redaktion empfohlen|ersetzt keine (?:[äa]rztliche|medizinische|rechtliche|steuerliche) (?:beratung|behandlung|diagnose)|war dieser (?:artikel|beitrag) hilfreich/i,
    maxWords: 20,
  },
  {
    reason: 'newsletter',
    // a newsletter box: "Jeden Freitag das Wichtigste aus der Region. Jetzt kostenlos anmelden!"
    pattern:
      /jetzt kostenlos (?:anmelden|abonnieren|bestellen)|jeden (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend|tag) (?:das wichtigste|die wichtigsten)/i,
    maxWords: 30,
  },
  {
    reason: 'newsletter',
    pattern:
      /mit (?:der|ihrer) anmeldung (?:akzeptieren|stimmen|willigen|erkl[äa]ren)|(?:akzeptieren|gelesen).{0,30}datenschutz(?:bestimmungen|erkl[äa]rung|hinweise)/i,
    maxWords: 30,
  },
  {
    reason: 'comments',
    pattern:
      /um (?:zu )?kommentieren|melden sie sich an,? um|kommentare sind (?:für diesen (?:artikel|beitrag) )?(?:geschlossen|deaktiviert)|kommentarbereich (?:ist )?(?:geschlossen|deaktiviert)/i,
    maxWords: 15,
  },
  {
    reason: 'paywall',
    // a membership banner: "Unterstützen Sie unabhängigen Journalismus – jetzt Mitglied werden"
    pattern:
      /jetzt (?:mitglied|abonnent(?:in)?|unterst[üu]tzer(?:in)?|f[öo]rderer|f[öo]rderin) werden|unterst[üu]tzen sie (?:unabh[äa]ngigen|unseren|guten|lokalen|freien|kritischen) \p{L}*journalismus/iu,
    maxWords: 30,
  },
  {
    reason: 'app',
    pattern:
      /app.{0,30}(?:herunterladen|installieren|downloaden)|(?:herunterladen|installieren|laden sie).{0,20}app|-app (?:herunterladen|installieren|laden)/i,
    maxWords: 12,
  },
  {
    reason: 'app',
    // "Die Stadtblatt-App: … im App Store und bei Google Play", "… als App – kostenlos für iOS und Android"
    pattern:
      /\bapps?\b.{0,80}(?:app store|google play|play store|(?:ios|iphone) (?:und|oder|&|and|or) android|android (?:und|oder|&|and|or) (?:ios|iphone))|(?:app store|google play|play store)\b.{0,80}\bapps?\b/i,
    maxWords: 30,
  },
  {
    reason: 'contact',
    // a reader tip-off box: "Sie haben einen Hinweis? Schreiben Sie uns: redaktion@…"
    pattern:
      /(?:schreiben sie uns|schreibt uns|schreib uns|mailen sie uns|kontaktieren sie uns|write to us|email us|e-mail us|contact us|send (?:us )?(?:your )?tips?)\b[^@]{0,30}@[\w-]+\./i,
    maxWords: 30,
  },
  {
    reason: 'embed',
    // a post shown in the page: "@Stadtpolizei auf X: …", "@Wetterdienst on Instagram: …"
    pattern:
      /^@[\w.]{2,30}\s+(?:auf|on|bei|via)\s+(?:x|twitter|instagram|facebook|threads|bluesky|mastodon|tiktok|linkedin)\s*:/i,
    maxWords: 80,
  },
  {
    reason: 'embed',
    // the close of an embedded post: "— Stadtwerke (@stadtwerke) 4. März 2026", "… #Hochwasser #Pegel"
    pattern: /^[—–-]\s*[^()]{1,50}\(@[\w.]{2,30}\)\s*.{0,30}\d{4}$|(?:\s#[\p{L}\d_]{2,40}){2,}\s*$/iu,
    maxWords: 80,
  },
  {
    reason: 'embed',
    // the label of a video, podcast or gallery embed: "Zum Video: Die Löscharbeiten am Abend (2:05)"
    pattern:
      /^(?:zum|zur|zu den) (?:video|videos|podcast|audio|bildergalerie|fotostrecke|galerie|livestream|liveblog|liveticker)\s*:\s*\S|^(?:video|podcast|audio|bildergalerie|fotostrecke)\s*:\s*.{2,120}\((?:\d{1,2}:\d{2}(?::\d{2})?|\d+ (?:bilder|fotos))(?:\s*min\.?)?\)$/i,
    maxWords: 25,
  },
  {
    reason: 'ticker',
    // a live-ticker insert inside an article: "+++ 21:47 Uhr +++ Abstimmung beendet … +++"
    pattern: /^\+{2,}\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?\s*\+{2,}/i,
    maxWords: 80,
  },
  {
    reason: 'cookie',
    // consent walls speak to the reader about the site's partners, cookies and consent
    pattern:
      /wir und unsere (?:\d+ )?(?:partner|drittanbieter|dienstleister)|(?:website|webseite|seite|portal|angebot) (?:verwendet|nutzt|setzt) cookies|(?:wir )?(?:ben[öo]tigen|brauchen|bitten um) (?:ihre|deine) (?:einwilligung|zustimmung)|(?:ben[öo]tigen|brauchen) wir (?:ihre|deine) (?:einwilligung|zustimmung)|wir finanzieren uns (?:über|durch|mit) werbung|(?:zustimmen|akzeptieren|einwilligen) und weiter|wir und unsere partner|ihre privatsph[äa]re ist uns wichtig|cookies (?:deaktiviert|blockiert|zulassen|erlauben)|aktivieren sie (?:bitte )?(?:cookies|javascript)|javascript (?:ist )?deaktiviert|zustimmen\s*[|•·]\s*ablehnen|(?:speichern|greifen).{0,40}informationen auf (?:einem|ihrem) ger[äa]t/i,
  },
  {
    reason: 'cookie',
    // the buttons and headings of a consent wall; prose may use the words, but not on a line this short
    pattern:
      /mit werbung (?:weiter)?lesen|ohne werbung lesen|pur-?abo|nur (?:notwendige|essenzielle|erforderliche)(?: cookies)?|alle ablehnen|(?:datenschutz|privatsph[äa]re)-?einstellungen|cookie-?(?:hinweis|banner|richtlinie)|einstellungen (?:verwalten|anpassen)|ablehnen\s*[|•·]|akzeptieren\s*[|•·]/i,
    maxWords: 12,
  },
  {
    reason: 'cookie',
    pattern:
      /\bcookies?\b.{0,80}\b(?:verwenden|nutzen|setzen|akzeptieren|einwilligung|zustimm)|(?:verwenden|nutzen|setzen|speichern)(?: wir)? cookies|alle akzeptieren|cookie-einstellungen|datenschutzeinstellungen|einwilligung widerrufen|zustimmung zu (?:cookies|tracking)|tracking zustimmen|consent/i,
  },
  {
    reason: 'newsletter',
    pattern:
      /newsletter(?:-anmeldung| abonnieren| bestellen|-abo)|(?:zum|unseren?|den|kostenlosen?) newsletter|melden sie sich (?:jetzt )?(?:f[üu]r|zum|zu unserem) .{0,40}an|jetzt anmelden|kostenlos abonnieren|abonnieren sie|(?:bei|auf) google news (?:folgen|abonnieren)/i,
  },
  {
    reason: 'comments',
    pattern:
      /noch keine (?:leser)?kommentare|seien sie (?:der|die) erste|schreiben sie den ersten kommentar|schreibe(?:n sie)? einen kommentar|hinterlasse(?:n sie)? einen kommentar|kommentar (?:abschicken|absenden|schreiben|verfassen|hinzuf[üu]gen|abgeben)|(?:deine|ihre) e-?mail-?adresse wird nicht ver[öo]ffentlicht|erforderliche felder sind (?:mit \*? ?)?markiert|pflichtfelder sind (?:mit \*? ?)?markiert|meinen namen, (?:meine )?e-?mail|in diesem browser speichern|kommentare? (?:anzeigen|laden|einblenden)|zu den kommentaren|kommentarfunktion|diskutieren sie mit|diskussion(?:en)? (?:geschlossen|beendet)|antworten abbrechen/i,
  },
  {
    reason: 'share',
    pattern:
      /(?:artikel|beitrag|seite) (?:teilen|versenden|drucken|merken)\b.{0,40}$|teilen sie (?:diesen|den) (?:artikel|beitrag)|folgen sie uns auf|folge uns auf|(?:auf|bei) (?:facebook|twitter|instagram|whatsapp|telegram) (?:teilen|folgen)/i,
  },
  {
    reason: 'syndication',
    pattern:
      /syndizierten newsfeed|automatisch generierte (?:story|meldung|nachricht)|unbearbeitete,? automatisch|inhaltstext m[öo]glicherweise nicht ge[äa]ndert|aus (?:einem|dem) (?:automatisierten )?(?:nachrichten-?)?feed (?:übernommen|generiert)/i,
  },
  {
    reason: 'syndication',
    // the agency's footer under wire copy: its service name and story slug ("dpa-infocom, dpa:250312-…"),
    // and the portal's notice that the copy was taken over automatically and not edited
    pattern:
      /\bdpa-infocom\b|\b(?:dpa|apa|sda|kna|epd|afp):\d{6}-\d{2,4}-\d{3,}|(?:meldung|text|artikel|beitrag|nachricht)(?:en)? (?:wurde|wird|ist|sind|wurden) automatisch\b|nicht redaktionell (?:bearbeitet|gepr[üu]ft|ver[äa]ndert)|ohne redaktionelle (?:bearbeitung|pr[üu]fung)/i,
    maxWords: 30,
  },
  {
    reason: 'copyright',
    pattern: /^(?:©|\(c\)|copyright\b)|alle rechte vorbehalten|all rights reserved/i,
    maxWords: 15,
  },
  {
    reason: 'caption',
    pattern:
      /\((?:archivbild|archivfoto|symbolbild|symbolfoto|illustration|montage|screenshot|fotomontage)\)|^(?:foto|fotos|bild|bilder|bildquelle|quelle bild|bildnachweis|fotograf|grafik|video|credit|photo|image)\s*:\s*\S|^bildunterschrift\b|\((?:foto|bild|fotos):\s*[^)]{1,80}\)\s*\.?$|(?:foto|bild):\s*(?:imago|picture alliance|dpa|afp|reuters|getty|ap|istock|shutterstock)\b/i,
  },
  {
    reason: 'author-box',
    pattern:
      /^(?:über (?:den autor|die autorin(?:nen)?|die autoren|uns)|zum autor|zur autorin|zur person|autoreninfo|autorin?nen-?info)\b|\b(?:alle (?:artikel|beitr[äa]ge) (?:von|des autors|der autorin))\b/i,
  },
  {
    reason: 'bio',
    // the author's handle under the story: "Folgen Sie ihr auf X: @…"
    pattern:
      /\bfolg(?:en sie|e) (?:ihm|ihr|ihnen) (?:auf|bei) (?:x|twitter|instagram|bluesky|threads|mastodon|linkedin|facebook|tiktok)\b/i,
    maxWords: 40,
  },
  {
    reason: 'label',
    // an ad on one line behind its label: "Anzeige – Jetzt vergleichen und sparen!"
    pattern: /^(?:anzeige|werbung|sponsored|gesponsert)\s*[-–—:|]\s*\S/i,
    maxWords: 30,
  },
  {
    reason: 'paywall',
    // the brand of a subscription over its sales box: "SZ Plus", "NWZ+ Exklusiv", "WELTplus"
    pattern: /^[\p{L}\d]{1,12}\s?(?:\+|plus)(?:\s+(?:exklusiv|premium|artikel|inhalt))?$/iu,
    maxWords: 3,
  },
  {
    reason: 'newsletter',
    // a sign-up box: its heading "Newsletter „Campus“" and its promise "… kostenlos in Ihrem Postfach"
    pattern: /^newsletter\b|in (?:ihr(?:em|en)|dein(?:em|en)) (?:e-mail-)?(?:postfach|posteingang)/i,
    maxWords: 25,
  },
];

/**
 * Headings that open a page's comment section: all that follows them is readers' talk, not the article.
 * Matched on a whole line.
 */
export const DE_COMMENT_HEADINGS: RegExp =
  /^(?:(?:leser|nutzer|user)?kommentare|\d+ (?:leser)?kommentare?|(?:leser)?kommentare? \(\d+\)|kommentar (?:schreiben|verfassen|hinzuf[üu]gen|abgeben)|(?:noch )?keine (?:leser)?kommentare(?: vorhanden)?|leserbriefe|(?:leser|diskussions)?forum|\d+ postings?|postings?(?: \(\d+\))?|posting (?:schreiben|verfassen)|diskussion(?: \(\d+\))?|(?:ihre|deine) meinung(?: ist gefragt)?|diskutieren sie mit)(?:\s*[|·:.!?–-]\s*.{0,80})?$/iu;

/** Labels that introduce an advertisement: the short lines after them in the same block are the ad. */
export const DE_AD_LABELS: RegExp =
  /^(?:anzeige|werbung|sponsored|gesponsert|promotion|partnerinhalt|partner-inhalt|sponsored content|paid content|in kooperation mit .{1,40}|präsentiert von .{1,40}|werbung\s*[|·-]\s*anzeige)\s*:?$/i;

/** Labels that close an advertisement framed by markers ("Anzeige Ende"): all between the two labels is the ad. */
export const DE_AD_END_LABELS: RegExp =
  /^(?:(?:anzeige|werbung|werbeblock|sponsored content|promotion)\s*[-–—:]?\s*(?:ende|zu ende)|ende (?:der|des) (?:anzeige|werbung|werbeblocks?|werbeeinblendung))\s*\.?$/i;
