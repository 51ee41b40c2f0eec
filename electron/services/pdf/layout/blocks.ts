// Blocks shared by several documents: a title, a label/value list, a heading kept with what
// follows, bullet lists and signature lines.
import type { Doc } from './document';
import { stack, type Row } from './flow';
import { baselineShift, heightOf, HAIRLINE, measurer, paragraphRows, spacer, textRows } from './text';
import type { TextStyle } from './wrap';

export function title(d: Doc, text: string, subtitle?: string): void {
  const { doc, flow, styles } = d;
  flow.rows(textRows(doc, text, styles.title, flow.left, flow.width, { leading: 1.22 }), { keepTogether: true });
  if (subtitle) {
    flow.space(2);
    flow.rows(textRows(doc, subtitle, styles.subtitle, flow.left, flow.width, { leading: 1.3 }));
  }
  flow.space(14);
}

/** "Datum   tisdag 18 mars 2025" rows with the labels in a column of their own. */
export function facts(d: Doc, entries: [string, string | undefined][], labelWidth = 92): void {
  const { doc, flow, styles } = d;
  const rows: Row[] = [];
  for (const [label, value] of entries) {
    if (!value) continue;
    const valueRows = textRows(doc, value, styles.body, flow.left + labelWidth, flow.width - labelWidth);
    const labelRows = textRows(doc, label, styles.smallMuted, flow.left, labelWidth - 8);
    valueRows.forEach((row, i) => {
      const labelRow = i === 0 ? labelRows[0] : undefined;
      rows.push({
        height: row.height + 1.5,
        draw: (y) => {
          labelRow?.draw(y + baselineShift(styles.body.size, styles.smallMuted.size));
          row.draw(y);
        },
      });
    });
  }
  flow.rows(rows, { keepTogether: true });
}

/** A heading that never ends up alone at the bottom of a page. */
export function heading(d: Doc, text: string, style: TextStyle = d.styles.heading, spaceBefore = 14, keepHeight = 40): void {
  const { doc, flow } = d;
  flow.space(spaceBefore);
  const rows = textRows(doc, text, style, flow.left, flow.width, { leading: 1.3 });
  flow.ensure(heightOf(rows) + keepHeight);
  flow.rows(rows, { minRows: rows.length });
  flow.space(3);
}

/** Body text in paragraphs. */
export function prose(d: Doc, text: string, style: TextStyle = d.styles.body, x = d.flow.left, width = d.flow.width): void {
  d.flow.rows(paragraphRows(d.doc, text, style, x, width));
}

/** Rows for a list item: a bullet (or number) hanging left of wrapped text. */
export function bulletRows(d: Doc, marker: string, content: string | Parameters<typeof textRows>[1], style: TextStyle, x: number, width: number, indent = 14): Row[] {
  const { doc } = d;
  const rows = textRows(doc, content, style, x + indent, width - indent);
  const first = rows[0];
  if (!first) return rows;
  rows[0] = {
    height: first.height,
    draw: (y) => {
      doc.font(style.font).fontSize(style.size).fillColor(style.color);
      doc.text(marker, x, y + (first.height - style.size * 1.164) / 2, { lineBreak: false });
      first.draw(y);
    },
  };
  return rows;
}

/** Horizontal rule as a row. */
export function ruleRow(d: Doc, color = HAIRLINE, thickness = 0.6, gap = 8): Row {
  const { doc, flow } = d;
  const x0 = flow.left;
  const x1 = flow.right;
  return {
    height: gap * 2,
    draw: (y) => {
      doc.save().moveTo(x0, y + gap).lineTo(x1, y + gap).lineWidth(thickness).strokeColor(color).stroke().restore();
    },
  };
}

/** A line to sign on, with the name and role printed under it. */
export function signatureRows(d: Doc, x: number, width: number, name: string, role?: string): Row[] {
  const { doc, styles } = d;
  const line: Row = {
    height: 40,
    draw: (y) => {
      doc.save().moveTo(x, y + 34).lineTo(x + width, y + 34).lineWidth(0.7).strokeColor('#6b7280').stroke().restore();
    },
  };
  const nameRows = textRows(doc, name, styles.body, x, width);
  const roleRows = role ? textRows(doc, role, styles.smallMuted, x, width) : [];
  return [line, spacer(3), ...nameRows, ...roleRows];
}

/** Draws two row lists side by side as one block that is kept together. */
export function sideBySide(d: Doc, left: Row[], right: Row[]): void {
  const height = Math.max(heightOf(left), heightOf(right));
  d.flow.rows(
    [
      {
        height,
        draw: (y) => {
          stack(left, y);
          stack(right, y);
        },
      },
    ],
    { keepTogether: true },
  );
}

export function widthOf(d: Doc, text: string, style: TextStyle): number {
  return measurer(d.doc)(text, style);
}
