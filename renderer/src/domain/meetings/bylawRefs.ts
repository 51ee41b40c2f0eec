// References from the minutes to the bylaws, written into the paragraph's text the way a Swedish
// protocol writes them: "(stadgarna § 7)". Kept as plain text, so the PDF, the e-mail and the
// signed hash carry them as they read; the app finds them again to make them links.

export function bylawRef(number: string): string {
  return `(stadgarna § ${number.replace(/^§\s*/, '').trim()})`;
}

const REF = /\(stadgarna §\s*(\d+[a-z]?)\)/gi;

export type TextPart = { text: string; ref?: string };

/** The text cut into plain runs and references; joining every part's text gives the text back. */
export function splitBylawRefs(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(REF)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m[0], ref: m[1] });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** The § numbers referred to, each once, in the order they first appear. */
export function bylawRefsIn(text: string): string[] {
  return [...new Set(splitBylawRefs(text).flatMap((p) => (p.ref ? [p.ref] : [])))];
}

/** Inserts a reference at the cursor, with a space before it when the text runs on. */
export function insertBylawRef(text: string, at: number, number: string): { text: string; cursor: number } {
  const pos = Math.max(0, Math.min(at, text.length));
  const before = text.slice(0, pos);
  const ref = (before && !/\s$/.test(before) ? ' ' : '') + bylawRef(number);
  return { text: before + ref + text.slice(pos), cursor: pos + ref.length };
}
