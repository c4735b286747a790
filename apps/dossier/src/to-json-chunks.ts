/** Characters gathered before a chunk is handed on: big enough for few writes, small next to a corpus. */
const CHUNK_CHARS = 1 << 20;

/**
 * The text of `JSON.stringify(value, null, 2)` plus a newline, in chunks: top-level arrays are serialised
 * element by element, so a 10,000-article corpus.json (≈140 MB) is never one string in memory. Exact,
 * because JSON.stringify escapes line breaks inside strings, so its only line breaks are its own and a nested
 * value's text is its separate text with every line after the first indented by the nesting depth.
 */
export function* toJsonChunks(value: Record<string, unknown>): Generator<string> {
  let buffer = '';
  const emit = function* (text: string): Generator<string> {
    buffer += text;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  };
  const entries = Object.entries(value).filter(([, v]) => isSerialisable(v));
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield* emit('{\n');
  for (const [i, [key, v]] of entries.entries()) {
    yield* emit(`  ${JSON.stringify(key)}: `);
    if (Array.isArray(v) && v.length > 0) {
      yield* emit('[\n');
      for (const [j, item] of v.entries()) {
        // an array keeps undefined and functions as null, like JSON.stringify
        const text = isSerialisable(item) ? indent(JSON.stringify(item, null, 2), '    ') : 'null';
        yield* emit(`    ${text}${j < v.length - 1 ? ',' : ''}\n`);
      }
      yield* emit('  ]');
    } else yield* emit(indent(JSON.stringify(v, null, 2), '  '));
    yield* emit(i < entries.length - 1 ? ',\n' : '\n');
  }
  yield* emit('}\n');
  if (buffer) yield buffer;
}

function isSerialisable(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
}

function indent(text: string, by: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${by}`) : text;
}
