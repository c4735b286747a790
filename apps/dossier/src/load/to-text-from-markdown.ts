import { Lexer, type Token, type Tokens } from 'marked';

/** The few named character references Markdown texts use; numeric ones are read by number. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (m, dec, hex, name) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? m;
    const cp = dec ? Number(dec) : Number.parseInt(hex, 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** HTML tags written into Markdown say nothing themselves; their text stays, a line break or block end breaks the line. */
const stripTags = (html: string) =>
  decodeEntities(
    html
      .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n')
      .replace(/<!--[\s\S]*?-->|<[^>]*>/g, ''),
  );

function inlineText(tokens: readonly Token[] = []): string {
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        out += 'tokens' in t && t.tokens ? inlineText(t.tokens) : decodeEntities(t.text);
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        // a link is its text: the target is an address, not something the article says
        out += inlineText((t as Tokens.Link).tokens);
        break;
      case 'escape':
      case 'codespan':
        out += (t as Tokens.Codespan).text;
        break;
      case 'br':
        out += '\n';
        break;
      case 'html':
        out += stripTags((t as Tokens.HTML).text);
        break;
      // images (their alt text is a caption at best) and task checkboxes: nothing
      default:
        break;
    }
  }
  return out;
}

function blockTexts(tokens: readonly Token[], out: string[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'paragraph':
      case 'heading':
        out.push(inlineText((t as Tokens.Paragraph).tokens));
        break;
      case 'text':
        out.push('tokens' in t && t.tokens ? inlineText(t.tokens) : decodeEntities((t as Tokens.Text).text));
        break;
      case 'blockquote':
        blockTexts((t as Tokens.Blockquote).tokens, out);
        break;
      case 'list':
        // one line per item, the list one paragraph: as a list of links reads in a scraped text
        out.push(
          (t as Tokens.List).items
            .map((item) => {
              const parts: string[] = [];
              blockTexts(item.tokens, parts);
              return parts.join('\n');
            })
            .join('\n'),
        );
        break;
      case 'table': {
        const table = t as Tokens.Table;
        out.push(
          [table.header, ...table.rows]
            .map((row) => row.map((c) => inlineText(c.tokens)).join(' | '))
            .join('\n'),
        );
        break;
      }
      case 'code':
        out.push((t as Tokens.Code).text);
        break;
      case 'html':
        out.push(stripTags((t as Tokens.HTML).text));
        break;
      // rules, blank space and link definitions: nothing
      default:
        break;
    }
  }
}

/**
 * The text of a Markdown article as a scraped text reads: one paragraph per block (headings, paragraphs,
 * quotes, lists with one line per item), emphasis and link targets gone, images left out. Parsed with
 * marked's lexer (CommonMark and GitHub's tables).
 */
export function toTextFromMarkdown(markdown: string): string {
  return toMarkdownArticle(markdown).text;
}

/**
 * The text of a Markdown article (as toTextFromMarkdown gives it) and its headline: the first top-level
 * `#` heading of three words or more, which a banner or a menu line above it never is.
 */
export function toMarkdownArticle(markdown: string): { text: string; title?: string } {
  const blocks: string[] = [];
  const tokens = Lexer.lex(markdown);
  blockTexts(tokens, blocks);
  const text = blocks
    .map((b) => b.replace(/[ \t]+\n/g, '\n').trim())
    .filter((b) => b !== '')
    .join('\n\n');
  const h1 = tokens.find(
    (t): t is Tokens.Heading => t.type === 'heading' && (t as Tokens.Heading).depth === 1,
  );
  const title = h1 ? inlineText(h1.tokens).replace(/\s+/g, ' ').trim() : '';
  return title.split(' ').length >= 3 ? { text, title } : { text };
}
