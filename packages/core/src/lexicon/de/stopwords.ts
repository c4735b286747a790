/** Frequent German function words, lower-case: running text is dense with them, page furniture is not. */
export const DE_STOPWORDS: ReadonlySet<string> = new Set(
  `aber alle allem allen aller alles als also am an andere anderen anderer anderes auch auf aus bei beim
  bereits bis bisher bislang da dabei dadurch dafür dagegen daher damit danach dann daran darauf darin darum
  darüber das dass davon dazu dem den denen denn der deren des deshalb dessen die dies diese diesem diesen
  dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa euch für gegen gewesen habe
  haben hat hatte hatten hier ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist ja jede jedem
  jeden jeder jedoch jetzt kann kein keine keinem keinen keiner können könnte man mehr mit muss müssen nach
  nachdem nicht nichts noch nun nur ob oder ohne schon sehr sei seien sein seine seinem seinen seiner seit
  sich sie sind so soll sollen sollte sondern sowie über um und uns unser unsere unter vom von vor während
  war waren was weil weiter welche welchem welchen welcher wenn wer werde werden wie wieder will wir wird
  wo wurde wurden zu zum zur zwar zwischen`
    .split(/\s+/)
    .filter(Boolean),
);
