// Närvarolista (and röstlängd) for the door: a summary of every place first, then one page (or
// more) per place with the registered people alphabetically, a box to tick on arrival and a
// column to sign, and for a members' meeting the voting register, one vote per member organisation.
import { heading, title } from '../layout/blocks';
import { createDocument, finishDocument, type Doc } from '../layout/document';
import { stack, type Row } from '../layout/flow';
import { FONT } from '../layout/fonts';
import { formatDate, formatDateWithWeekday, formatTimeRange } from '../layout/format';
import { heightOf, HAIRLINE, INK, spacer, textRows, ZEBRA } from '../layout/text';
import type { TextStyle } from '../layout/wrap';
import type { OrgModel } from '../models/common';
import type { AttendanceListModel } from '../models/attendanceList';
import { meetingKindLabel } from './minutes';

type Place = AttendanceListModel['places'][number];
type Column = { label: string; width: number; cell?: (p: Place['people'][number]) => string };

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

function lunchText(p: { lunch: boolean; diet?: string }): string {
  return [p.lunch ? 'Ja' : '', p.diet ?? ''].filter(Boolean).join(', ');
}

function counts(place: Place): string {
  const n = place.people.length;
  const lunch = place.people.filter((p) => p.lunch).length;
  return `${n} ${n === 1 ? 'anmäld' : 'anmälda'}, ${lunch} med lunch`;
}

export async function renderAttendanceList(org: OrgModel, m: AttendanceListModel): Promise<Uint8Array> {
  const kind = meetingKindLabel(m.meeting.kind);
  const { d, bytes } = createDocument({
    org,
    title: `Närvarolista – ${m.meeting.title}`,
    subject: `Närvarolista för ${kind.toLowerCase()} ${formatDate(m.meeting.date)}`,
    date: m.generated,
    headerRight: ['NÄRVAROLISTA', formatDate(m.meeting.date)],
  });
  d.footerNote = 'Innehåller personuppgifter. Förstör listan när mötet är protokollfört.';
  const time = formatTimeRange(m.meeting.startTime, m.meeting.endTime);
  title(d, 'Närvarolista', `${m.meeting.title} · ${formatDateWithWeekday(m.meeting.date)}${time ? `, kl. ${time}` : ''}`);
  summary(d, m);

  m.places.forEach((place) => {
    d.flow.newPage();
    placeList(d, place, m.places.length > 1);
  });
  if (m.votingRegister) {
    d.flow.newPage();
    votingRegister(d, m.votingRegister);
  }
  return finishDocument(d, bytes);
}

function summary(d: Doc, m: AttendanceListModel): void {
  const { doc, flow, styles } = d;
  const total = m.places.reduce((s, p) => s + p.people.length, 0);
  const lunch = m.places.reduce((s, p) => s + p.people.filter((x) => x.lunch).length, 0);
  const rows: Row[] = [];
  const line = (label: string, value: string, style: TextStyle) => {
    const l = textRows(doc, label, style, flow.left, flow.width - 160);
    const r = textRows(doc, value, style, flow.right - 150, 150, { align: 'right' });
    rows.push({ height: Math.max(heightOf(l), heightOf(r)) + 3, draw: (y) => (stack(l, y), stack(r, y)) });
  };
  for (const place of m.places) {
    line(place.name, counts(place), styles.body);
    const diets = place.people.filter((p) => p.diet).map((p) => p.diet!);
    if (diets.length) rows.push(...textRows(doc, `Specialkost: ${diets.join(', ')}`, styles.smallMuted, flow.left + 12, flow.width - 12), spacer(3));
  }
  if (m.places.length > 1) {
    rows.push({ height: 6, draw: (y) => void doc.save().moveTo(flow.left, y + 3).lineTo(flow.right, y + 3).lineWidth(0.6).strokeColor(HAIRLINE).stroke().restore() });
    line('Totalt', `${total} anmälda, ${lunch} med lunch`, styles.bodyBold);
  }
  heading(d, 'Anmälda per plats', styles.subheading, 0, 30);
  flow.rows(rows, { keepTogether: true });
  if (m.votingRegister) {
    flow.space(10);
    const n = m.votingRegister.voters.length;
    flow.rows(textRows(doc, `Röstlängd: ${n} ${n === 1 ? 'röst' : 'röster'}, en per medlemsorganisation${m.votingRegister.preliminary ? ' (preliminär, efter anmälan)' : ''}.`, styles.body, flow.left, flow.width));
  }
}

