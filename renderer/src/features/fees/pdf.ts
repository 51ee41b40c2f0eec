// Invoices, reminders and credit notes through the PDF renderer: many in one file for printing,
// or one file each in a .zip for e-mailing.
import { send } from '../../platform/bridge';
import { saveFile } from '../../platform/files';
import type { OrgProfile } from '../../domain/org/profile';
import { creditNotePdfData, invoicePdfData, pdfOrg, type CarriedIn, type InvoicePdfMember } from '../../domain/fees/pdfModel';
import { invoiceFileName } from '../../domain/fees/fileNames';
import type { Invoice } from '../../domain/fees/invoicing';
import { renderEach, zipFiles, type BatchOptions } from './batch';

export type PdfJob = { invoice: Invoice; member?: InvoicePdfMember } & (
  | { kind: 'invoice'; carriedIn?: readonly CarriedIn[] }
  | { kind: 'reminder'; leftOre: number; reminderCount: number; today: string }
);

const dataFor = (j: PdfJob) => invoicePdfData(j.invoice, j.member, j.kind === 'invoice' ? { kind: 'invoice', carriedIn: j.carriedIn } : j);

async function render(profile: OrgProfile | undefined, invoices: ReturnType<typeof dataFor | typeof creditNotePdfData>[]): Promise<Uint8Array> {
  return send('pdf:render', { kind: 'invoice', org: pdfOrg(profile, 'Föreningen'), data: { invoices } });
}

export async function downloadInvoicePdf(profile: OrgProfile | undefined, jobs: PdfJob[], fileName: string): Promise<void> {
  saveFile(fileName, await render(profile, jobs.map(dataFor)), 'application/pdf');
}

/** One PDF per job, named for e-mailing ("Faktura 20260042 Åkesson Bygg AB.pdf"), in one .zip. */
export async function downloadInvoiceZip(profile: OrgProfile | undefined, jobs: PdfJob[], zipName: string, opts: BatchOptions): Promise<void> {
  const pdfs = await renderEach(jobs, (j) => render(profile, [dataFor(j)]), opts);
  const files = jobs.map((j, i) => ({ name: invoiceFileName(j.kind, j.invoice.invoiceNumber, j.member?.name ?? j.invoice.memberName), bytes: pdfs[i]! }));
  saveFile(zipName, zipFiles(files), 'application/zip');
}

/** The file name of one invoice's own PDF, the same as inside the .zip. */
export function singleFileName(job: PdfJob): string {
  return invoiceFileName(job.kind, job.invoice.invoiceNumber, job.member?.name ?? job.invoice.memberName);
}

/** A credit note: the invoice's amount back, naming the invoice it credits. */
export async function downloadCreditNote(profile: OrgProfile | undefined, invoice: Invoice, member: InvoicePdfMember | undefined, today: string): Promise<void> {
  const data = creditNotePdfData(invoice, member, today);
  saveFile(invoiceFileName('credit', data.invoiceNumber, member?.name ?? invoice.memberName), await render(profile, [data]), 'application/pdf');
}
