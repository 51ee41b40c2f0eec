// Exports of the register or the list shown: CSV for Swedish Excel (the CSV seam), .xlsx, the
// member list as PDF through the Node side, e-mail addresses for a BCC field, and vCards.
import { send } from '../../platform/bridge';
import { saveFile } from '../../platform/files';
import { FIELD_LABELS, membersToCsv } from '../../domain/members/csv';
import { memberToDraft, type CategoryRecord, type Contact, type MemberRecord } from '../../domain/members/model';
import { memberVCard, vCardFileName } from '../../domain/members/vcard';
import { KIND_TEXT, STATUS_TEXT } from '../../domain/members/csv-values';
import type { OrgProfile } from '../../domain/org/profile';
import { pdfOrg } from './data';

const stamp = (date: string) => date;

function categoryNames(categories: readonly CategoryRecord[]): Map<string, string> {
  return new Map(categories.map((c) => [c.id, c.name]));
}

export function exportCsv(members: readonly MemberRecord[], categories: readonly CategoryRecord[], date: string): string {
  const names = categoryNames(categories);
  const file = `Medlemmar ${stamp(date)}.csv`;
  saveFile(file, membersToCsv(members.map((m) => memberToDraft(m, m.categoryId ? names.get(m.categoryId) : undefined))), 'text/csv;charset=utf-8');
  return file;
}

type XlsxCell = string | number | null;

/** The same columns as the CSV, with numbers as numbers where Excel should calculate with them. */
export function xlsxRows(members: readonly MemberRecord[], categories: readonly CategoryRecord[]): { header: string[]; rows: XlsxCell[][] } {
  const names = categoryNames(categories);
  const header = [
    FIELD_LABELS.memberNumber, FIELD_LABELS.kind, FIELD_LABELS.name, FIELD_LABELS.organisationNumber, FIELD_LABELS.personalNumber,
    FIELD_LABELS.email, FIELD_LABELS.phone, FIELD_LABELS.street, FIELD_LABELS.postalCode, FIELD_LABELS.city, FIELD_LABELS.country,
    FIELD_LABELS.invoiceEmail, FIELD_LABELS.website, FIELD_LABELS.category, FIELD_LABELS.status, FIELD_LABELS.joinedDate,
    FIELD_LABELS.tags, FIELD_LABELS.contactName, FIELD_LABELS.contactEmail, FIELD_LABELS.contactPhone, FIELD_LABELS.notes,
    FIELD_LABELS.consentDirectory, FIELD_LABELS.consentNewsletter,
  ];
  const text = (s: string | undefined): XlsxCell => (s ? s : null);
  const rows = members.map((m): XlsxCell[] => {
    const c = m.contacts?.[0];
    return [
      m.memberNumber, KIND_TEXT[m.kind], m.name, text(m.organisationNumber), text(m.personalNumber), text(m.email), text(m.phone),
      text(m.street), text(m.postalCode), text(m.city), text(m.country), text(m.invoiceEmail), text(m.website),
      text(m.categoryId ? names.get(m.categoryId) : undefined), STATUS_TEXT[m.status], text(m.joinedDate), text(m.tags.join(', ')),
      text(c?.name), text(c?.email), text(c?.phone), text(m.notes), m.consentDirectory ? 'ja' : 'nej', m.consentNewsletter ? 'ja' : 'nej',
    ];
  });
  return { header, rows };
}

export async function exportXlsx(members: readonly MemberRecord[], categories: readonly CategoryRecord[], date: string): Promise<string> {
  // Loaded on demand: the writer is large and most sessions never export to Excel.
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const { header, rows } = xlsxRows(members, categories);
  const data = [header.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows];
  const blob = await writeXlsxFile(data, { columns: header.map((h) => ({ width: Math.max(10, Math.min(40, h.length + 4)) })), sheet: 'Medlemmar' }).toBlob();
  const file = `Medlemmar ${stamp(date)}.xlsx`;
  saveFile(file, new Uint8Array(await blob.arrayBuffer()), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  return file;
}

export async function exportPdf(members: readonly MemberRecord[], categories: readonly CategoryRecord[], profile: OrgProfile, title: string, date: string): Promise<string> {
  const names = categoryNames(categories);
  const data = {
    title,
    generated: date,
    members: members.map((m) => ({
      memberNumber: m.memberNumber,
      name: m.name,
      category: m.categoryId ? names.get(m.categoryId) : undefined,
      email: m.email ?? m.contacts?.[0]?.email,
      phone: m.phone ?? m.contacts?.[0]?.phone,
      city: m.city,
    })),
  };
  const bytes = await send('pdf:render', { kind: 'member-list', org: pdfOrg(profile), data });
  const file = `${title} ${stamp(date)}.pdf`;
  saveFile(file, bytes, 'application/pdf');
  return file;
}

/** One address per member (the member's own, else its first contact's), without duplicates. */
export function emailAddresses(members: readonly MemberRecord[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of members) {
    const address = m.email ?? m.contacts?.find((c) => c.email)?.email;
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    out.push(address);
  }
  return out;
}

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without clipboard permission, fall back to copying a selection.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

export function exportVCard(member: MemberRecord, contact?: Contact): string {
  const file = vCardFileName(contact?.name ?? member.name);
  saveFile(file, memberVCard(member, contact), 'text/vcard;charset=utf-8');
  return file;
}
