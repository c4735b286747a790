import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const quotes = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs)).map((q) => [q.kind, q.text, q.speaker]);

describe('extractQuotes: a Konjunktiv sentence goes on with the speaker of the statement before', () => {
  it.each([
    {
      name: 'after "bezifferte … auf …"',
      paras: [
        'Schatzmeisterin Lena Vogt bezifferte die Kosten für den Umbau auf rund fünf Millionen Euro. Der Großteil davon werde bereits im Herbst fällig.',
      ],
      want: [['indirect', 'Der Großteil davon werde bereits im Herbst fällig', 'Lena Vogt']],
    },
    {
      name: 'after "verteidigte …" with no clause of its own',
      paras: [
        'Kämmerer Jonas Brede verteidigte die Finanzierung. Die Stadt werde dafür Kredite über zwanzig Millionen Euro aufnehmen.',
      ],
      want: [
        ['indirect', 'Die Stadt werde dafür Kredite über zwanzig Millionen Euro aufnehmen', 'Jonas Brede'],
      ],
    },
    {
      name: 'a phrase quoted in the Konjunktiv sentence is the speaker’s, not its subject’s',
      paras: [
        'Der Vorsitzende Paul Kessler kritisierte die Pläne scharf. „Die Mieter sollen jetzt für Fehler der Verwaltung zahlen“, sagte er. Der Verein werde „um jede einzelne Wohnung“ kämpfen.',
      ],
      want: [
        ['direct', 'Die Mieter sollen jetzt für Fehler der Verwaltung zahlen', 'Paul Kessler'],
        ['direct', 'um jede einzelne Wohnung', 'Paul Kessler'],
        ['indirect', 'Der Verein werde „um jede einzelne Wohnung“ kämpfen', 'Paul Kessler'],
      ],
    },
  ])('$name', ({ paras, want }) => {
    expect(quotes(paras)).toEqual(want);
  });
});
