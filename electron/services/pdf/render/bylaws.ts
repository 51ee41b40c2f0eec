// Stadgar: the adopted text with its decision history last, or a proposed amendment with the
// current and proposed wording side by side for each changed section, words that go struck out
// and words that come underlined (so the marking survives black-and-white printing).
import { diffWordsWithSpace } from 'diff';
import { facts, heading, prose, title } from '../layout/blocks';
import { createDocument, finishDocument, type Doc } from '../layout/document';
import { stack, type Row } from '../layout/flow';
import { FONT } from '../layout/fonts';
import { formatDate, formatIsoDate } from '../layout/format';
import { table } from '../layout/table';
import { HAIRLINE, INK, lineHeightOf, measurer, drawPieces, MUTED, paragraphRows, spacer, textRows } from '../layout/text';
import { wrapSpans, type Span, type TextStyle } from '../layout/wrap';
import type { BylawsComparisonModel, BylawsModel, CleanBylawsModel } from '../models/bylaws';
import type { OrgModel } from '../models/common';
import { paragraphSign } from './minutes';

export async function renderBylaws(org: OrgModel, m: BylawsModel): Promise<Uint8Array> {
  return m.mode === 'clean' ? renderClean(org, m) : renderComparison(org, m);
}

function historyDates(m: CleanBylawsModel): string[] {
  return m.history.map((h) => formatIsoDate(h.date)).sort();
}

async function renderClean(org: OrgModel, m: CleanBylawsModel): Promise<Uint8Array> {
  const dates = historyDates(m);
  const latest = dates[dates.length - 1];
  const { d, bytes } = createDocument({
    org,
    title: m.title,
    subject: `Stadgar för ${org.name}`,
    date: m.date ?? latest,
    headerRight: ['STADGAR', latest ? `Lydelse från ${formatDate(latest)}` : ''].filter(Boolean),
  });
  const adopted = dates[0];
  const subtitle = adopted
    ? latest && latest !== adopted
      ? `Antagna ${formatDate(adopted)}, senast ändrade ${formatDate(latest)}`
      : `Antagna ${formatDate(adopted)}`
    : undefined;
  title(d, m.title, subtitle);
  const { doc, flow, styles, brand } = d;
  let chapter: string | undefined;
  for (const section of m.sections) {
    if (section.chapter && section.chapter !== chapter) {
      chapter = section.chapter;
      heading(d, chapter, { font: FONT.bold, size: 13.5, color: brand.ink }, chapter === m.sections[0]?.chapter ? 4 : 20, 60);
    }
    // Room for the heading and two lines of its text, so a § heading never ends a page alone.
    heading(d, `${paragraphSign(section.number)} ${section.heading}`, { font: FONT.bold, size: 10.5, color: INK }, 10, 36);
    if (section.text.trim()) flow.rows(paragraphRows(doc, section.text, styles.body, flow.left, flow.width));
  }
  if (m.history.length > 0) {
    const sorted = [...m.history].sort((a, b) => formatIsoDate(a.date).localeCompare(formatIsoDate(b.date)));
    flow.space(24);
    // The history closes the document; it moves to a page of its own rather than being split.
    const estimate = 60 + sorted.length * 26;
    if (!flow.fits(estimate)) flow.newPage();
    heading(d, 'Beslut om stadgarna', styles.heading, 0, 40);
    table(
      d,
      [
        { label: 'Datum', max: 70 },
        { label: 'Beslut', max: 320 },
        { label: 'Möte', max: 150 },
      ],
      sorted.map((h) => [formatIsoDate(h.date), h.decision, h.meeting ?? '']),
      styles.small,
      { ...styles.smallBold, color: brand.ink },
    );
  }
  return finishDocument(d, bytes);
}

async function renderComparison(org: OrgModel, m: BylawsComparisonModel): Promise<Uint8Array> {
  const { d, bytes } = createDocument({
    org,
    title: m.title,
    subject: `Förslag till ändring av stadgarna för ${org.name}`,
    date: m.date,
    headerRight: ['FÖRSLAG TILL STADGEÄNDRING', m.date ? formatDate(m.date) : ''].filter(Boolean),
  });
  title(d, m.title);
  const { flow, styles } = d;
  facts(d, [['Ändrade paragrafer', m.changes.map((c) => paragraphSign(c.number)).join(', ')]], 120);
  heading(d, 'Förslag', styles.heading, 12, 30);
  prose(d, m.proposal);
  if (m.rationale) {
    heading(d, 'Motivering', styles.heading, 12, 30);
    prose(d, m.rationale);
  }
  heading(d, 'Ändringar', styles.heading, 16, 80);
  flow.rows(textRows(d.doc, 'Text som tas bort är överstruken, ny text är understruken.', styles.smallItalicMuted, flow.left, flow.width));
  flow.space(8);
  for (const change of m.changes) comparisonTable(d, change);
  return finishDocument(d, bytes);
}

