// Fee invoices. Creation runs in batches, each one transaction that re-reads the year's invoices,
// so two runs (or a run repeated after a crash) never give a member two invoices for a year nor
// reuse an invoice number.
import { Repository } from '../repository';
import type { KansliDb } from '../schema';
import type { DeviceContext } from '../context';
import type { Stamped } from '../stamp';
import { isLive } from '../stamp';
import type { Invoice } from '../../domain/fees/invoicing';
import { planInvoices, type PlanMember } from '../../domain/fees/invoicing';
import type { FeeCategory, FeeSchedule } from '../../domain/fees/schedule';

export type StoredInvoice = Invoice & Stamped;

const BATCH = 100;

export class InvoiceRepository extends Repository<Invoice> {
  constructor(db: KansliDb, ctx: DeviceContext) {
    super(db, db.table('invoices'), ctx);
  }

  async forYear(year: number): Promise<StoredInvoice[]> {
    return (await this.table.where('year').equals(year).toArray()).filter(isLive).sort((a, b) => a.invoiceNumber - b.invoiceNumber);
  }

  /**
   * Creates the year's invoices for `members`; reports progress after each batch. Returns how
   * many were created and how many members already had one.
   */
  async createForYear(
    members: readonly PlanMember[],
    schedules: readonly FeeSchedule[],
    categories: readonly FeeCategory[],
    year: number,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ created: number; alreadyInvoiced: number; notBilled: number }> {
    let created = 0;
    let first: { alreadyInvoiced: number; notBilled: number } | undefined;
    const total = members.length;
    for (let start = 0; start < members.length; start += BATCH) {
      const slice = members.slice(start, start + BATCH);
      const plan = await this.write(async () => {
        // Tombstoned invoices keep their numbers: a number is never given twice.
        const all = await this.table.where('year').equals(year).toArray();
        const p = planInvoices(slice, schedules, categories, year, all.filter(isLive).concat(all.filter((x) => !isLive(x)).map((x) => ({ ...x, memberId: '' }))));
        for (const inv of p.create) await this.create(inv);
        return p;
      });
      created += plan.create.length;
      first = { alreadyInvoiced: (first?.alreadyInvoiced ?? 0) + plan.alreadyInvoiced, notBilled: (first?.notBilled ?? 0) + plan.notBilled };
      onProgress?.(Math.min(total, start + slice.length), total);
    }
    return { created, alreadyInvoiced: first?.alreadyInvoiced ?? 0, notBilled: first?.notBilled ?? 0 };
  }

  async forMember(memberId: string): Promise<StoredInvoice[]> {
    return (await this.table.where('memberId').equals(memberId).toArray()).filter(isLive).sort((a, b) => a.invoiceNumber - b.invoiceNumber);
  }

  async credit(id: string, date: string, reason?: string): Promise<StoredInvoice> {
    return this.update(id, { status: 'credited', creditedDate: date, ...(reason ? { creditReason: reason } : {}) });
  }

  async markReminded(ids: readonly string[], date: string): Promise<void> {
    await this.write(async () => {
      for (const id of ids) {
        const inv = await this.get(id);
        if (inv) await this.update(id, { reminderCount: inv.reminderCount + 1, lastReminderDate: date });
      }
    });
  }
}
