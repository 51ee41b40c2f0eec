// Protokoll, as Swedish associations write them: the meeting's facts and attendance, numbered
// paragraphs (§) with the notes in a column right of the number, decisions set apart in a shaded
// box, elections and action items, the attachments (bilagor), and the signature block with who
// approved and when. A corrected revision says which revision it replaces and what changed.
// Adjusted minutes carry their SHA-256 on every page.
import { bulletRows, facts, heading, signatureRows, title } from '../layout/blocks';
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
  if (m.revision && m.revision.number > 1) correction(d, m.revision);
  facts(d, [
    ['Möte', meetingKindLabel(m.meeting.kind)],
    ['Datum', formatDateWithWeekday(m.meeting.date)],
    ['Tid', formatTimeRange(m.meeting.startTime, m.meeting.endTime)],
    ['Plats', m.meeting.locations.join('\n') || undefined],
    ['Ordförande', m.chair],
    ['Sekreterare', m.secretary],
    ['Justerare', m.adjusters.join(', ') || undefined],
  ]);
  const presence = (a: MinutesModel['attendees'][number]) => a.presence ?? (a.present ? 'present' : 'absent');
  attendance(d, 'Närvarande', m.attendees.filter((a) => presence(a) === 'present'));
  attendance(d, 'Adjungerade', m.attendees.filter((a) => presence(a) === 'coopted'));
  attendance(d, 'Frånvarande', m.attendees.filter((a) => presence(a) === 'absent'));

  d.flow.space(6);
  for (const item of m.items) paragraph(d, item, m.attachments.filter((a) => a.paragraph && paragraphSign(a.paragraph) === paragraphSign(item.number)));
  attachmentList(d, m.attachments);
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

/** "Till ordförande för tiden intill nästa årsmöte valdes Anna Svensson." */
export function electionSentence(e: { role: string; name: string; term?: string }): string {
  return `Till ${e.role.replace(/^till\s+/i, '')}${e.term ? ` ${e.term}` : ''} valdes ${e.name}.`;
}

export const IMMEDIATE = 'Paragrafen förklarades omedelbart justerad.';

type Attachment = MinutesModel['attachments'][number];

function paragraph(d: Doc, item: MinutesModel['items'][number], attachments: Attachment[]): void {
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
  const tag: Row[] = item.immediate ? [spacer(1), ...textRows(doc, 'OMEDELBART JUSTERAD', { ...styles.smallBold, color: '#9a3412', size: 7.5 }, x, width), spacer(1)] : [];
  flow.rows([...titleRows, ...tag, spacer(2)], { minRows: titleRows.length });
  if (item.notes) flow.rows(paragraphRows(doc, item.notes, styles.body, x, width));
  const decided = [...item.decisions, ...item.elections.map(electionSentence), ...(item.immediate ? [IMMEDIATE] : [])];
  if (decided.length > 0) decisionBox(d, decided, x, width, Boolean(item.notes));
  if (item.actions.length > 0) actionList(d, item.actions, x, width);
  if (attachments.length > 0) {
    flow.space(5);
    flow.rows(attachments.flatMap((a) => textRows(doc, `Bilaga ${a.number}: ${a.title}`, styles.smallItalicMuted, x, width)));
  }
}

function correction(d: Doc, r: NonNullable<MinutesModel['revision']>): void {
  const { doc, flow, styles } = d;
  const pad = 8;
  const inner = flow.width - 2 * pad - 3;
  const x = flow.left + pad + 3;
  const replaces = r.replaces ?? r.number - 1;
  const adjusted = r.replacesAdjusted ? `, justerad den ${formatDate(r.replacesAdjusted)}` : '';
  const rows: Row[] = [
    ...textRows(doc, [{ text: 'Rättelse: ', style: styles.bodyBold }, { text: r.reason ?? 'protokollet har rättats.', style: styles.body }], styles.body, x, inner),
    spacer(2),
    ...textRows(doc, `Revision ${r.number} ersätter revision ${replaces}${adjusted}.`, styles.body, x, inner),
  ];
  if (r.changes.length > 0) {
    rows.push(spacer(4), ...textRows(doc, 'Ändrat', { ...styles.label, size: 9 }, x, inner), spacer(1));
    for (const c of r.changes) rows.push(...bulletRows(d, '–', c, styles.small, x, inner, 10));
  }
  flow.rows(rows, {
    padTop: pad - 2,
    padBottom: pad,
    minRows: 2,
    decorate: (top, bottom) => {
      doc.save().rect(flow.left, top, flow.width, bottom - top).fillColor('#fff7ed').fill();
      doc.rect(flow.left, top, 3, bottom - top).fillColor('#c2410c').fill().restore();
    },
  });
  flow.space(12);
}

function attachmentList(d: Doc, attachments: Attachment[]): void {
  if (attachments.length === 0) return;
  const { doc, flow, styles } = d;
  const rows: Row[] = [];
  for (const a of attachments) {
    const where = a.paragraph ? ` (${paragraphSign(a.paragraph)})` : '';
    rows.push(...textRows(doc, [{ text: `Bilaga ${a.number}: `, style: styles.bodyBold }, { text: a.title, style: styles.body }, ...(where ? [{ text: where, style: styles.smallMuted }] : [])], styles.body, flow.left, flow.width), spacer(2));
  }
  heading(d, 'Bilagor', styles.subheading, 18, heightOf(rows.slice(0, 2)));
  flow.rows(rows, { minRows: 2 });
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

/**
 * "Vid protokollet" (the secretary) beside "Justeras" (the chair), then the adjusters two by two
 * under them, as Swedish minutes set them out; under each line, when that person approved.
 */
function signatures(d: Doc, m: MinutesModel): void {
  const { flow, styles, doc } = d;
  flow.space(26);
  const colWidth = (flow.width - 40) / 2;
  const xs = [flow.left, flow.left + colWidth + 40];
  const cell = (x: number, name: string, role: string, approvedAs?: 'chair' | 'adjuster'): Row[] => {
    const a = approvedAs && m.approvals.find((p) => p.role === approvedAs && p.name === name);
    return [...signatureRows(d, x, colWidth, name, role), ...(a ? [spacer(1), ...textRows(doc, `Justerat ${formatDate(a.date)}`, styles.smallItalicMuted, x, colWidth)] : [])];
  };
  const grid: Row[][][] = [
    [
      [...textRows(doc, 'Vid protokollet', styles.subheading, xs[0]!, colWidth), ...cell(xs[0]!, m.secretary, 'Sekreterare')],
      [...textRows(doc, 'Justeras', styles.subheading, xs[1]!, colWidth), ...cell(xs[1]!, m.chair, 'Ordförande', 'chair')],
    ],
  ];
  for (let i = 0; i < m.adjusters.length; i += 2) {
    grid.push(m.adjusters.slice(i, i + 2).map((name, k) => [spacer(8), ...cell(xs[k]!, name, 'Justerare', 'adjuster')]));
  }
  const rows: Row[] = grid.map((cells) => ({
    height: Math.max(...cells.map(heightOf)),
    draw: (y) => cells.forEach((c) => stack(c, y)),
  }));
  flow.rows(rows, { keepTogether: true });
}
