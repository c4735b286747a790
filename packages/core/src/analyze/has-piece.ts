/**
 * `text.split(' ').includes(piece)` without the array: whether `piece` stands in `text` between single
 * spaces or the ends of the text (a piece never holds a space itself).
 */
export function hasPiece(text: string, piece: string): boolean {
  if (piece.includes(' ')) return false;
  // (an empty piece is found at every index, the end included: the loop below would not stop)
  if (piece.length === 0) return text.split(' ').includes('');
  const end = text.length - piece.length;
  for (let at = text.indexOf(piece); at >= 0 && at <= end; at = text.indexOf(piece, at + 1)) {
    const opens = at === 0 || text.charCodeAt(at - 1) === 0x20;
    if (opens && (at === end || text.charCodeAt(at + piece.length) === 0x20)) return true;
  }
  return false;
}
