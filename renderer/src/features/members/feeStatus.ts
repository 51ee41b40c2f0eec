// What the fees area knows about members: who owes a fee this year, and one member's invoices
// and payments. Read through the fees area's repositories, so both areas agree on the rules.
import { useMemo } from 'react';
import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { InvoiceRepository, type StoredInvoice } from '../../db/fees/invoiceRepository';
import { PaymentRepository, type StoredPayment } from '../../db/fees/paymentRepository';
import { paidByInvoice } from '../../domain/fees/payments';
import { invoiceStatus, unpaidMemberIds, type InvoiceStatus } from '../../domain/fees/invoicing';

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

function useFeeRepositories() {
  const { repos } = useApp();
  return useMemo(() => ({ invoices: new InvoiceRepository(repos.db, repos.ctx), payments: new PaymentRepository(repos.db, repos.ctx) }), [repos]);
}

/** Ids of members with an unpaid, part-paid or overdue invoice for this calendar year. */
export function useUnpaidThisYear(enabled: boolean): ReadonlySet<string> | undefined {
  const { invoices, payments } = useFeeRepositories();
  const { value } = useLive(async () => {
    if (!enabled) return undefined;
    const year = Number(todayIso().slice(0, 4));
    const [inv, pay] = await Promise.all([invoices.forYear(year), payments.all()]);
    return unpaidMemberIds(inv, paidByInvoice(pay), todayIso());
  }, [invoices, payments, enabled]);
  return value;
}

export type MemberInvoice = { invoice: StoredInvoice; paidOre: number; status: InvoiceStatus; payments: StoredPayment[] };

/** One member's invoices, newest first, each with its payments and status. */
export function useMemberInvoices(memberId: string): MemberInvoice[] | undefined {
  const { repos } = useApp();
  const { payments } = useFeeRepositories();
  const { value } = useLive(async () => {
    const all = (await repos.db.table('invoices').where('memberId').equals(memberId).toArray()) as StoredInvoice[];
    const live = all.filter((i) => !i.deleted);
    if (live.length === 0) return [];
    const ids = new Set(live.map((i) => i.id));
    const pay = (await payments.all()).filter((p) => p.invoiceId !== undefined && ids.has(p.invoiceId));
    const paid = paidByInvoice(pay);
    return live
      .sort((a, b) => b.invoiceNumber - a.invoiceNumber)
      .map((invoice) => ({
        invoice,
        paidOre: paid.get(invoice.id) ?? 0,
        status: invoiceStatus(invoice, paid.get(invoice.id) ?? 0, todayIso()),
        payments: pay.filter((p) => p.invoiceId === invoice.id),
      }));
  }, [repos, payments, memberId]);
  return value;
}
