/**
 * Countries whose currency is written "$" in their own news, each with words naming the country and words
 * of its provinces or states: an article with both reads a bare "$" as that country's dollar, not the US one.
 */
export const EN_DOLLAR_COUNTRIES: readonly { code: string; country: RegExp; region: RegExp }[] = [
  {
    code: 'CAD',
    country: /\bCanad(?:a|ian|ians)\b/u,
    region:
      /\b(?:province|provinces|provincial|premier|Ottawa|Ontario|Quebec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|B\.C\.|Ont\.|Alta\.|Sask\.|Que\.)(?![\p{L}])/u,
  },
  {
    code: 'AUD',
    country: /\bAustralian?s?\b/u,
    region:
      /\b(?:New South Wales|Victoria|Queensland|Tasmania|South Australia|Western Australia|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|NSW)\b/u,
  },
  {
    code: 'NZD',
    country: /\bNew Zealand(?:ers?)?\b/u,
    // the Crown and Māori words as well as the regions: New Zealand news names the state and its tribes
    region:
      /\b(?:Auckland|Wellington|Christchurch|Aotearoa|Dunedin|Hamilton|Tauranga|Napier|Rotorua|Otago|Canterbury|Waikato|Northland|Taranaki|Southland|Gisborne|Tairāwhiti|Hawke's Bay|Bay of Plenty|Crown|Māori|Maori|iwi|hapū|marae|Kiwis?)(?![\p{L}])/u,
  },
];

/** Words that tie an article to the United States, whose "$" is the US dollar. */
export const EN_US_SIGNALS: RegExp = /\b(?:U\.S\.|United States|American|Americans|Washington)(?![\p{L}])/gu;
