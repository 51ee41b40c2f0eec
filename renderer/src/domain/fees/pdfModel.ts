// Invoices and reminders in the shape of the PDF renderer's invoice model (kind 'invoice').
import type { OrgProfile } from '../org/profile';
import { creditNoteNumber, type Invoice } from './invoicing';

/** A surplus from another invoice carried to this one: printed as a line that lowers the total. */
export type CarriedIn = { fromInvoiceNumber: number; amountOre: number };

export type InvoicePdfMember = { name: string; memberNumber: number; organisationNumber?: string; street?: string; postalCode?: string; city?: string; invoiceStreet?: string; invoicePostalCode?: string; invoiceCity?: string };

/** The invoice address when the member has one, else the address. */
export function addressLines(m: InvoicePdfMember): string[] {
  const street = m.invoiceStreet || m.street;
  const post = [m.invoicePostalCode || m.postalCode, m.invoiceCity || m.city].filter(Boolean).join(' ');
  return [street, post].filter((x): x is string => !!x && x.trim() !== '');
}

export function pdfOrg(p: OrgProfile | undefined, fallbackName: string) {
  const address = [p?.street, [p?.postalCode, p?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return {
    name: p?.name?.trim() || fallbackName,
    organisationNumber: p?.organisationNumber,
    address: address || undefined,
    email: p?.email,
    website: p?.website,
    logo: p?.logo,
    color: p?.color,
    bankgiro: p?.bankgiro,
    swishNumber: p?.swishNumber,
  };
}

/** One invoice, or a reminder (påminnelse) for what is left to pay on it. */
export function invoicePdfData(inv: Invoice, member: InvoicePdfMember | undefined, opts: { kind: 'invoice'; carriedIn?: readonly CarriedIn[] } | { kind: 'reminder'; leftOre: number; reminderCount: number; today: string }) {
  const who = member ?? { name: inv.memberName, memberNumber: inv.memberNumber };
  const base = {
    invoiceNumber: String(inv.invoiceNumber),
    invoiceDate: inv.invoiceDate,
    dueDate: inv.dueDate,
    ocr: inv.ocr,
    member: { name: who.name, memberNumber: String(who.memberNumber), addressLines: member ? addressLines(member) : [], organisationNumber: member?.organisationNumber },
    paymentTerms: inv.paymentTerms || undefined,
  };
  if (opts.kind === 'invoice') {
    const lines = [
      { text: `Medlemsavgift ${inv.year}`, amountOre: inv.amountOre },
      ...(opts.carriedIn ?? []).map((c) => ({ text: `Tillgodo från faktura ${c.fromInvoiceNumber} (överbetalt)`, amountOre: -c.amountOre })),
    ];
    return { ...base, kind: 'invoice' as const, lines, totalOre: lines.reduce((sum, l) => sum + l.amountOre, 0) };
  }
  // A reminder is due ten days after it is sent: the common practice, and long enough for the post.
  const due = new Date(Date.parse(opts.today + 'T00:00:00Z') + 10 * 86_400_000).toISOString().slice(0, 10);
  return {
    ...base,
    kind: 'reminder' as const,
    dueDate: due,
    reminderCount: Math.min(10, Math.max(1, opts.reminderCount)),
    lines: [{ text: `Medlemsavgift ${inv.year}, faktura ${inv.invoiceNumber} (förföll ${inv.dueDate})`, amountOre: opts.leftOre }],
    totalOre: opts.leftOre,
  };
}

const REASONS: Record<string, string> = {
  left: 'Medlemmen har lämnat föreningen.',
  mistake: 'Fakturan skickades av misstag.',
};

/**
 * The credit note (kreditfaktura) for a credited invoice: its own number, the invoice it credits,
 * the full amount as negative, and no OCR or way to pay — nothing is to be paid.
 */
export function creditNotePdfData(inv: Invoice, member: InvoicePdfMember | undefined, fallbackDate: string) {
  const base = invoicePdfData(inv, member, { kind: 'invoice' });
  const date = inv.creditedDate ?? fallbackDate;
  const reason = inv.creditReason ? (REASONS[inv.creditReason] ?? inv.creditReason) : undefined;
  return {
    ...base,
    kind: 'credit' as const,
    invoiceNumber: creditNoteNumber(inv.invoiceNumber),
    invoiceDate: date,
    dueDate: date,
    creditsInvoiceNumber: String(inv.invoiceNumber),
    paymentTerms: undefined,
    note: reason ? `Orsak: ${reason}` : undefined,
    lines: [{ text: `Kreditering av medlemsavgift ${inv.year}, faktura ${inv.invoiceNumber}`, amountOre: -inv.amountOre }],
    totalOre: -inv.amountOre,
  };
}
