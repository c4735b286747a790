import { describe, expect, it } from 'vitest';
import { toIsoDate } from './to-iso-date.js';

describe('toIsoDate', () => {
  it.each([
    ['2023-03-14', '2023-03-14'],
    ['2023-03-14T23:30:00-05:00', '2023-03-14'],
    ['2023-3-4', '2023-03-04'],
    ['2023-03', '2023-03'],
    ['2023', '2023'],
    ['14.03.2023', '2023-03-14'],
    ['4. 3. 2023', '2023-03-04'],
    ['Tue, 14 Mar 2023 08:00:00 GMT', '2023-03-14'],
    [new Date(Date.UTC(2023, 2, 14)), '2023-03-14'],
    [2023, '2023'],
    ['31.02.2023', null],
    ['2023-13', null],
    ['gestern', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (input, iso) => {
    expect(toIsoDate(input)).toBe(iso);
  });
});
