import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// patches/pdfmake@0.3.11.patch rewrites pdfmake's style lookup without per-call closures and Sets (it runs
// about twenty times for every word of the dossier); these are the semantics it must keep.
const require = createRequire(import.meta.url);
type Stack = {
  styleOverrides: unknown[];
  push(s: unknown): void;
  getProperty(p: string): unknown;
};
const StyleContextStack = require('pdfmake/js/StyleContextStack.js').default as {
  new (dict: Record<string, unknown>, defaultStyle?: Record<string, unknown>): Stack;
  getStyleProperty(item: unknown, stack: Stack | null, property: string, defaultValue: unknown): unknown;
};

const styles = {
  body: { fontSize: 10, color: 'ink' },
  quote: { italics: true, extends: 'body' },
  pull: { fontSize: 14, extends: ['quote', 'body'] },
  loopA: { extends: 'loopB' },
  loopB: { extends: 'loopA' },
  empty: { color: null },
};

describe('pdfmake style lookup (patched)', () => {
  it.each([
    // item, property, expected
    [{ fontSize: 7 }, 'fontSize', 7],
    [{ style: 'body' }, 'fontSize', 10],
    [{ style: 'quote' }, 'fontSize', 10],
    [{ style: 'quote' }, 'italics', true],
    [{ style: 'pull' }, 'fontSize', 14],
    [{ style: 'pull' }, 'italics', true],
    [{ style: ['body', 'pull'] }, 'fontSize', 14],
    [{ style: ['pull', 'body'] }, 'fontSize', 10],
    [{ style: 'loopA' }, 'fontSize', 12],
    [{ style: 'missing' }, 'color', 'default'],
    [{ style: 'empty' }, 'color', 'default'],
    [{ style: 'empty', color: 'red' }, 'color', 'red'],
    [{ style: 'body' }, 'lineHeight', 1.5],
  ])('%j gives %s = %j', (item, property, expected) => {
    const stack = new StyleContextStack(styles, { lineHeight: 1.5 });
    stack.push({ fontSize: 12, color: 'default' });
    expect(StyleContextStack.getStyleProperty(item, stack, property, 'fallback')).toEqual(expected);
    // what was pushed for the lookup is popped again
    expect(stack.styleOverrides).toHaveLength(1);
  });

  it('falls back to the default value without a stack or a value', () => {
    expect(StyleContextStack.getStyleProperty({}, null, 'fontSize', 12)).toBe(12);
    expect(
      StyleContextStack.getStyleProperty({ style: 'loopA' }, new StyleContextStack(styles), 'x', 3),
    ).toBe(3);
  });

  it('reads a string item as no style of its own', () => {
    const stack = new StyleContextStack(styles);
    stack.push('body');
    expect(StyleContextStack.getStyleProperty('plain text', stack, 'fontSize', 0)).toBe(10);
    expect(stack.styleOverrides).toEqual(['body']);
  });
});
