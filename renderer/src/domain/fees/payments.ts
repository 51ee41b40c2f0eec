// Payments are append-only: a wrong registration is undone by a reversal (a payment of the
// opposite amount that names the one it reverses), so the history of what happened stays.
export type PaymentMethod = 'bankgiro' | 'swish' | 'plusgiro' | 'cash' | 'other';

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['bankgiro', 'swish', 'plusgiro', 'cash', 'other'];

/** Why a payment was made beyond paying: a refund of a surplus, or a surplus moved between invoices. */
export type PaymentPurpose = 'refund' | 'carryOut' | 'carryIn';

export type Payment = {
  /** The invoice it pays; absent for a payment from the bank file that nobody has matched yet. */
  invoiceId?: string;
  date: string; // YYYY-MM-DD
  amountOre: number;
  method: PaymentMethod;
  /** The OCR reference or other text the payer gave. */
  reference: string;
  payerName?: string;
  /** For a payment from a BgMax file: the same payment read twice has the same key. */
  importKey?: string;
  /** For a reversal: the payment it cancels. */
  reversesId?: string;
  note?: string;
  purpose?: PaymentPurpose;
  /** For a carried surplus: the invoice on the other side of the move. */
  linkedInvoiceId?: string;
  linkedInvoiceNumber?: number;
};

/** Paid per invoice, reversals netted. */
export function paidByInvoice(payments: readonly Pick<Payment, 'invoiceId' | 'amountOre'>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of payments) if (p.invoiceId) out.set(p.invoiceId, (out.get(p.invoiceId) ?? 0) + p.amountOre);
  return out;
}

/** The ids of payments that a later reversal cancels. */
export function reversedIds(payments: readonly Pick<Payment, 'reversesId'>[]): Set<string> {
  return new Set(payments.map((p) => p.reversesId).filter((x): x is string => x !== undefined));
}

/** The reversal of `p`: same invoice and reference, opposite amount. */
export function reversalOf(p: Payment & { id: string }, date: string): Payment {
  const r: Payment = { invoiceId: p.invoiceId, date, amountOre: -p.amountOre, method: p.method, reference: p.reference, reversesId: p.id, note: 'Rättelse' };
  // Undoing a carried surplus moves no money either, so it keeps what keeps it out of the books.
  if (p.purpose === 'carryOut' || p.purpose === 'carryIn') return { ...r, purpose: p.purpose, linkedInvoiceId: p.linkedInvoiceId, linkedInvoiceNumber: p.linkedInvoiceNumber };
  return r;
}
