// Protokoll, as Swedish associations write them: the meeting's facts and attendance, numbered
// paragraphs (§) with the notes in a column right of the number, decisions set apart in a shaded
// box, action items, and the signature block. Adjusted minutes carry their SHA-256 on every page.
import { bulletRows, facts, heading, sideBySide, signatureRows, title } from '../layout/blocks';
import { createDocument, finishDocument } from '../layout/document';
import { stack, type Row } from '../layout/flow';
import { formatDate, formatDateWithWeekday, formatTimeRange } from '../layout/format';
import { heightOf, paragraphRows, spacer, textRows } from '../layout/text';
import type { OrgModel } from '../models/common';
import { isAdjusted, type MinutesModel } from '../models/minutes';
import type { Doc } from '../layout/document';

const meetingKinds: Record<string, string> = {
  board: 'Styrelsemöte',
  annual: 'Årsmöte',
  extra: 'Extra årsmöte',
  member: 'Medlemsmöte',
  // A new association's founding meeting; the board's first meeting after an election is constituentBoard.
  constituent: 'Konstituerande möte',
  constituentBoard: 'Konstituerande styrelsemöte',
};

export function meetingKindLabel(kind: string): string {
  return meetingKinds[kind] ?? kind;
}

const statusLabels: Record<string, string> = { draft: 'Utkast – ej justerat', review: 'För justering – ej justerat' };

/** "§ 1" (the line breaking never parts the sign from its number). */
export function paragraphSign(n: string): string {
  return n.startsWith('§') ? n : `§ ${n}`;
}

const NUMBER_COLUMN = 44;

export async function renderMinutes(org: OrgModel, m: MinutesModel): Promise<Uint8Array> {
  const adjusted = isAdjusted(m.status);
  const { d, bytes } = createDocument({
    org,
    title: `Protokoll – ${m.meeting.title}`,
    subject: `Protokoll fört vid ${meetingKindLabel(m.meeting.kind).toLowerCase()} ${formatDate(m.meeting.date)}`,
    date: m.meeting.date,
    headerRight: ['PROTOKOLL', formatDate(m.meeting.date)],
  });
  if (adjusted && m.contentHash) d.footerNote = `SHA-256: ${m.contentHash}`;

  title(d, 'Protokoll', m.meeting.title);
  const status = adjusted ? undefined : (statusLabels[m.status.toLowerCase()] ?? 'Ej justerat');
  if (status) statusTag(d, status);
  facts(d, [
    ['Möte', meetingKindLabel(m.meeting.kind)],
    ['Datum', formatDateWithWeekday(m.meeting.date)],
    ['Tid', formatTimeRange(m.meeting.startTime, m.meeting.endTime)],
    ['Plats', m.meeting.locations.join('\n') || undefined],
    ['Ordförande', m.chair],
    ['Sekreterare', m.secretary],
    ['Justerare', m.adjusters.join(', ') || undefined],
  ]);
  attendance(d, 'Närvarande', m.attendees.filter((a) => a.present));
  attendance(d, 'Frånvarande', m.attendees.filter((a) => !a.present));

  d.flow.space(6);
  for (const item of m.items) paragraph(d, item);
  signatures(d, m);
  return finishDocument(d, bytes);
}

function statusTag(d: Doc, text: string): void {
  const { doc, flow } = d;
  const style = { ...d.styles.smallBold, color: '#9a3412' };
  const w = doc.font(style.font).fontSize(style.size).widthOfString(text) + 14;
  const x = flow.left;
  flow.rows([
    {
      height: 18,
      draw: (y) => {
        doc.save().roundedRect(x, y, w, 15, 3).fillColor('#fff1e6').fill().restore();
        doc.font(style.font).fontSize(style.size).fillColor(style.color).text(text, x + 7, y + 3, { lineBreak: false });
      },
    },
  ]);
  flow.space(10);
}

function attendance(d: Doc, label: string, people: MinutesModel['attendees']): void {
  if (people.length === 0) return;
  const { flow, styles } = d;
  const colWidth = (flow.width - 12) / 2;
  const half = Math.ceil(people.length / 2);
  const cell = (p: MinutesModel['attendees'][number] | undefined, x: number) =>
    p ? bulletRows(d, '•', p.role ? `${p.name}, ${p.role}` : p.name, styles.body, x, colWidth, 12) : [];
  const rows: Row[] = [];
  // Column-wise order (down the left column first) reads like a list.
  for (let i = 0; i < half; i++) {
    const left = cell(people[i], flow.left);
    const right = cell(people[i + half], flow.left + colWidth + 12);
    rows.push({
      height: Math.max(heightOf(left), heightOf(right)),
      draw: (y) => {
        stack(left, y);
        stack(right, y);
      },
    });
  }
  heading(d, label, styles.subheading, 10, (rows[0]?.height ?? 0) + (rows[1]?.height ?? 0));
  flow.rows(rows);
}

