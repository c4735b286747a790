/**
 * Headings that open the tail of a press release: the press contact and the "Über uns" boilerplate of the
 * issuing body. Tested on a short line stripped of Markdown emphasis and a trailing colon.
 */
export const DE_CONTACT_HEADING =
  /^(?:presse-?\s?kontakte?|medienkontakte?|kontakt für (?:die )?(?:presse|medien(?:vertreter(?:innen)?)?|journalist(?:inn)?en)|pressestelle|ansprechpartner(?:in|innen)?(?: für (?:die )?(?:presse|medien|rückfragen))?|rückfragen(?: an)?|für rückfragen|über uns|hinweis (?:für|an) (?:die )?redaktionen)$/i;

/** "Über die Stadtwerke Nordhafen": the issuer's self-description, headed by its capitalised name. */
export const DE_ABOUT_NAME_HEADING =
  /^Über (?:die |den |das )?\p{Lu}[\p{L}.&-]*(?:\s+(?:\p{Lu}[\p{L}.&-]*|&|und))*$/u;
