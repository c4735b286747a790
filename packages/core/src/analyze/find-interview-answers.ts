// the interviewer's turn: "Frage:", "F:", "Interviewer:"; English "Q:"
const QUESTION = /^(?:Frage|F|Interviewer|Interviewerin|Q|Question)\s*:\s*\S/u;
// an answer turn labelled with the interviewee's surname (or full name): "Berger:", "Anna Berger:"
const ANSWER = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*:\s+(\S[\s\S]*)$/u;
// words before a surname that are no given name: forms of address and titles
const NOT_GIVEN = /^(?:Frau|Herr|Herrn|Prof|Dr|Doktor|Professor|Professorin)$/u;

/** One answer turn of an interview: the label's person, the answer and its paragraph. */
export interface InterviewAnswer {
  speaker: string;
  text: string;
  paragraph: number;
}

/**
 * The answer turns of an interview printed as "Frage: …" / "Name: …" paragraphs: each answer is a direct quote
 * of the interviewee, named as in the rest of the text ("Anna Berger" for the label "Berger"). A text with fewer
 * than two questions, or a label that answers fewer than two of them, is no interview.
 */
export function findInterviewAnswers(paragraphs: readonly string[]): InterviewAnswer[] {
  const isQuestion = paragraphs.map((p) => QUESTION.test(p.trim()));
  if (isQuestion.filter(Boolean).length < 2) return [];
  // answers right after a question, by label
  const byLabel = new Map<string, { text: string; paragraph: number }[]>();
  let prevLabel: string | null = null;
  paragraphs.forEach((raw, i) => {
    const p = raw.trim();
    if (isQuestion[i]) {
      prevLabel = '?';
      return;
    }
    const m = ANSWER.exec(p);
    if (!m || prevLabel !== '?') {
      // other paragraphs (an ad, a caption) between turns keep the turn order going; prose ends it
      if (!m && p.length > 200) prevLabel = null;
      return;
    }
    const label = m[1]!;
    prevLabel = label;
    const list = byLabel.get(label) ?? [];
    list.push({ text: m[2]!.trim(), paragraph: i });
    byLabel.set(label, list);
  });
  const all = paragraphs.join('\n');
  const out: InterviewAnswer[] = [];
  for (const [label, answers] of byLabel) {
    if (answers.length < 2) continue;
    out.push(...answers.map((a) => ({ speaker: fullNameOf(label, all), ...a })));
  }
  return out.sort((a, b) => a.paragraph - b.paragraph);
}

/** The full name the text gives a surname label ("Berger" → "Anna Berger"), or the label itself. */
function fullNameOf(label: string, text: string): string {
  if (label.includes(' ')) return label;
  const esc = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(
    new RegExp(`(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+${esc}(?![\\p{L}])`, 'gu'),
  ))
    if (!NOT_GIVEN.test(m[1]!)) return `${m[1]} ${label}`;
  return label;
}