function paragraph(d: Doc, item: MinutesModel['items'][number]): void {
  const { doc, flow, styles, brand } = d;
  const x = flow.left + NUMBER_COLUMN;
  const width = flow.width - NUMBER_COLUMN;
  flow.space(10);
  const titleRows = textRows(doc, item.title, styles.subheading, x, width, { leading: 1.35 });
  const sign = paragraphSign(item.number);
  const first = titleRows[0];
  if (first) {
    titleRows[0] = {
      height: first.height,
      draw: (y) => {
        doc.font(styles.subheading.font).fontSize(styles.subheading.size).fillColor(brand.ink);
        doc.text(sign, flow.left, y + (first.height - styles.subheading.size * 1.164) / 2, { lineBreak: false });
        first.draw(y);
      },
    };
  }
  flow.ensure(heightOf(titleRows) + 36);
  flow.rows([...titleRows, spacer(2)], { minRows: titleRows.length });
  if (item.notes) flow.rows(paragraphRows(doc, item.notes, styles.body, x, width));
  if (item.decisions.length > 0) decisionBox(d, item.decisions, x, width, Boolean(item.notes));
  if (item.actions.length > 0) actionList(d, item.actions, x, width);
}

function decisionBox(d: Doc, decisions: string[], x: number, width: number, afterNotes: boolean): void {
  const { doc, flow, styles, brand } = d;
  const pad = 8;
  const inner = width - 2 * pad - 3;
  const rows: Row[] = [...textRows(doc, decisions.length > 1 ? 'Beslut' : 'Beslut:', { ...styles.label, size: 9 }, x + pad + 3, inner), spacer(2)];
  decisions.forEach((text, i) => {
    if (i > 0) rows.push(spacer(4));
    rows.push(...(decisions.length > 1 ? bulletRows(d, '–', text, styles.body, x + pad + 3, inner, 12) : textRows(doc, text, styles.body, x + pad + 3, inner)));
  });
  if (afterNotes) flow.space(7);
  flow.rows(rows, {
    padTop: pad - 2,
    padBottom: pad,
    minRows: 3,
    decorate: (top, bottom) => {
      doc.save().rect(x, top, width, bottom - top).fillColor(brand.tint).fill();
      doc.rect(x, top, 3, bottom - top).fillColor(brand.accent).fill().restore();
    },
  });
}

function actionList(d: Doc, actions: MinutesModel['items'][number]['actions'], x: number, width: number): void {
  const { doc, flow, styles } = d;
  flow.space(7);
  const rows: Row[] = [...textRows(doc, 'Åtgärder', { ...styles.label, size: 9 }, x, width), spacer(2)];
  for (const a of actions) {
    const who = [a.assignee && `Ansvarig: ${a.assignee}`, a.due && `klart senast ${formatDate(a.due)}`].filter(Boolean).join(', ');
    const spans = [{ text: a.text, style: styles.body }, ...(who ? [{ text: ` (${who})`, style: styles.smallMuted }] : [])];
    rows.push(...bulletRows(d, '•', spans, styles.body, x, width, 12));
  }
  flow.rows(rows, { minRows: 3 });
}

function signatures(d: Doc, m: MinutesModel): void {
  const { flow, styles, doc } = d;
  flow.space(26);
  const colWidth = (flow.width - 40) / 2;
  const xl = flow.left;
  const xr = flow.left + colWidth + 40;
  const left: Row[] = [...textRows(doc, 'Vid protokollet', styles.subheading, xl, colWidth), ...signatureRows(d, xl, colWidth, m.secretary, 'Sekreterare')];
  const right: Row[] = [...textRows(doc, 'Justeras', styles.subheading, xr, colWidth), ...signatureRows(d, xr, colWidth, m.chair, 'Ordförande')];
  for (const adjuster of m.adjusters) {
    right.push(spacer(10), ...signatureRows(d, xr, colWidth, adjuster, 'Justerare'));
  }
  sideBySide(d, left, right);
}
