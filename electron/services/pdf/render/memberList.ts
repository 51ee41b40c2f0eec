// Medlemsförteckning: a table with the chosen columns, its header repeated on every page.
import { title } from '../layout/blocks';
import { A4, createDocument, finishDocument, MARGIN } from '../layout/document';
import { formatDate } from '../layout/format';
import { fitColumnWidths, table, type Column } from '../layout/table';
import { FONT } from '../layout/fonts';
import { INK } from '../layout/text';
import type { TextStyle } from '../layout/wrap';
import type { OrgModel } from '../models/common';
import { memberColumns, type MemberColumn, type MemberListModel } from '../models/memberList';

const columnInfo: Record<MemberColumn, Column> = {
  memberNumber: { label: 'Nr', max: 60 },
  name: { label: 'Namn', max: 230 },
  category: { label: 'Kategori', max: 130 },
  email: { label: 'E-post', max: 220 },
  phone: { label: 'Telefon', max: 100 },
  city: { label: 'Ort', max: 110 },
};

export function chosenColumns(m: MemberListModel): MemberColumn[] {
  if (m.columns) return [...new Set(m.columns)];
  return memberColumns.filter((c) => c === 'memberNumber' || c === 'name' || m.members.some((p) => Boolean(p[c])));
}

export async function renderMemberList(org: OrgModel, m: MemberListModel): Promise<Uint8Array> {
  const columns = chosenColumns(m);
  const body = m.members.map((p) => columns.map((c) => p[c] ?? ''));
  const cellStyle: TextStyle = { font: FONT.regular, size: 8.5, color: INK };
  const headStyle: TextStyle = { font: FONT.bold, size: 8.5, color: INK };
  const portraitWidth = A4.width - MARGIN.left - MARGIN.right;
  const { d, bytes } = createDocument({
    // Turn the page when the columns need more room than an upright page gives.
    landscape: (doc) => fitColumnWidths(doc, columns.map((c) => columnInfo[c]), body, cellStyle, headStyle, portraitWidth).natural > portraitWidth * 1.05,
    org,
    title: m.title,
    subject: `Medlemsförteckning, utskriven ${formatDate(m.generated)}`,
    date: m.generated,
    headerRight: ['MEDLEMSFÖRTECKNING', formatDate(m.generated)],
  });
  // The list is personal data (GDPR); say so where every printed page shows it.
  d.footerNote = 'Innehåller personuppgifter. Sprid inte listan vidare och förstör den när den inte längre behövs.';
  const count = m.members.length;
  title(d, m.title, `${count} ${count === 1 ? 'medlem' : 'medlemmar'} · utskriven ${formatDate(m.generated)}`);
  table(d, columns.map((c) => columnInfo[c]), body, cellStyle, { ...headStyle, color: d.brand.ink });
  return finishDocument(d, bytes);
}