function placeList(d: Doc, place: Place, withPlace: boolean): void {
  const { doc, flow, styles, brand } = d;
  const people = [...place.people].sort((a, b) => collator.compare(a.name, b.name));
  heading(d, withPlace ? place.name : 'Anmälda', styles.heading, 0, 60);
  flow.rows(textRows(doc, `${counts(place)} · bocka av vid ankomst`, styles.smallMuted, flow.left, flow.width));
  flow.space(8);

  const box = 20;
  const sign = 120;
  const rest = flow.width - box - sign;
  const columns: Column[] = [
    { label: '', width: box },
    { label: 'Namn', width: rest * 0.36, cell: (p) => p.name },
    { label: 'Organisation', width: rest * 0.4, cell: (p) => p.organisation ?? '' },
    { label: 'Lunch', width: rest * 0.24, cell: lunchText },
    { label: 'Signatur', width: sign },
  ];
  const xs = columns.map((_, i) => flow.left + columns.slice(0, i).reduce((s, c) => s + c.width, 0));
  const cellStyle: TextStyle = { font: FONT.regular, size: 9.5, color: INK };
  const headStyle: TextStyle = { font: FONT.bold, size: 8.5, color: brand.ink };
  const pad = 6;

  const headCells = columns.map((c, i) => textRows(doc, c.label, headStyle, xs[i]!, c.width - 6));
  const headHeight = Math.max(...headCells.map(heightOf)) + 6;
  const header: Row = {
    height: headHeight,
    draw: (y) => {
      headCells.forEach((r) => stack(r, y + 2));
      doc.save().moveTo(flow.left, y + headHeight).lineTo(flow.right, y + headHeight).lineWidth(0.9).strokeColor(brand.accent).stroke().restore();
    },
  };
  const rows: Row[] = people.map((p, index) => {
    const cells = columns.map((c, i) => (c.cell ? textRows(doc, c.cell(p), i === 3 ? styles.small : cellStyle, xs[i]!, c.width - 6) : []));
    // Tall enough to sign in.
    const height = Math.max(24, Math.max(...cells.map(heightOf)) + 2 * pad);
    return {
      height,
      draw: (y) => {
        if (index % 2 === 1) doc.save().rect(flow.left, y, flow.width, height).fillColor(ZEBRA).fill().restore();
        const by = y + (height - 11) / 2;
        doc.save().rect(flow.left + 2, by, 11, 11).lineWidth(0.8).strokeColor('#374151').stroke().restore();
        if (p.attended) doc.font(FONT.bold).fontSize(10).fillColor(INK).text('✓', flow.left + 3, by - 1, { lineBreak: false });
        cells.forEach((r) => stack(r, y + pad));
        const sx = xs[4]!;
        doc.save().moveTo(sx, y + height - 5).lineTo(flow.right, y + height - 5).lineWidth(0.5).strokeColor(HAIRLINE).stroke().restore();
      },
    };
  });
  flow.rows(rows, { header: [header], minRows: 1 });
  if (people.length === 0) flow.rows(textRows(doc, 'Inga anmälda till denna plats.', styles.smallMuted, flow.left, flow.width));
}

function votingRegister(d: Doc, v: NonNullable<AttendanceListModel['votingRegister']>): void {
  const { doc, flow, styles, brand } = d;
  heading(d, v.preliminary ? 'Röstlängd (preliminär)' : 'Röstlängd', styles.heading, 0, 60);
  const note = v.preliminary
    ? 'Upprättad efter anmälan: en röst per medlemsorganisation. Fastställs av mötet efter avprickning vid ankomst.'
    : 'En röst per medlemsorganisation, efter avprickning vid ankomst.';
  flow.rows(textRows(doc, `${note} Antal röster: ${v.voters.length}.`, styles.smallMuted, flow.left, flow.width));
  flow.space(8);
  const nrW = 34;
  const orgW = (flow.width - nrW) * 0.55;
  const repW = flow.width - nrW - orgW;
  const headStyle: TextStyle = { font: FONT.bold, size: 8.5, color: brand.ink };
  const head = [textRows(doc, 'Nr', headStyle, flow.left, nrW - 6), textRows(doc, 'Medlemsorganisation', headStyle, flow.left + nrW, orgW - 6), textRows(doc, 'Röstberättigat ombud', headStyle, flow.left + nrW + orgW, repW)];
  const headHeight = Math.max(...head.map(heightOf)) + 6;
  const header: Row = {
    height: headHeight,
    draw: (y) => {
      head.forEach((r) => stack(r, y + 2));
      doc.save().moveTo(flow.left, y + headHeight).lineTo(flow.right, y + headHeight).lineWidth(0.9).strokeColor(brand.accent).stroke().restore();
    },
  };
  const rows: Row[] = v.voters.map((voter, index) => {
    const cells = [
      textRows(doc, voter.number, styles.body, flow.left, nrW - 6),
      textRows(doc, voter.organisation, styles.body, flow.left + nrW, orgW - 6),
      textRows(doc, voter.representative, styles.body, flow.left + nrW + orgW, repW),
    ];
    const height = Math.max(...cells.map(heightOf)) + 7;
    return {
      height,
      draw: (y) => {
        if (index % 2 === 1) doc.save().rect(flow.left, y, flow.width, height).fillColor(ZEBRA).fill().restore();
        cells.forEach((r) => stack(r, y + 3.5));
      },
    };
  });
  flow.rows(rows, { header: [header], minRows: 1 });
  if (v.voters.length === 0) flow.rows(textRows(doc, 'Ingen röstberättigad har anmält sig ännu.', styles.smallMuted, flow.left, flow.width));
}
