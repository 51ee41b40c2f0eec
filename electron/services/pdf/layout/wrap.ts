// Line breaking for text that may change style mid-line (a bold label, a struck-out word).
// Breaks only at ordinary spaces: a no-break space keeps "1 234,50 kr" or "§ 4" together, and a
// word wider than the line (a long URL, a hash) is cut between characters rather than overflowing.
import type { FontName } from './fonts';

export type TextStyle = {
  font: FontName;
  size: number;
  color: string;
  underline?: boolean;
  strike?: boolean;
};
export type Span = { text: string; style: TextStyle };
export type Piece = { text: string; style: TextStyle; x: number; width: number };
export type Line = { pieces: Piece[]; width: number };
export type Measure = (text: string, style: TextStyle) => number;

type Part = { text: string; style: TextStyle };
type Token = { kind: 'word'; parts: Part[] } | { kind: 'space'; style: TextStyle } | { kind: 'break' };

function tokenize(spans: Span[]): Token[] {
  const tokens: Token[] = [];
  for (const span of spans) {
    for (const bit of span.text.replace(/\r\n?/g, '\n').split(/(\n|[ \t]+)/)) {
      if (bit === '') continue;
      if (bit === '\n') tokens.push({ kind: 'break' });
      else if (/^[ \t]+$/.test(bit)) tokens.push({ kind: 'space', style: span.style });
      else {
        const last = tokens[tokens.length - 1];
        // Adjacent spans without a space between them form one word ("änd" + "rade").
        if (last?.kind === 'word') last.parts.push({ text: bit, style: span.style });
        else tokens.push({ kind: 'word', parts: [{ text: bit, style: span.style }] });
      }
    }
  }
  return tokens;
}

class LineBuilder {
  lines: Line[] = [];
  private parts: Part[] = [];
  private width = 0;

  constructor(private readonly measure: Measure) {}

  get isEmpty() {
    return this.parts.length === 0;
  }
  get currentWidth() {
    return this.width;
  }

  add(part: Part, width: number) {
    const last = this.parts[this.parts.length - 1];
    if (last && last.style === part.style) last.text += part.text;
    else this.parts.push({ ...part });
    this.width += width;
  }

  flush() {
    let x = 0;
    const pieces = this.parts.map((p) => {
      const width = this.measure(p.text, p.style);
      const piece = { text: p.text, style: p.style, x, width };
      x += width;
      return piece;
    });
    this.lines.push({ pieces, width: x });
    this.parts = [];
    this.width = 0;
  }
}

export function wrapSpans(spans: Span[], maxWidth: number, measure: Measure): Line[] {
  const out = new LineBuilder(measure);
  let space: TextStyle | undefined;
  for (const token of tokenize(spans)) {
    if (token.kind === 'break') {
      out.flush();
      space = undefined;
      continue;
    }
    if (token.kind === 'space') {
      space = token.style;
      continue;
    }
    const widths = token.parts.map((p) => measure(p.text, p.style));
    const wordWidth = widths.reduce((a, b) => a + b, 0);
    const spaceWidth = space && !out.isEmpty ? measure(' ', space) : 0;
    if (!out.isEmpty && out.currentWidth + spaceWidth + wordWidth > maxWidth) {
      out.flush();
    } else if (space && !out.isEmpty) {
      out.add({ text: ' ', style: space }, spaceWidth);
    }
    space = undefined;
    if (wordWidth <= maxWidth) {
      token.parts.forEach((p, i) => out.add(p, widths[i] ?? 0));
      continue;
    }
    for (const part of token.parts) {
      for (const ch of part.text) {
        const w = measure(ch, part.style);
        if (!out.isEmpty && out.currentWidth + w > maxWidth) out.flush();
        out.add({ text: ch, style: part.style }, w);
      }
    }
  }
  out.flush();
  return out.lines;
}
