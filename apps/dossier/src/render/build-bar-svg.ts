/** Builds a one-bar SVG (value relative to max) from numbers only, so no article text can reach an svg node. */
export function buildBarSvg(value: number, max: number, width = 140, height = 10): string {
  const w = Math.max(0, Math.min(width, Number.isFinite(value / max) && max > 0 ? (value / max) * width : 0));
  const r = (x: number) => Math.round(x * 100) / 100;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r(width)}" height="${r(height)}" viewBox="0 0 ${r(width)} ${r(height)}">` +
    `<rect x="0" y="0" width="${r(width)}" height="${r(height)}" fill="#e8edf3"/>` +
    `<rect x="0" y="0" width="${r(Math.max(w, 1))}" height="${r(height)}" fill="#1f3a5f"/>` +
    '</svg>'
  );
}
