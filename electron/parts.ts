// A new sync file as parts: new bytes, or a range of the file it replaces. Shared by the page,
// which joins the ranges before it sends a write, and the Node side, which joins them again for
// any caller that did not. No Node module here: the renderer imports it too.

export type FilePart = Uint8Array | { offset: number; length: number };

/**
 * The same parts with reused ranges that follow each other in the base file joined into one: most
 * unchanged segments do, so a write of ten changed segments names about twenty ranges instead of
 * two thousand.
 */
export function coalesceParts<P extends FilePart>(parts: readonly P[]): P[] {
  const out: P[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (!(p instanceof Uint8Array) && last !== undefined && !(last instanceof Uint8Array) && last.offset + last.length === p.offset) {
      out[out.length - 1] = { offset: last.offset, length: last.length + p.length } as P;
    } else out.push(p);
  }
  return out;
}
