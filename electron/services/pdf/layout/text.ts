// Text as rows for the flow: wrapped once, drawn line by line. Styles are created once per
// document so that style identity can be used to merge runs of the same style on a line.
import type { Brand } from './brand';
import { FONT } from './fonts';
import type { Row } from './flow';
import { wrapSpans, type Line, type Measure, type Span, type TextStyle } from './wrap';

export const INK = '#1b1e23';
export const MUTED = '#5b6270';
export const HAIRLINE = '#c8cdd5';
export const ZEBRA = '#f3f5f8';

export type Styles = ReturnType<typeof makeStyles>;

export function makeStyles(brand: Brand) {
  const s = (font: TextStyle['font'], size: number, color = INK): TextStyle => ({ font, size, color });
  return {
    body: s(FONT.regular, 10),
    bodyBold: s(FONT.bold, 10),
    bodyItalic: s(FONT.italic, 10),
    small: s(FONT.regular, 8.5),
    smallBold: s(FONT.bold, 8.5),
    smallMuted: s(FONT.regular, 8.5, MUTED),
    smallItalicMuted: s(FONT.italic, 8.5, MUTED),
    label: s(FONT.bold, 8.5, brand.ink),
    title: s(FONT.bold, 22, brand.ink),
    subtitle: s(FONT.regular, 12.5, INK),
    heading: s(FONT.bold, 12.5, brand.ink),
    subheading: s(FONT.bold, 10.5, INK),
  };
}

export type TextOptions = {
  /** Absolute left edge; default the flow's left margin. */
  x?: number;
  width?: number;
  align?: 'left' | 'right' | 'center';
  /** Line height as a multiple of the largest font size on the line. */
  leading?: number;
};

export function measurer(doc: PDFKit.PDFDocument): Measure {
  return (text, style) => doc.font(style.font).fontSize(style.size).widthOfString(text);
}

export function drawPieces(doc: PDFKit.PDFDocument, line: Line, x: number, y: number, lineHeight: number): void {
  for (const p of line.pieces) {
    if (p.text.trim() === '' && !p.style.underline) continue;
    const top = y + (lineHeight - p.style.size * 1.164) / 2;
    doc
      .font(p.style.font)
      .fontSize(p.style.size)
      .fillColor(p.style.color)
      .text(p.text, x + p.x, top, { lineBreak: false, underline: p.style.underline, strike: p.style.strike });
  }
}

/** How far down to move a smaller label so that it shares the baseline of a larger value. */
export function baselineShift(valueSize: number, labelSize: number, leading = 1.42): number {
  // Text sits centred in its line box: the baseline is (leading / 2 - 1.164 / 2 + 0.928) sizes down.
  return (leading / 2 + 0.346) * (valueSize - labelSize);
}

export function lineHeightOf(line: Line, fallback: TextStyle, leading: number): number {
  const size = line.pieces.reduce((m, p) => Math.max(m, p.style.size), line.pieces.length ? 0 : fallback.size);
  return size * leading;
}

/** Rows for one paragraph (single line breaks kept). */
export function textRows(doc: PDFKit.PDFDocument, content: string | Span[], style: TextStyle, x: number, width: number, opts: TextOptions = {}): Row[] {
  const spans = typeof content === 'string' ? [{ text: content, style }] : content;
  const leading = opts.leading ?? 1.42;
  return wrapSpans(spans, width, measurer(doc)).map((line) => {
    const height = lineHeightOf(line, style, leading);
    const offset = opts.align === 'right' ? width - line.width : opts.align === 'center' ? (width - line.width) / 2 : 0;
    return { height, draw: (y: number) => drawPieces(doc, line, x + offset, y, height) };
  });
}

export function spacer(height: number): Row {
  return { height, draw: () => undefined };
}

/** Splits free text into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Several paragraphs as rows, with a gap between paragraphs. */
export function paragraphRows(doc: PDFKit.PDFDocument, text: string, style: TextStyle, x: number, width: number, gap = style.size * 0.6): Row[] {
  const rows: Row[] = [];
  paragraphs(text).forEach((p, i) => {
    if (i > 0) rows.push(spacer(gap));
    rows.push(...textRows(doc, p, style, x, width));
  });
  return rows;
}

export function heightOf(rows: Row[]): number {
  return rows.reduce((s, r) => s + r.height, 0);
}
