// The year's fee invoices: who gets one, its number and OCR reference, and its status from the
// payments registered against it. One invoice per member and year, so running the creation again
// only fills the gaps.
import { createOcrReference } from './ocr';
import { daysBetween, feeFor, type FeeCategory, type FeeMember, type FeeSchedule } from './schedule';

export type InvoiceState = 'open' | 'credited';

export type Invoice = {
  year: number;
  /** Year and sequence: 20260001, 20260002 … so numbers never collide between years. */
  invoiceNumber: number;
  ocr: string;
  memberId: string;
  memberNumber: number;
  memberName: string;
  categoryId: string;
  amountOre: number;
  invoiceDate: string;
  dueDate: string;
  paymentTerms: string;
  /** Stored state; paid and overdue are worked out from the payments and the date. */
  status: InvoiceState;
  reminderCount: number;
  lastReminderDate?: string;
  /** When it was credited, and why (printed on the credit note). */
  creditedDate?: string;
  creditReason?: string;
};

/** A credit note's own number: the credited invoice's with a K, so the two are found together. */
export function creditNoteNumber(invoiceNumber: number): string {
  return `K${invoiceNumber}`;
}

export type InvoiceStatus = 'unpaid' | 'partlyPaid' | 'paid' | 'overpaid' | 'overdue' | 'credited';

const SEQUENCE = 10_000;

export function invoiceNumberFor(year: number, sequence: number): number {
  if (sequence < 1 || sequence >= SEQUENCE) throw new RangeError(`Löpnumret ${sequence} får inte plats i årets fakturanummer (1–9999).`);
  return year * SEQUENCE + sequence;
}

/** The next free sequence of the year, from the numbers already used (credited ones included). */
export function nextSequence(year: number, usedNumbers: Iterable<number>): number {
  let max = 0;
  for (const n of usedNumbers) if (Math.floor(n / SEQUENCE) === year) max = Math.max(max, n % SEQUENCE);
  return max + 1;
}

export type PlanMember = FeeMember & { id: string; memberNumber: number; name: string };

export type InvoicePlan = { create: Invoice[]; alreadyInvoiced: number; notBilled: number };

/**
 * The invoices to create for `members` (all active ones, or a selection), skipping those who
 * already have one for the year and those who pay nothing.
 */
export function planInvoices(
  members: readonly PlanMember[],
  schedules: readonly FeeSchedule[],
  categories: readonly FeeCategory[],
  year: number,
  existing: readonly Pick<Invoice, 'memberId' | 'year' | 'invoiceNumber'>[],
): InvoicePlan {
  const billed = new Set(existing.filter((i) => i.year === year).map((i) => i.memberId));
  let seq = nextSequence(year, existing.map((i) => i.invoiceNumber));
  const plan: InvoicePlan = { create: [], alreadyInvoiced: 0, notBilled: 0 };
  const sorted = [...members].sort((a, b) => a.memberNumber - b.memberNumber);
  for (const m of sorted) {
    if (billed.has(m.id)) {
      plan.alreadyInvoiced++;
      continue;
    }
    const amount = feeFor(m, schedules, categories, year);
    const schedule = schedules.find((s) => s.year === year && s.categoryId === m.categoryId);
    if (amount === null || !schedule || !m.categoryId) {
      plan.notBilled++;
      continue;
    }
    const invoiceNumber = invoiceNumberFor(year, seq++);
    plan.create.push({
      year,
      invoiceNumber,
      ocr: createOcrReference(String(invoiceNumber), { lengthDigit: schedule.ocrLengthDigit }),
      memberId: m.id,
      memberNumber: m.memberNumber,
      memberName: m.name,
      categoryId: m.categoryId,
      amountOre: amount,
      invoiceDate: schedule.invoiceDate,
      dueDate: schedule.dueDate,
      paymentTerms: schedule.paymentTerms,
      status: 'open',
      reminderCount: 0,
    });
    billed.add(m.id);
  }
  return plan;
}

/** What the invoice's status is today, given what has been paid on it (in öre, reversals netted). */
export function invoiceStatus(inv: Pick<Invoice, 'status' | 'amountOre' | 'dueDate'>, paidOre: number, today: string): InvoiceStatus {
  if (inv.status === 'credited') return 'credited';
  if (paidOre > inv.amountOre) return 'overpaid';
  if (paidOre === inv.amountOre) return 'paid';
  if (today > inv.dueDate) return 'overdue';
  return paidOre > 0 ? 'partlyPaid' : 'unpaid';
}

export function daysOverdue(inv: Pick<Invoice, 'dueDate'>, today: string): number {
  return Math.max(0, daysBetween(inv.dueDate, today));
}

export type YearTotals = { invoiced: number; paid: number; outstanding: number; overdue: number; count: number; overdueCount: number };

/** The treasurer's overview: credited invoices count for nothing. */
export function yearTotals(invoices: readonly (Pick<Invoice, 'status' | 'amountOre' | 'dueDate'> & { id: string })[], paid: ReadonlyMap<string, number>, today: string): YearTotals {
  const t: YearTotals = { invoiced: 0, paid: 0, outstanding: 0, overdue: 0, count: 0, overdueCount: 0 };
  for (const inv of invoices) {
    if (inv.status === 'credited') continue;
    const p = paid.get(inv.id) ?? 0;
    const left = Math.max(0, inv.amountOre - p);
    t.count++;
    t.invoiced += inv.amountOre;
    t.paid += p;
    t.outstanding += left;
    if (left > 0 && today > inv.dueDate) {
      t.overdue += left;
      t.overdueCount++;
    }
  }
  return t;
}

/** Members with a fee still owed on an invoice of the given ones (unpaid, part paid or overdue). */
export function unpaidMemberIds(
  invoices: readonly (Pick<Invoice, 'status' | 'amountOre' | 'dueDate' | 'memberId'> & { id: string })[],
  paid: ReadonlyMap<string, number>,
  today: string,
): Set<string> {
  const out = new Set<string>();
  for (const inv of invoices) {
    const status = invoiceStatus(inv, paid.get(inv.id) ?? 0, today);
    if (status === 'unpaid' || status === 'partlyPaid' || status === 'overdue') out.add(inv.memberId);
  }
  return out;
}
