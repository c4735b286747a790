/** English month names, lower-case, to month numbers 1–12. */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** English weekday names, lower-case, to JavaScript day numbers (0 = Sunday). */
export const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** A regex alternation of the English month names (capitalised, as English writes them). */
export const EN_MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/** A regex alternation of the English weekday names. */
export const EN_WEEKDAY_PATTERN = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** English words that move a named week, month, year or weekday away from the article's date. */
export const EN_RELATIVE_QUALIFIERS: Readonly<Record<string, -1 | 0 | 1>> = {
  last: -1,
  past: -1,
  previous: -1,
  this: 0,
  next: 1,
  coming: 1,
};
