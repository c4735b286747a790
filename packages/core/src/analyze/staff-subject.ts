// "beschäftigt 2.400 Menschen", "arbeiten 900 Menschen", "mit 300 Angestellten": employing verbs and nouns
const EMPLOYS =
  /(?<![\p{L}])(?:beschäftigt|beschäftigen|beschäftigte|beschäftigten|arbeiten|arbeiteten|angestellt|belegschaft|employs|employed|employing|workforce)(?![\p{L}])/iu;

/**
 * The subject of a count of people in a sentence about employment: "Beschäftigte" ("Die Firma beschäftigt
 * rund 2.400 Menschen"), so it shares a subject with "2.400 Mitarbeiter" elsewhere; else as given.
 */
export function staffSubject(sentence: string, subject: string | undefined): string | undefined {
  return subject === 'Menschen' && EMPLOYS.test(sentence) ? 'Beschäftigte' : subject;
}
