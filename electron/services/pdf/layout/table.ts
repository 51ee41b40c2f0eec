// A table whose rows keep together, whose header row repeats on every page, and whose cells wrap.
// Column widths follow the content: each column gets the width its longest entry needs (up to a
// cap); when they do not all fit, the columns that can wrap at spaces give way first, so a name
// wraps between words before an e-mail address is cut in the middle.
import type { Doc } from './document';
import { stack, type Row } from './flow';
import { heightOf, measurer, textRows, ZEBRA } from './text';
import type { TextStyle } from './wrap';

export type Column = { label: string; max: number; align?: 'left' | 'right' };

export const COLUMN_GAP = 8;

export function fitColumnWidths(doc: PDFKit.PDFDocument, columns: Column[], body: string[][], style: TextStyle, headerStyle: TextStyle, available: number): { widths: number[]; natural: number } {
  const measure = measurer(doc);
  const space = available - COLUMN_GAP * (columns.length - 1);
  const natural = columns.map((c, i) => {
    let w = measure(c.label, headerStyle);
    for (const row of body) w = Math.max(w, measure(row[i] ?? '', style));
    return Math.min(Math.ceil(w) + 1, c.max);
  });
  // The widest single word: below this a column can only break inside words.
  const minimal = columns.map((c, i) => {
    let w = measure(c.label, headerStyle);
    for (const row of body) for (const word of (row[i] ?? '').split(/\s+/)) w = Math.max(w, measure(word, style));
    return Math.min(Math.ceil(w) + 1, natural[i]!);
  });
  const total = natural.reduce((a, b) => a + b, 0);
  const needed = total + COLUMN_GAP * (columns.length - 1);
  if (total <= space) {
    const extra = (space - total) / columns.length;
    return { widths: natural.map((w) => w + extra), natural: needed };
  }
  const minTotal = minimal.reduce((a, b) => a + b, 0);
  if (minTotal >= space) return { widths: minimal.map((w) => (w * space) / minTotal), natural: needed };
  const slack = natural.map((w, i) => w - minimal[i]!);
  const slackTotal = slack.reduce((a, b) => a + b, 0);
  return { widths: minimal.map((w, i) => w + ((space - minTotal) * slack[i]!) / slackTotal), natural: needed };
}

export function table(d: Doc, columns: Column[], body: string[][], style: TextStyle, headerStyle: TextStyle, pad = 3.5): void {
  const { doc, flow, brand } = d;
  const { widths } = fitColumnWidths(doc, columns, body, style, headerStyle, flow.width);
  const xs = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((s, w) => s + w + COLUMN_GAP, 0));

  const cells = (values: string[], cellStyle: TextStyle) =>
    columns.map((c, i) => textRows(doc, values[i] ?? '', cellStyle, xs[i]!, widths[i]!, { align: c.align, leading: 1.3 }));

  const headCells = cells(columns.map((c) => c.label), headerStyle);
  const headHeight = Math.max(...headCells.map(heightOf)) + 2 * pad;
  const header: Row = {
    height: headHeight,
    draw: (y) => {
      headCells.forEach((rows) => stack(rows, y + pad));
      doc.save().moveTo(flow.left, y + headHeight).lineTo(flow.right, y + headHeight).lineWidth(0.9).strokeColor(brand.accent).stroke().restore();
    },
  };
  const rows: Row[] = body.map((values, index) => {
    const rowCells = cells(values, style);
    const height = Math.max(...rowCells.map(heightOf)) + 2 * pad;
    return {
      height,
      draw: (y) => {
        if (index % 2 === 1) doc.save().rect(flow.left, y, flow.width, height).fillColor(ZEBRA).fill().restore();
        rowCells.forEach((r) => stack(r, y + pad));
      },
    };
  });
  flow.rows(rows, { header: [header], minRows: 1 });
}
