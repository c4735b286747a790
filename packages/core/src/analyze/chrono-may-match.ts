import { MONTH_PATTERN } from '../lexicon/de/calendar.js';
import { CASUAL_CUE, dateWordCues, LONG_S_CUE } from './date-word-cues.js';

// chrono also reads "1/2" or "3-4"; German dates are written with dots or a month name.
/** A day-month date chrono read that is kept: a day with a dot before a month name or a short capitalised word. */
export const CHRONO_NAMED = new RegExp(
  `\\d{1,2}\\.\\s*(?:bis\\s+(?:zum\\s+|am\\s+)?\\d{1,2}\\.\\s*)?(?:${MONTH_PATTERN}|[A-Z][a-zä]{2,3}\\.?)`,
  'u',
);

/** A numeric day-month-year date chrono read that is kept ("24.10.2024"), at the start of its text. */
export const CHRONO_NUMERIC = /^\d{1,2}\.\d{1,2}\.\d{2,4}/u;
const NUMERIC_ANYWHERE = /\d{1,2}\.\d{1,2}\.\d{2,4}/u;

/** Casual day words chrono reads ("übermorgen" and "vorgestern" contain "morgen" and "gestern"). */
const CASUAL_DAY = /gestern|heute|morgen/iu;

/**
 * CASUAL_DAY, from the text's date word cues: with the iu flags only the long s 'ſ' folds to a letter of
 * these words ("s") that a case-insensitive match without u does not take, so a text holding it is tested
 * with the pattern itself.
 */
export function casualDayIn(text: string, cues = dateWordCues(text)): boolean {
  if (cues & LONG_S_CUE) return CASUAL_DAY.test(text);
  return (cues & CASUAL_CUE) !== 0;
}

/*
 * chrono's German relative parsers (DETimeUnitRelativeFormatParser, DETimeUnitWithinFormatParser, chrono-node
 * 2.10) read "vor drei Tagen", "in zwei Wochen"; the pieces below copy their patterns (and flags) so that a
 * text without such a phrase is known to give no relative result. chrono-may-match.test.ts checks the copies
 * against the installed chrono.
 */
/** chrono's NUMBER_PATTERN (de). */
export const CHRONO_NUMBER =
  '(?:(?:sieben|zwoelf|einem|einen|einer|fuenf|sechs|zwölf|eins|eine|zwei|drei|vier|fünf|acht|neun|zehn|elf)|[0-9]+|[0-9]+\\.[0-9]+|halb?|halbe?|einigen?|wenigen?|mehreren?)';
/** chrono's TIME_UNIT_DICTIONARY keys as an alternation, longest first (de). */
export const CHRONO_UNIT =
  '(?:quartalen|sekunden|quartals|quartale|sekunde|minuten|stunden|monaten|quartal|minute|stunde|wochen|monate|monats|jahren|jahres|tagen|woche|monat|jahre|tage|jahr|sek|min|std|tag|jr|h|a|j)';
/** chrono's relative modifiers (de), without their endings. */
export const CHRONO_MODIFIER = 'nächste|kommende|folgende|letzte|vergangene|vorige|vor(?:her|an)gegangene';
const SINGLE_UNIT = `(?:${CHRONO_NUMBER})\\s{0,5}(?:${CHRONO_UNIT})\\s{0,5}`;
/** chrono's TIME_UNITS_PATTERN (de): up to eleven "number unit" pairs. */
export const CHRONO_TIME_UNITS = `${SINGLE_UNIT}(?:\\s{0,5},?\\s{0,5}${SINGLE_UNIT}){0,10}`;

/**
 * A relative result is kept only when its text starts with "vor" or "in" and a space; of chrono's German
 * parsers only the two relative ones can start a result there, so their match from that word is in the text.
 */
const RELATIVE_PHRASE = new RegExp(
  `(?:vor|in)\\s+(?:${CHRONO_NUMBER})?(?:\\s*(?:${CHRONO_MODIFIER})(?:s|n|m|r)?)?\\s*${CHRONO_UNIT}(?=\\W|$)|in\\s+(?:${CHRONO_TIME_UNITS})(?=\\W|$)`,
  'i',
);

/**
 * Whether chrono's German parser can yield a result that chronoDates keeps: a casual day word, a relative
 * phrase from "vor"/"in", or a day-month date (named or numeric). Each kept result's text is a piece of the
 * text that matches one of these, so a text that matches none would give nothing and skips the parser.
 */
export function chronoMayMatch(
  text: string,
  /** what the caller knows already: a casual day word (casualDayIn), any ASCII digit at all */
  known: { casual: boolean; digits: boolean } = { casual: casualDayIn(text), digits: true },
): boolean {
  return (
    known.casual ||
    // both day-month patterns need a digit
    (known.digits && text.includes('.') && (CHRONO_NAMED.test(text) || NUMERIC_ANYWHERE.test(text))) ||
    RELATIVE_PHRASE.test(text)
  );
}
