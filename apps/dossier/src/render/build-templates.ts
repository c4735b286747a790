import Handlebars from 'handlebars';

/** Compiled labels and prose pieces of one language. */
export interface Templates {
  /** a short label from labels.hbs; the key itself when the label is missing */
  label(key: string, ctx?: Record<string, unknown>): string;
  /** a prose piece from NAME.hbs; empty when the template is missing */
  prose(name: string, ctx?: Record<string, unknown>): string;
}

/** Template sources by name (file name without .hbs); labels.hbs holds the labels as inline partials. */
export type TemplateSources = Record<string, string>;

/** Compiles template sources; output is plain text for the PDF, so nothing is HTML-escaped. */
export function buildTemplates(sources: TemplateSources): Templates {
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const cache = new Map<string, Handlebars.TemplateDelegate>();
  const compile = (src: string) => {
    let t = cache.get(src);
    if (!t) {
      t = hb.compile(src, { noEscape: true, strict: false });
      cache.set(src, t);
    }
    return t;
  };
  const labels = sources.labels ?? '';
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  // One compiled template for all labels, the partial chosen by name at run time: compiling the whole labels
  // file once per key cost seconds per build (the benchmark's profile).
  const LABEL_KEY = '__dossierLabelKey';
  const labelTemplate = `${labels}{{> (lookup . "${LABEL_KEY}") }}`;
  // Better still, each label compiled on its own: running the labels template re-registers every inline
  // partial, half a millisecond per distinct label. Each distinct label is rendered once either way (a
  // 1,000-article dossier asks for a few thousand labels, most of them the same).
  const own = toLabelTemplates(hb, labels);
  const rendered = new Map<string, string>();
  const label = (key: string, ctx: Record<string, unknown> = {}) => {
    const memo = `${key}\u0000${JSON.stringify(ctx)}`;
    let text = rendered.get(memo);
    if (text === undefined) {
      if (!labels.includes(`"${key}"`)) return key;
      try {
        const template = own ? own.get(key) : compile(labelTemplate);
        text = template ? squash(template({ ...ctx, [LABEL_KEY]: key })) : key;
      } catch {
        text = key;
      }
      rendered.set(memo, text);
    }
    return text;
  };
  // {{num n}}: a number in the templates' own locale (the "locale" label), "1.000" rather than "1000"
  let numberFormat: Intl.NumberFormat | null = null;
  hb.registerHelper('num', (n: unknown) => {
    if (typeof n !== 'number') return n;
    if (!numberFormat) {
      const locale = label('locale');
      try {
        numberFormat = new Intl.NumberFormat(locale === 'locale' ? 'en' : locale);
      } catch {
        numberFormat = new Intl.NumberFormat('en');
      }
    }
    return numberFormat.format(n);
  });
  return {
    label,
    prose(name, ctx = {}) {
      const src = sources[name];
      return src === undefined ? '' : squash(compile(src)(ctx));
    },
  };
}

/**
 * Compiles each `{{#*inline "key"}}` of a labels file as a template of its own and registers it as a partial
 * (so one label may use another, as inside the file). Only for a file of nothing but inline partials,
 * comments and white space, where that gives what running the whole file does; null otherwise.
 */
function toLabelTemplates(
  hb: typeof Handlebars,
  labels: string,
): Map<string, Handlebars.TemplateDelegate> | null {
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(labels);
  } catch {
    return null;
  }
  const programs = new Map<string, hbs.AST.Program>();
  for (const node of ast.body) {
    if (node.type === 'CommentStatement') continue;
    if (node.type === 'ContentStatement' && !(node as hbs.AST.ContentStatement).value.trim()) continue;
    const block = node as hbs.AST.BlockStatement;
    const name = block.params?.[0] as hbs.AST.StringLiteral | undefined;
    const path = block.path as hbs.AST.PathExpression | undefined;
    if (node.type !== 'DecoratorBlock' || path?.original !== 'inline' || name?.type !== 'StringLiteral')
      return null;
    // a later definition of the same key wins, as the file's own registration order gives
    programs.set(name.value, block.program);
  }
  const out = new Map<string, Handlebars.TemplateDelegate>();
  for (const [key, program] of programs) {
    const template = hb.compile(program, { noEscape: true, strict: false });
    out.set(key, template);
    hb.registerPartial(key, template);
  }
  return out;
}
