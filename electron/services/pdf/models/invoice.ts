import { z } from 'zod';
import { isoDate, optionalText, text } from './common';

const ore = z.number().int().min(-1e12).max(1e12);

export const invoiceSchema = z
  .object({
    invoiceNumber: z.union([text(40), z.number().int().min(0)]).transform(String),
    invoiceDate: isoDate,
    dueDate: isoDate,
    /** Bankgirot OCR reference, digits only (check digit already included). */
    ocr: z
      .string()
      .trim()
      .regex(/^\d{2,25}$/, { message: 'ska vara 2–25 siffror' }),
    member: z.object({
      name: text(300),
      memberNumber: z.union([z.string().trim().max(40), z.number().int()]).transform(String).optional(),
      addressLines: z.array(text(300)).max(6).default([]),
      organisationNumber: optionalText(20),
    }),
    lines: z.array(z.object({ text: text(500), amountOre: ore })).min(1).max(100),
    totalOre: ore,
    /** e.g. "30 dagar netto". */
    paymentTerms: optionalText(200),
    kind: z.enum(['invoice', 'reminder', 'credit']).default('invoice'),
    reminderCount: z.number().int().min(1).max(10).optional(),
    /** "Er referens": the member's contact or purchase order. */
    reference: optionalText(200),
    /** A short message printed above the lines, e.g. a thank-you or what the fee covers. */
    note: optionalText(2000),
    /** For a credit note: the invoice it credits. */
    creditsInvoiceNumber: optionalText(40),
  })
  .superRefine((inv, ctx) => {
    const sum = inv.lines.reduce((s, l) => s + l.amountOre, 0);
    if (sum !== inv.totalOre) {
      ctx.addIssue({ code: 'custom', path: ['totalOre'], message: 'stämmer inte med summan av fakturaraderna' });
    }
    if (inv.dueDate.slice(0, 10) < inv.invoiceDate.slice(0, 10)) {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'ligger före fakturadatum' });
    }
  });

export const invoicesSchema = z.object({ invoices: z.array(invoiceSchema).min(1).max(20_000) });

export type InvoiceModel = z.output<typeof invoiceSchema>;
export type InvoicesModel = z.output<typeof invoicesSchema>;
export type InvoicesInput = z.input<typeof invoicesSchema>;
