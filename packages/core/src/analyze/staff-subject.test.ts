import { describe, expect, it } from 'vitest';
import { staffSubject } from './staff-subject.js';

describe('staffSubject', () => {
  it.each([
    ['Die Brauerei beschäftigt rund 2.400 Menschen in drei Werken.', 'Menschen', 'Beschäftigte'],
    ['In dem Werk arbeiten 900 Menschen.', 'Menschen', 'Beschäftigte'],
    ['Bei dem Brand wurden 12 Menschen verletzt.', 'Menschen', 'Menschen'],
    ['Die Brauerei beschäftigt 40 Lehrlinge.', 'Lehrlinge', 'Lehrlinge'],
  ])('%s', (sentence, subject, want) => {
    expect(staffSubject(sentence, subject)).toBe(want);
  });
});
