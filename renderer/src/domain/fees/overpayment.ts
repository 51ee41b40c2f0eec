// Over-payments: a member who paid more than the invoice asks (or paid an invoice that was then
// credited) has money to get back. The treasurer either pays it back (a refund) or carries it to
// the member's next invoice. Payments stay append-only: both are new payments, never an edit —
// a refund is a negative payment on the overpaid invoice, a carry is a pair (minus on the
// overpaid invoice, plus on the next one) that moves no money and so never reaches the books.
import type { Payment, PaymentMethod } from './payments';

type InvoiceLike = { id: string; invoiceNumber: number; amountOre: number; status: string };

/** What was paid beyond what the invoice asks; on a credited invoice everything paid is surplus. */
export function surplusOre(inv: Pick<InvoiceLike, 'amountOre' | 'status'>, paidOre: number): number {
  const owed = inv.status === 'credited' ? 0 : inv.amountOre;
  return Math.max(0, paidOre - owed);
}

/** What is still to pay on the invoice (nothing on a credited one). */
export function leftOre(inv: Pick<InvoiceLike, 'amountOre' | 'status'>, paidOre: number): number {
  return inv.status === 'credited' ? 0 : Math.max(0, inv.amountOre - paidOre);
}

export type SurplusProblem = 'none' | 'amount' | 'tooMuch';

/** Checks an amount the treasurer wants to pay back or carry: positive and at most the surplus. */
export function checkSurplusAmount(amountOre: number | null, surplus: number): SurplusProblem {
  if (surplus <= 0) return 'none';
  if (amountOre === null || !Number.isInteger(amountOre) || amountOre <= 0) return 'amount';
  return amountOre > surplus ? 'tooMuch' : 'none';
}

/** The refund: money going back to the member, booked as a negative payment on the invoice. */
export function refundOf(inv: Pick<InvoiceLike, 'id' | 'invoiceNumber'>, amountOre: number, date: string, method: PaymentMethod): Payment {
  return { invoiceId: inv.id, date, amountOre: -amountOre, method, reference: `Återbetalning faktura ${inv.invoiceNumber}`, purpose: 'refund' };
}

/**
 * Moves `amountOre` of the surplus on `from` to `to`. The pair nets to zero: no money moved,
 * so the export to the books leaves both out.
 */
export function carryOf(from: Pick<InvoiceLike, 'id' | 'invoiceNumber'>, to: Pick<InvoiceLike, 'id' | 'invoiceNumber'>, amountOre: number, date: string): [Payment, Payment] {
  return [
    { invoiceId: from.id, date, amountOre: -amountOre, method: 'other', reference: `Överfört till faktura ${to.invoiceNumber}`, purpose: 'carryOut', linkedInvoiceId: to.id, linkedInvoiceNumber: to.invoiceNumber },
    { invoiceId: to.id, date, amountOre, method: 'other', reference: `Tillgodo från faktura ${from.invoiceNumber}`, purpose: 'carryIn', linkedInvoiceId: from.id, linkedInvoiceNumber: from.invoiceNumber },
  ];
}

/**
 * Where a member's surplus can go: their other invoices with something left to pay, the next one
 * first (the one due soonest after the overpaid invoice), then older ones still open.
 */
export function carryTargets<T extends InvoiceLike & { dueDate: string; memberId: string }>(from: T, invoices: readonly T[], paid: ReadonlyMap<string, number>): T[] {
  const open = invoices.filter((i) => i.id !== from.id && i.memberId === from.memberId && leftOre(i, paid.get(i.id) ?? 0) > 0);
  const later = open.filter((i) => i.invoiceNumber > from.invoiceNumber).sort((a, b) => a.invoiceNumber - b.invoiceNumber);
  const earlier = open.filter((i) => i.invoiceNumber < from.invoiceNumber).sort((a, b) => b.invoiceNumber - a.invoiceNumber);
  return [...later, ...earlier];
}

/** How much of the surplus a carry moves: no more than the target still asks for. */
export function carryAmount(surplus: number, targetLeft: number): number {
  return Math.max(0, Math.min(surplus, targetLeft));
}

/** The treasurer's overview: how many invoices have money to give back, and how much. */
export function overpaidTotals(invoices: readonly Pick<InvoiceLike, 'id' | 'amountOre' | 'status'>[], paid: ReadonlyMap<string, number>): { count: number; totalOre: number } {
  let count = 0;
  let totalOre = 0;
  for (const inv of invoices) {
    const s = surplusOre(inv, paid.get(inv.id) ?? 0);
    if (s > 0) {
      count++;
      totalOre += s;
    }
  }
  return { count, totalOre };
}

/** Payments that moved money and belong in the books: carries between invoices do not. */
export function isBookable(p: Pick<Payment, 'purpose'>): boolean {
  return p.purpose !== 'carryOut' && p.purpose !== 'carryIn';
}

/** The surpluses carried to `invoiceId`, as the invoice PDF lists them. */
export function carriedInto(invoiceId: string, payments: readonly Pick<Payment, 'invoiceId' | 'purpose' | 'amountOre' | 'linkedInvoiceNumber'>[]): { fromInvoiceNumber: number; amountOre: number }[] {
  return payments
    .filter((p) => p.invoiceId === invoiceId && p.purpose === 'carryIn' && p.linkedInvoiceNumber !== undefined)
    .map((p) => ({ fromInvoiceNumber: p.linkedInvoiceNumber!, amountOre: p.amountOre }));
}
