// Kallelse: what meeting, when and where (set apart so it is found at a glance), how to register,
// the proposed agenda as a numbered list, and who sends it.
import { bulletRows, heading, prose } from '../layout/blocks';
import { createDocument, finishDocument, type Doc } from '../layout/document';
import { stack, type Row } from '../layout/flow';
import { FONT } from '../layout/fonts';
import { formatDate, formatDateWithWeekday, formatTimeRange } from '../layout/format';
import { baselineShift, heightOf, INK, MUTED, spacer, textRows } from '../layout/text';
import type { TextStyle } from '../layout/wrap';
import type { OrgModel } from '../models/common';
import type { NoticeModel } from '../models/notice';
import { meetingKindLabel } from './minutes';

const memberMeetings = ['annual', 'extra', 'member'];

export async function renderNotice(org: OrgModel, m: NoticeModel): Promise<Uint8Array> {
  const { d, bytes } = createDocument({
    org,
    title: `Kallelse – ${m.meeting.title}`,
    subject: `Kallelse till ${meetingKindLabel(m.meeting.kind).toLowerCase()} ${formatDate(m.meeting.date)}`,
    date: m.date,
  });
  d.headerRight.push('KALLELSE', formatDate(m.meeting.date));
  const { doc, flow, brand, styles } = d;

  const label: TextStyle = { font: FONT.bold, size: 10, color: brand.ink };
  flow.rows([
    {
      height: 16,
      draw: (y) => {
        doc.font(label.font).fontSize(label.size).fillColor(label.color).text('KALLELSE', flow.left, y, { lineBreak: false, characterSpacing: 0.5 });
        if (m.date) {
          const sent = formatDate(m.date);
          doc.font(FONT.regular).fontSize(10).fillColor(MUTED);
          doc.text(sent, flow.right - doc.widthOfString(sent), y, { lineBreak: false });
        }
      },
    },
  ]);
  flow.space(12);
  flow.rows(textRows(doc, m.meeting.title, { font: FONT.bold, size: 23, color: brand.ink }, flow.left, flow.width, { leading: 1.2 }), { keepTogether: true });
  flow.space(14);

  const memberMeeting = memberMeetings.includes(m.meeting.kind);
  const intro =
    m.text ??
    (memberMeeting
      ? `Medlemmarna i ${org.name} kallas härmed till ${meetingKindLabel(m.meeting.kind).toLowerCase()}.`
      : `Styrelsens ledamöter kallas härmed till ${meetingKindLabel(m.meeting.kind).toLowerCase()}.`);
  prose(d, intro, { font: FONT.regular, size: 10.5, color: INK });
  flow.space(14);
  whenAndWhere(d, m);

  if (m.agenda.length > 0) {
    heading(d, memberMeeting ? 'Förslag till dagordning' : 'Dagordning', styles.heading, 20, 40);
    const numberWidth = 26;
    const rows: Row[] = [];
    for (const item of m.agenda) {
      const marker = /^\d+$/.test(item.number) ? `${item.number}.` : item.number;
      rows.push(...bulletRows(d, marker, item.title, styles.body, flow.left, flow.width, numberWidth), spacer(2.5));
    }
    flow.rows(rows);
  }

  flow.space(22);
  const closing: Row[] = [...textRows(doc, 'Välkommen!', { font: FONT.bold, size: 10.5, color: INK }, flow.left, flow.width)];
  if (m.signature) closing.push(spacer(2), ...textRows(doc, m.signature, styles.body, flow.left, flow.width));
  flow.rows(closing, { keepTogether: true });
  return finishDocument(d, bytes);
}

function whenAndWhere(d: Doc, m: NoticeModel): void {
  const { doc, flow, brand, styles } = d;
  const pad = 12;
  const labelWidth = 82;
  const x = flow.left + pad + 4;
  const valueX = x + labelWidth;
  const valueWidth = flow.right - pad - valueX;
  const time = formatTimeRange(m.meeting.startTime, m.meeting.endTime);
  const entries: [string, string | undefined][] = [
    ['När', `${formatDateWithWeekday(m.meeting.date)}${time ? `, kl. ${time}` : ''}`],
    ['Var', m.meeting.locations.join('\n') || undefined],
    ['Anmälan', m.registrationDeadline ? `senast ${formatDateWithWeekday(m.registrationDeadline)}` : undefined],
  ];
  const value: TextStyle = { font: FONT.regular, size: 10.5, color: INK };
  const rows: Row[] = [];
  for (const [label, text] of entries) {
    if (!text) continue;
    if (rows.length) rows.push(spacer(5));
    const valueRows = textRows(doc, text, value, valueX, valueWidth);
    const labelRows = textRows(doc, label, { ...styles.label, size: 9.5 }, x, labelWidth - 8);
    rows.push({
      height: heightOf(valueRows),
      draw: (y) => {
        labelRows[0]?.draw(y + baselineShift(value.size, 9.5));
        stack(valueRows, y);
      },
    });
  }
  flow.rows(rows, {
    padTop: pad,
    padBottom: pad,
    keepTogether: true,
    decorate: (top, bottom) => {
      doc.save().rect(flow.left, top, flow.width, bottom - top).fillColor(brand.tint).fill();
      doc.rect(flow.left, top, 4, bottom - top).fillColor(brand.accent).fill().restore();
    },
  });
}
