// Invoices, reminders and credit notes through the PDF renderer, many in one file.
import { send } from '../../platform/bridge';
import { saveFile } from '../../platform/files';
import type { OrgProfile } from '../../domain/org/profile';
import { invoicePdfData, pdfOrg, type InvoicePdfMember } from '../../domain/fees/pdfModel';
import type { Invoice } from '../../domain/fees/invoicing';

export type PdfJob = { invoice: Invoice; member?: InvoicePdfMember } & (
  | { kind: 'invoice' }
  | { kind: 'reminder'; leftOre: number; reminderCount: number; today: string }
);

export async function downloadInvoicePdf(profile: OrgProfile | undefined, jobs: PdfJob[], fileName: string): Promise<void> {
  const invoices = jobs.map((j) => invoicePdfData(j.invoice, j.member, j.kind === 'invoice' ? { kind: 'invoice' } : j));
  const bytes = await send('pdf:render', { kind: 'invoice', org: pdfOrg(profile, 'Föreningen'), data: { invoices } });
  saveFile(fileName, bytes, 'application/pdf');
}

/** A credit note: the invoice's amount back, naming the invoice it credits. */
export async function downloadCreditNote(profile: OrgProfile | undefined, invoice: Invoice, member: InvoicePdfMember | undefined, today: string): Promise<void> {
  const base = invoicePdfData(invoice, member, { kind: 'invoice' });
  const data = { ...base, kind: 'credit' as const, invoiceDate: today, dueDate: today, creditsInvoiceNumber: String(invoice.invoiceNumber), lines: [{ text: `Kredit av medlemsavgift ${invoice.year}`, amountOre: -invoice.amountOre }], totalOre: -invoice.amountOre };
  const bytes = await send('pdf:render', { kind: 'invoice', org: pdfOrg(profile, 'Föreningen'), data: { invoices: [data] } });
  saveFile(`kreditnota-${invoice.invoiceNumber}.pdf`, bytes, 'application/pdf');
}
