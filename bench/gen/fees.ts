// Ten years of annual fees: one invoice per member and year, with its OCR reference built from
// the invoice number as the fees area does, and the payments that settled them.
import { ocrFromInvoiceNumber } from '../../renderer/src/domain/fees/ocr';
import type { BenchCategory, BenchMember } from './members';
import type { Rng } from './prng';
import { atDay, dayOfYear, type Stamped, type Stamper } from './stamp';

export type InvoiceStatus = 'sent' | 'paid' | 'overdue' | 'credited';

export type FeeSchedule = { year: number; categoryId: string; amountOre: number };

export type Invoice = {
  invoiceNumber: number;
  ocr: string;
  memberId: string;
  memberNumber: number;
  memberName: string;
  year: number;
  categoryId: string;
  invoiceDate: string;
  dueDate: string;
  lines: { text: string; amountOre: number }[];
  amountOre: number;
  status: InvoiceStatus;
};

export type Payment = {
  invoiceId: string;
  memberId: string;
  date: string;
  amountOre: number;
  reference: string;
  source: 'bgmax' | 'manual';
  importKey?: string;
};

export type BenchInvoice = Invoice & Stamped;
export type BenchPayment = Payment & Stamped;
export type BenchFeeSchedule = FeeSchedule & Stamped;

/** Fees rise a little every few years, as associations' fees do. */
function feeFor(category: BenchCategory, year: number, endYear: number): number {
  const steps = Math.floor((endYear - year) / 3);
  return Math.round(category.feeOre / (1 + 0.1 * steps) / 100) * 100;
}

/** Invoice numbers are year-prefixed and unique: 2025 member 17 -> 2500017. */
export function invoiceNumberFor(year: number, memberNumber: number): number {
  return (year % 100) * 100_000 + memberNumber;
}

export type Fees = { schedules: BenchFeeSchedule[]; invoices: BenchInvoice[]; payments: BenchPayment[] };

export function generateFees(rng: Rng, stamper: Stamper, members: readonly BenchMember[], categories: readonly BenchCategory[], years: number, endYear: number): Fees {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const schedules: BenchFeeSchedule[] = [];
  const invoices: BenchInvoice[] = [];
  const payments: BenchPayment[] = [];
  for (let year = endYear - years + 1; year <= endYear; year++) {
    for (const c of categories) {
      schedules.push(stamper.stamp<FeeSchedule>({ year, categoryId: c.id, amountOre: feeFor(c, year, endYear) }, rng.uuid(), atDay(`${year - 1}-12-01`)));
    }
    const invoiceDate = dayOfYear(year, 1, 15);
    const dueDate = dayOfYear(year, 2, 15);
    for (const m of members) {
      const category = byId.get(m.categoryId ?? '') ?? categories[0]!;
      const amountOre = feeFor(category, year, endYear);
      const invoiceNumber = invoiceNumberFor(year, m.memberNumber);
      const unpaid = rng.chance(year === endYear ? 0.15 : 0.02);
      const status: InvoiceStatus = !unpaid ? 'paid' : year === endYear ? 'sent' : rng.chance(0.5) ? 'credited' : 'overdue';
      const invoice: Invoice = {
        invoiceNumber,
        ocr: ocrFromInvoiceNumber(invoiceNumber),
        memberId: m.id,
        memberNumber: m.memberNumber,
        memberName: m.name,
        year,
        categoryId: category.id,
        invoiceDate,
        dueDate,
        lines: [{ text: `Medlemsavgift ${year}, ${category.name}`, amountOre }],
        amountOre,
        status,
      };
      const stamped = stamper.stamp(invoice, rng.uuid(), atDay(invoiceDate, 7 * 60));
      invoices.push(stamped);
      if (status !== 'paid') continue;
      const date = dayOfYear(year, rng.chance(0.8) ? 2 : 3, rng.int(1, 28));
      const bgmax = rng.chance(0.9);
      payments.push(
        stamper.stamp<Payment>(
          {
            invoiceId: stamped.id,
            memberId: m.id,
            date,
            amountOre,
            reference: invoice.ocr,
            source: bgmax ? 'bgmax' : 'manual',
            ...(bgmax ? { importKey: `bgmax:${date}:${invoice.ocr}:${amountOre}` } : {}),
          },
          rng.uuid(),
          atDay(date, 10 * 60),
        ),
      );
    }
  }
  return { schedules, invoices, payments };
}
