import { describe, expect, it } from 'vitest';
import { englishActingSubject } from './english-acting-subject.js';

describe('englishActingSubject', () => {
  it.each([
    ['The Government will spend $50 million on new ferries.', 'Government'],
    ['The county council has put the cost of the bypass at $12m.', 'county council'],
    ['The transport ministry estimated the damage at $8 million.', 'transport ministry'],
    ['The port authority paid $2 million to the contractor.', 'port authority'],
    ['The district has 430 pupils.', null],
    ['The council of elders met 3 times.', null],
    ['Officials said the ferry cost $5 million.', null],
  ])('%s → %s', (sentence, subject) => {
    expect(englishActingSubject(sentence)).toBe(subject);
  });
});
