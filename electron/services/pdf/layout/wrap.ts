// Line breaking for text that may change style mid-line (a bold label, a struck-out word).
// Breaks at spaces, except where Swedish typography ties words together ("§ 4", "kl. 18.00",
// "412 350 kr", "31 mars 2025"); the space stays an ordinary space, so copied or extracted text
// is what the writer typed. A word wider than the line (a URL, a hash) is cut between characters.
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

const months = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const tieRules: [RegExp, RegExp][] = [
  [/^(§§?|kl\.|nr\.?|Nr\.?|s\.|kap\.)$/, /^\d/],
  [/^\d{1,3}$/, /^\d{3}(?:[,.]\d+)?\D{0,3}$/],
  [/\d$/, /^(kr|kronor|SEK|öre|%|st|tkr|mnkr)[.,;:)]?$/],
  [/^\d{1,2}$/, new RegExp(`^(${months})[.,;:)]?$`)],
  [new RegExp(`^(${months})$`), /^\d{4}/],
];

/** Whether the space between these two words must not become a line break. */
export function isTied(before: string, after: string): boolean {
  const last = before.slice(before.lastIndexOf(' ') + 1);
  return tieRules.some(([a, b]) => a.test(last) && b.test(after));
}

const wordText = (t: Token) => (t.kind === 'word' ? t.parts.map((p) => p.text).join('') : '');

function tie(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (t.kind === 'space' && prev?.kind === 'word' && next?.kind === 'word' && isTied(wordText(prev), wordText(next))) {
      prev.parts.push({ text: ' ', style: t.style }, ...next.parts);
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

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
  return tie(tokens);
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
