/**
 * Headings German news sites set over a box of key facts at the top of an article ("Das Wichtigste in
 * Kürze", "Auf einen Blick"): the list under such a heading is the article's content, not a teaser.
 */
export const DE_SUMMARY_HEADINGS: RegExp =
  /^(?:das wichtigste|die wichtigsten (?:fakten|punkte|infos|informationen|zahlen)|(?:das|der|die) [\p{L}-]+ in kürze|in kürze|kurz (?:und knapp|zusammengefasst|gesagt)|auf einen blick|(?:die )?fakten(?: im überblick)?|(?:das )?wichtigste(?:n)? im überblick|zusammenfassung|überblick|darum geht es|worum es geht)(?: in kürze| auf einen blick| im überblick)?\s*:?$/iu;
