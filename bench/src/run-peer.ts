import type { RawInput } from '@dossier/core';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Wraps a plain-text article as the simplest HTML page: one <p> per paragraph inside <article>. */
export function toHtml(text: string): string {
  const paras = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body><article>${paras.join('')}</article></body></html>`;
}

/** The peer: @mozilla/readability on a linkedom document of each article, timed on one thread. */
export function runReadabilityPeer(inputs: readonly RawInput[]): { ms: number; chars: number } {
  const once = (input: RawInput) => {
    const { document } = parseHTML(toHtml(input.text));
    return (
      new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
        ?.textContent?.length ?? 0
    );
  };
  for (const input of inputs.slice(0, 20)) once(input);
  const t = performance.now();
  let chars = 0;
  for (const input of inputs) chars += once(input);
  return { ms: performance.now() - t, chars };
}
