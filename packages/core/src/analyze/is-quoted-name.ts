// opening and closing marks that may stand around a quoted name, in every style the articles use
const QUOTED = /["„“”«»‚‘’]/u;

/**
 * True when the text writes `name` as a whole quotation ("calling itself "Night Owl"", die Initiative
 * „Unser Bad bleibt“): a label of a group, product or campaign, which news prose never does for a person.
 */
export function isQuotedName(paragraphs: readonly string[], name: string): boolean {
  for (const p of paragraphs) {
    let at = p.indexOf(name);
    while (at >= 0) {
      const before = p[at - 1] ?? '';
      const after = p[at + name.length] ?? '';
      if (QUOTED.test(before) && QUOTED.test(after)) return true;
      at = p.indexOf(name, at + 1);
    }
  }
  return false;
}