type Styled = { same: TextStyle; removed: TextStyle; added: TextStyle; note: TextStyle };

type Word = { op: 'equal' | 'insert' | 'delete'; text: string };

/**
 * The two columns' text, with the changed words marked. Whitespace at the edge of a change is never
 * marked. A new section is underlined and a removed one struck through as a whole, as the legend
 * promises. `words` is the diff the app showed; without it the words are compared here.
 */
export function comparisonSpans(before: string | undefined, after: string | undefined, s: Styled, words?: Word[]): { left: Span[]; right: Span[] } {
  const left: Span[] = [];
  const right: Span[] = [];
  // Spaces inside a changed run are marked with it (one continuous line); spaces at its ends are not.
  const push = (to: Span[], value: string, style: TextStyle) => {
    const bits = value.split(/(\s+)/);
    bits.forEach((bit, i) => {
      const edge = i === 0 || i === bits.length - 1;
      if (bit) to.push({ text: bit, style: /^\s+$/.test(bit) && edge ? s.same : style });
    });
  };
  if (before === undefined) {
    push(right, after ?? '', s.added);
    return { left: [{ text: '(Ny paragraf)', style: s.note }], right };
  }
  if (after === undefined) {
    push(left, before, s.removed);
    return { left, right: [{ text: '(Paragrafen utgår)', style: s.note }] };
  }
  const parts: Word[] = words ?? diffWordsWithSpace(before, after).map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value }));
  for (const part of parts) {
    if (part.op === 'insert') push(right, part.text, s.added);
    else if (part.op === 'delete') push(left, part.text, s.removed);
    else {
      push(left, part.text, s.same);
      push(right, part.text, s.same);
    }
  }
  return { left, right };
}

function comparisonTable(d: Doc, change: BylawsComparisonModel['changes'][number]): void {
  const { doc, flow, brand } = d;
  const gap = 18;
  const pad = 6;
  const colWidth = (flow.width - gap) / 2 - pad;
  const xl = flow.left + pad;
  const xr = flow.left + (flow.width + gap) / 2;
  const same: TextStyle = { font: FONT.regular, size: 9.5, color: INK };
  const styles: Styled = {
    same,
    removed: { ...same, color: '#8f1d1d', strike: true },
    added: { font: FONT.bold, size: 9.5, color: '#14532d', underline: true },
    note: { font: FONT.italic, size: 9.5, color: MUTED },
  };
  const { left, right } = comparisonSpans(change.before, change.after, styles, change.words);
  const measure = measurer(doc);
  const leftLines = wrapSpans(left, colWidth, measure);
  const rightLines = wrapSpans(right, colWidth, measure);
  const rows: Row[] = [];
  for (let i = 0; i < Math.max(leftLines.length, rightLines.length); i++) {
    const l = leftLines[i];
    const r = rightLines[i];
    const height = Math.max(l ? lineHeightOf(l, same, 1.42) : 0, r ? lineHeightOf(r, same, 1.42) : 0);
    rows.push({
      height,
      draw: (y) => {
        if (l) drawPieces(doc, l, xl, y, height);
        if (r) drawPieces(doc, r, xr, y, height);
      },
    });
  }
  rows.push(spacer(pad));
  const titleRows = textRows(doc, `${paragraphSign(change.number)} ${change.heading}`, { font: FONT.bold, size: 10.5, color: brand.ink }, xl, flow.width - 2 * pad);
  const titleHeight = titleRows.reduce((s, r) => s + r.height, 0) + 8;
  const header: Row[] = [
    {
      height: titleHeight,
      draw: (y) => {
        doc.save().rect(flow.left, y, flow.width, titleHeight).fillColor(brand.tint).fill().restore();
        stack(titleRows, y + 4);
      },
    },
    {
      height: 20,
      draw: (y) => {
        const label: TextStyle = { font: FONT.bold, size: 8.5, color: MUTED };
        doc.font(label.font).fontSize(label.size).fillColor(label.color);
        doc.text('Nuvarande lydelse', xl, y + 6, { lineBreak: false });
        doc.text('Föreslagen lydelse', xr, y + 6, { lineBreak: false });
      },
    },
  ];
  flow.space(10);
  flow.rows(rows, {
    header,
    minRows: 3,
    decorate: (top, bottom) => {
      const mid = flow.left + flow.width / 2;
      doc.save().lineWidth(0.6).strokeColor(HAIRLINE);
      doc.rect(flow.left, top, flow.width, bottom - top).stroke();
      doc.moveTo(mid, top + titleHeight).lineTo(mid, bottom).stroke();
      doc.restore();
    },
  });
}
