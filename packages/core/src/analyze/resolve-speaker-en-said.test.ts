import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const indirect = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs, { language: 'en' }))
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes (English): "said" with a common-noun, firm or titled speaker', () => {
  it.each([
    {
      name: 'a plural common noun after a country abbreviation, "said on <day> they …"',
      para: 'U.K. rail regulators said on Tuesday they had opened an inquiry into late trains on two lines.',
      want: [['they had opened an inquiry into late trains on two lines', 'rail regulators']],
    },
    {
      name: '"<Place>-based X said in a statement it …": the firm without its home town',
      para: 'Ohio-based Brandell said in a statement it was reviewing the contract with the county.',
      want: [['it was reviewing the contract with the county', 'Brandell']],
    },
    {
      name: '"According to data from the consultancy X,": the firm after "from"',
      para: 'According to data from the consultancy Harbor Metrics, rents rose by a fifth last year.',
      want: [['rents rose by a fifth last year', 'Harbor Metrics']],
    },
    {
      name: 'a collective speaker at the end: "…, the auditors said."',
      para: 'Nearly half of the invoices were paid late, the auditors said.',
      want: [['Nearly half of the invoices were paid late', 'auditors']],
    },
    {
      name: 'a titled name in apposition: "The head of X, Dr. Jane Roe, said …"',
      para: 'The head of Lakeside Clinic, Dr. Priya Hallworth, said the ward was short of ten nurses.',
      want: [['the ward was short of ten nurses', 'Priya Hallworth']],
    },
    {
      name: 'a lower-case title before the name and a long apposition: "Board member X, who …, said"',
      para: 'Board member Fabian Renwick, who chairs the audit panel, said the county had not looked at other sites.',
      want: [['the county had not looked at other sites', 'Fabian Renwick']],
    },
    {
      name: 'another verb before "but said": the titled name that opens the sentence',
      para: 'Mayor Linda Forsyth praised the report but said the budget was too small for the town.',
      want: [['the budget was too small for the town', 'Linda Forsyth']],
    },
    {
      name: '"and said the harbour board had …" after a quotation: the subject, not "said the harbour board"',
      para: 'Green party housing spokesperson Fiona Abernethy called the tender "a farce" and said the harbour board had ignored the fishermen.',
      want: [['the harbour board had ignored the fishermen', 'Fiona Abernethy']],
    },
  ])('$name', ({ para, want }) => {
    expect(indirect([para])).toEqual(want);
  });
});

describe('extractQuotes (English): "said X was "…" and that Y …" is also reported speech', () => {
  it.each([
    {
      name: 'a quoted phrase and a "that" clause of its own',
      para: 'The mayor, Ruth Kaplan, said the city was "doing everything it can" and that no bus route would be cut.',
      want: [['the city was "doing everything it can" and that no bus route would be cut', 'Ruth Kaplan']],
    },
  ])('$name', ({ para, want }) => {
    expect(indirect([para])).toEqual(want);
  });
});

describe('extractQuotes (English): "according to documents …" names the documents, not the speaker before', () => {
  it.each([
    {
      name: 'a trailing "according to documents posted on …" after a quoted spokeswoman',
      paras: [
        '"We are looking at it," said Dana Pryor, a spokeswoman for the agency.',
        "The review covers buses built between May 2021 and July 2023, according to documents posted on the agency's website.",
      ],
      want: [['The review covers buses built between May 2021 and July 2023', 'documents']],
    },
    {
      name: '"according to court filings": the filings, not "court"',
      paras: ['The mayor knew of the leak in spring, according to court filings.'],
      want: [['The mayor knew of the leak in spring', 'court filings']],
    },
  ])('$name', ({ paras, want }) => {
    expect(indirect(paras)).toEqual(want);
  });
});
