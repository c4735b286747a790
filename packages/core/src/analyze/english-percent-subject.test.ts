import { describe, expect, it } from 'vitest';
import { englishPercentSubject } from './english-percent-subject.js';

describe('englishPercentSubject', () => {
  it.each([
    ['Patients lost an average of ', '% of their body weight after a year.', 'weight'],
    ['The party won ', '% of the vote.', 'vote'],
    ['Doctors had expected weight loss of about ', '%.', 'weight'],
    ['The group reported revenue growth of ', '% in the quarter.', 'revenue'],
    ['Shares fell ', '% to $64.30.', undefined],
    ['Gas customers saw an even steeper drop of ', ' percent.', undefined],
    ['Exports showed a modest rise of ', '%.', undefined],
    ['The chain reported customer growth of ', '%.', 'customer'],
  ])('%s|%s → %s', (before, after, subject) => {
    expect(englishPercentSubject(before, after)).toBe(subject);
  });
});
