// The release as plain text, for the body of an e-mail or a news wire's form: the same order
// as the PDF, blank lines between parts, Swedish quotation marks, no markup.
import { attribution, captionWithCredit, embargoLine, formatDate, quoted } from './format';
import { printedBlocks, printedContacts } from './model';
import type { PressReleaseData, ReleaseOrg } from './types';

/** Paragraph text as typed, with runs of blank lines and trailing spaces tidied. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function toPlainText(r: PressReleaseData, org: ReleaseOrg): string {
  const parts: string[] = [];
  parts.push(`PRESSMEDDELANDE\n${formatDate(r.date)}`);
  if (r.embargo) parts.push(embargoLine(r.embargo));
  parts.push(tidy(r.headline));
  if (r.lead.trim()) parts.push(tidy(r.lead));
  for (const b of printedBlocks(r.body)) {
    switch (b.type) {
      case 'paragraph':
        parts.push(tidy(b.text));
        break;
      case 'heading':
        parts.push(tidy(b.text));
        break;
      case 'quote':
        parts.push(`${quoted(tidy(b.text))}\n– ${attribution(b.name, b.title)}`);
        break;
      case 'image': {
        const caption = captionWithCredit(b.caption, b.credit);
        parts.push(caption ? `[Bild: ${caption}]` : '[Bild]');
        break;
      }
    }
  }
  if (r.aboutText.trim()) parts.push(`${r.aboutHeading.trim() || 'Om föreningen'}\n${tidy(r.aboutText)}`);
  const contacts = printedContacts(r.contacts);
  if (contacts.length > 0) {
    const lines = contacts.map((c) =>
      [attribution(c.name, c.role ?? ''), c.phone?.trim() && `Telefon: ${c.phone.trim()}`, c.email?.trim() && `E-post: ${c.email.trim()}`].filter(Boolean).join('\n'),
    );
    parts.push(`För mer information, kontakta:\n${lines.join('\n\n')}`);
  }
  const footer = [org.name, org.website].filter((s) => s && s.trim()).join(' · ');
  if (footer) parts.push(footer);
  return parts.join('\n\n') + '\n';
}
