// A contact as a vCard 3.0 (RFC 2426), the version every address book still imports: Outlook,
// macOS/iOS Contacts, Google Contacts and Thunderbird.
import { foldLine } from '../text/fold';
import type { Contact, Member } from './model';

/** RFC 2426 §4: backslash, comma, semicolon and newline are escaped in text values. */
export function escapeVCardText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}


function splitName(full: string): { family: string; given: string } {
  const words = full.trim().split(/\s+/);
  if (words.length < 2) return { family: full.trim(), given: '' };
  return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
}

/**
 * A vCard for a contact person of a member organisation, or for a member who is a person
 * (pass no contact). The organisation's name, address and website go with it.
 */
export function memberVCard(member: Member, contact?: Contact): string {
  const name = contact?.name ?? member.name;
  const { family, given } = splitName(name);
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${escapeVCardText(family)};${escapeVCardText(given)};;;`, `FN:${escapeVCardText(name)}`];
  if (member.kind === 'organisation') lines.push(`ORG:${escapeVCardText(member.name)}`);
  if (contact?.role) lines.push(`TITLE:${escapeVCardText(contact.role)}`);
  const email = contact ? contact.email : member.email;
  const phone = contact ? contact.phone : member.phone;
  if (email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeVCardText(email)}`);
  if (phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeVCardText(phone)}`);
  if (member.street || member.postalCode || member.city) {
    const adr = ['', '', member.street ?? '', member.city ?? '', '', member.postalCode ?? '', member.country ?? ''];
    lines.push(`ADR;TYPE=WORK:${adr.map(escapeVCardText).join(';')}`);
  }
  if (member.website) lines.push(`URL:${escapeVCardText(member.website)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name for the card: "Kerstin Ågren.vcf", without characters file systems refuse. */
export function vCardFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim() || 'kontakt';
  return `${safe}.vcf`;
}
