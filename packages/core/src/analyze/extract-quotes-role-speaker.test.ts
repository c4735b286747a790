import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const indirect = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs))
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: reported speech after a role noun or a fronted adverb', () => {
  it.each([
    {
      name: '", berichtete die Medizinerin:" means the doctor named just before',
      paras: [
        '„Die Übungen helfen“, sagt Studienleiterin Mira Holm, Oberärztin an der Klinik. Gerade junge Patienten hätten das Programm gut angenommen, berichtete die Medizinerin: Das Alter lag bei 30 Jahren.',
      ],
      want: [['Gerade junge Patienten hätten das Programm gut angenommen', 'Mira Holm']],
    },
    {
      name: '"sagte die 51-Jährige": the article gives the age noun its gender, the woman named just before',
      paras: [
        'Bäckerin Gisela Ahrens öffnet um fünf Uhr. „Wir sind sehr müde“, sagte die 51-Jährige. Ohne Hilfe müsse sie den Laden bald schließen.',
      ],
      want: [['Ohne Hilfe müsse sie den Laden bald schließen', 'Gisela Ahrens']],
    },
    {
      name: '"nach den Worten der Ministerin": the minister named before is the speaker',
      paras: [
        'Sozialministerin Karla Ostendorp stellte das Programm vor. Die Kitas sollen nach den Worten der Ministerin mehr Personal bekommen.',
      ],
      want: [['Die Kitas sollen mehr Personal bekommen', 'Karla Ostendorp']],
    },
    {
      name: '"Die Stadt" speaks as a body',
      paras: ['Die Stadt widersprach dem Verein: Die Halle sei nie für Turniere gebaut worden.'],
      want: [['Die Halle sei nie für Turniere gebaut worden', 'Stadt']],
    },
    {
      name: 'a sentence-initial adverb before a colon is no speaker: the Konjunktiv goes on with the last one',
      paras: [
        '„Ohne Halle gibt es keinen Unterricht“, sagte Trainer Olaf Brink. Hinzu kämen lange Wartelisten bei Kursen: Viele Vereine hätten Wartezeiten von mehr als einem Jahr.',
      ],
      want: [
        [
          'Hinzu kämen lange Wartelisten bei Kursen: Viele Vereine hätten Wartezeiten von mehr als einem Jahr',
          'Olaf Brink',
        ],
      ],
    },
  ])('$name', ({ paras, want }) => {
    expect(indirect(paras)).toEqual(want);
  });
});
