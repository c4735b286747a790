/** Headings that open the tail of an English press release: the press contact and the "About us" boilerplate. */
export const EN_CONTACT_HEADING =
  /^(?:press contacts?|media contacts?|media enquiries|media inquiries|press enquiries|press inquiries|for (?:further|more) information(?:,? (?:please )?contact)?|about us|notes? to editors)$/i;

/** "About Lakeside Bakeries Ltd": the issuer's self-description, headed by its capitalised name. */
export const EN_ABOUT_NAME_HEADING = /^About (?:the )?\p{Lu}[\p{L}.&-]*(?:\s+(?:\p{Lu}[\p{L}.&-]*|&|and))*$/u;
