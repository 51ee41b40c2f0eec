// Payments: append-only. The only writes are a new payment, a reversal (a new payment that
// cancels an earlier one) and attaching an unmatched bank payment to an invoice.
import { Repository } from '../repository';
import type { KansliDb } from '../schema';
import type { DeviceContext } from '../context';
import type { Stamped } from '../stamp';
import { isLive } from '../stamp';
import { reversalOf, type Payment, type PaymentMethod } from '../../domain/fees/payments';
import { carryAmount, carryOf, checkSurplusAmount, leftOre, refundOf, surplusOre } from '../../domain/fees/overpayment';

type SurplusInvoice = { id: string; invoiceNumber: number; amountOre: number; status: string };

export type StoredPayment = Payment & Stamped;

export class AlreadyReversedError extends Error {}

/** A refund or carry that the payments registered meanwhile (another click, a sync) no longer allow. */
export class SurplusError extends Error {}

export class PaymentRepository extends Repository<Payment> {
  constructor(db: KansliDb, ctx: DeviceContext) {
    super(db, db.table('payments'), ctx);
  }

  async all(): Promise<StoredPayment[]> {
    return (await this.list()).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  }

  async importedKeys(): Promise<Set<string>> {
    const keys = (await this.table.orderBy('importKey').keys()) as string[];
    return new Set(keys);
  }

  /** Registers bank payments; one already registered under the same import key is skipped. */
  async registerImported(payments: readonly Payment[]): Promise<number> {
    return this.write(async () => {
      let n = 0;
      for (const p of payments) {
        if (p.importKey && (await this.table.where('importKey').equals(p.importKey).count()) > 0) continue;
        await this.create(p);
        n++;
      }
      return n;
    });
  }

  async reverse(id: string, date: string): Promise<StoredPayment> {
    return this.write(async () => {
      const p = await this.get(id);
      if (!p) throw new AlreadyReversedError('payment not found');
      if ((await this.table.filter((x) => x.reversesId === id && isLive(x)).count()) > 0 || p.reversesId) throw new AlreadyReversedError('already reversed');
      return this.create(reversalOf(p, date));
    });
  }

  /** Attaches a payment that came in without a known reference to the invoice it pays. */
  async attach(id: string, invoiceId: string): Promise<StoredPayment> {
    return this.update(id, { invoiceId });
  }

  private async paidOn(invoiceId: string): Promise<number> {
    const rows = await this.table.where('invoiceId').equals(invoiceId).toArray();
    return rows.filter(isLive).reduce((sum, p) => sum + p.amountOre, 0);
  }

  /** Pays back (part of) the surplus on `invoice`; checked against the payments inside the transaction. */
  async refund(invoice: SurplusInvoice, amountOre: number, date: string, method: PaymentMethod): Promise<StoredPayment> {
    return this.write(async () => {
      const surplus = surplusOre(invoice, await this.paidOn(invoice.id));
      if (surplus <= 0 || checkSurplusAmount(amountOre, surplus) !== 'none') throw new SurplusError(`surplus ${surplus}, refund ${amountOre}`);
      return this.create(refundOf(invoice, amountOre, date, method));
    });
  }

  /** Carries the surplus on `from` to `to`, as much as `to` still asks for. Returns the amount moved. */
  async carry(from: SurplusInvoice, to: SurplusInvoice, date: string): Promise<number> {
    return this.write(async () => {
      const amount = carryAmount(surplusOre(from, await this.paidOn(from.id)), leftOre(to, await this.paidOn(to.id)));
      if (amount <= 0) throw new SurplusError('nothing to carry');
      for (const p of carryOf(from, to, amount, date)) await this.create(p);
      return amount;
    });
  }

  /**
   * Undoes a carried surplus: both halves are reversed together, so money never stays moved
   * out of one invoice without arriving in the other.
   */
  async reverseCarry(id: string, date: string): Promise<void> {
    await this.write(async () => {
      const p = await this.get(id);
      if (!p || (p.purpose !== 'carryOut' && p.purpose !== 'carryIn') || !p.invoiceId || !p.linkedInvoiceId) throw new AlreadyReversedError('not a carry');
      const live = (await this.table.where('invoiceId').equals(p.linkedInvoiceId).toArray()).filter(isLive);
      const reversed = new Set((await this.table.filter((x) => x.reversesId !== undefined && isLive(x)).toArray()).map((x) => x.reversesId));
      if (reversed.has(p.id)) throw new AlreadyReversedError('already reversed');
      const partner = live.find((x) => !x.reversesId && !reversed.has(x.id) && x.linkedInvoiceId === p.invoiceId && x.amountOre === -p.amountOre && x.purpose !== p.purpose);
      await this.create(reversalOf(p, date));
      if (partner) await this.create(reversalOf(partner, date));
    });
  }
}
