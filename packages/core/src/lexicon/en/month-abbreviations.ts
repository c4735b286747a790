/**
 * The abbreviations of English month names that news style (AP) writes before a day ("Dec. 8", "Sept. 30"),
 * to month numbers 1–12; the short months are never abbreviated.
 */
export const EN_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  Jan: 1,
  Feb: 2,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};
