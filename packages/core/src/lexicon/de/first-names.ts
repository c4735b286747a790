/**
 * Common given names in German-language news (German, and the international names of sport, business
 * and politics), lower-case. A capitalised pair that opens with one of these is a person even without a
 * role or verb beside it ("durch einen Treffer von Jonas X"): the gazetteer step of name recognition.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `
  alexander andreas anton armin arne axel benedikt benjamin bernd bernhard björn bodo boris burkhard
  carsten christian christoph christopher clemens constantin daniel david dennis detlef dieter dirk
  dominik edgar elias emil erik ernst fabian felix florian frank franz friedrich georg gerd gerhard
  gregor günter günther hannes hans harald heiko heinrich heinz helmut hendrik henning henrik herbert
  holger horst hubert hugo ingo jakob jan jannik jens joachim jochen johann johannes jonas jonathan
  jörg josef julian julius jürgen kai karl karsten klaus konrad kurt lars lennart leon leonard lukas
  luca lutz malte manfred marc marcel marco marcus mario markus martin mathias matthias max maximilian
  michael mirko moritz nico niklas nikolas nils norbert olaf oliver oskar otto pascal patrick patrik
  paul peter philipp rainer ralf ralph reinhard rené richard robert roland rolf rüdiger sebastian
  simon stefan steffen stephan sven thomas thorsten tilman tim timo tobias torsten udo ulf ulrich uwe
  valentin volker walter werner wilhelm wolfgang yannick
  adriana agnes alexandra alina amelie andrea angelika anja anke anna annalena anne annette antje
  barbara beate bettina birgit brigitte carina carla carolin caroline charlotte christa christiane
  christina claudia cornelia dagmar daniela diana doris dorothea elena elisabeth elke ellen emilia emma
  eva franziska frauke friederike gabriele gerda gisela greta hanna hannah heike helga helene henriette
  ilse ina ines inga inge ingrid irene iris isabel jana janina jasmin jessica johanna josephine judith
  julia juliane jutta karin katharina katherina kathrin katja katrin kerstin kirsten klara lara laura
  lea lena leonie lisa luisa manuela mareike margarete maria marie marina marion marlene martina
  melanie michaela miriam monika nadine nadja natalie nicole nina petra pia ramona regina renate ricarda
  rita sabine sabrina sandra sara sarah saskia silke silvia simone sonja sophia sophie stefanie
  stephanie susanne svenja sylvia tanja tatjana theresa ulrike ursula ute vanessa verena vera viktoria
  yvonne
  adam alan albert andrew anthony ben brian charles chris dan edward eric george harry henry jack
  jacob james jason joe john joseph kevin mark matthew mike nick richard robert ryan sam samuel scott
  steve steven william
  alice amy catherine elizabeth emily emma grace helen jane jennifer jessica kate katherine linda
  lucy mary rachel rebecca sarah susan
  alessandro andrea antonio carlo davide fabio federico francesco giorgio giovanni giuseppe lorenzo
  luigi marco matteo paolo pietro roberto salvatore stefano vincenzo
  alejandro carlos diego fernando javier jorge josé juan luis manuel miguel pablo pedro sergio
  antoine emmanuel françois jean julien laurent louis nicolas olivier pierre
  ahmet ali can cem emre hakan kemal mehmet mustafa murat özlem serkan yusuf aylin ayşe elif fatma
  adrian aleksandar andrej bogdan dmitri dmitrij dušan igor ivan jakub jiří karel luka marek milan
  miroslav nikola pavel petr tomáš vladimir wojciech
  anders erling henrik kasper lasse magnus mats morten ole rasmus søren stig
  `
    .split(/\s+/)
    .filter(Boolean),
);
