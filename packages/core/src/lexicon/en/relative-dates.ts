/**
 * English words of a clause that speaks of what lies ahead ("will", "would", "is expected to", "is in force
 * from"), so a weekday or month it names without a date is the next one.
 */
export const EN_FUTURE_MARKERS =
  /\b(?:will|would|shall|expected|forecast to|is forecast|are forecast|due to|set to|in force|going to|scheduled|plans? to|could|should)\b/iu;
