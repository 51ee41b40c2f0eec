import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { openDeviceContext } from '../../../renderer/src/db/context';
import { InvoiceRepository } from '../../../renderer/src/db/fees/invoiceRepository';
import { PaymentRepository, AlreadyReversedError } from '../../../renderer/src/db/fees/paymentRepository';
import { FeeScheduleRepository } from '../../../renderer/src/db/fees/feeScheduleRepository';
import { paidByInvoice } from '../../../renderer/src/domain/fees/payments';

const DEVICE = '5f0c6a1e-2b6e-4d1c-9a37-0c1f4b9d2e11';
let n = 0;
const dbs: KansliDb[] = [];

async function setup() {
  const db = new KansliDb(`fees-${++n}`);
  dbs.push(db);
  await db.open();
  const ctx = await openDeviceContext(db, DEVICE, 'Karin Kassör', () => new Date('2026-03-01T10:00:00Z'));
  return { invoices: new InvoiceRepository(db, ctx), payments: new PaymentRepository(db, ctx), schedules: new FeeScheduleRepository(db, ctx) };
}

afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const categories = [{ id: 'c', name: 'Företag' }];
const schedule = { year: 2026, categoryId: 'c', amountOre: 120_000, invoiceDate: '2026-01-15', dueDate: '2026-02-14', paymentTerms: '30 dagar netto', ocrLengthDigit: false };
const members = Array.from({ length: 250 }, (_, i) => ({ id: `m${i}`, memberNumber: i + 1, name: `Medlem ${i + 1}`, categoryId: 'c', status: 'active' }));

describe('fee schedules', () => {
  it('keep one record per year and category, updated in place', async () => {
    const { schedules } = await setup();
    await schedules.set(schedule);
    await schedules.set({ ...schedule, amountOre: 150_000 });
    const year = await schedules.forYear(2026);
    expect(year.map((s) => s.amountOre)).toEqual([150_000]);
  });
});

describe('creating invoices', () => {
  it('creates one per member in batches with progress, and nothing when run again', async () => {
    const { invoices } = await setup();
    const progress: number[] = [];
    const first = await invoices.createForYear(members, [schedule], categories, 2026, (done) => progress.push(done));
    expect(first.created).toBe(250);
    expect(progress).toEqual([100, 200, 250]);
    const again = await invoices.createForYear(members, [schedule], categories, 2026);
    expect(again).toEqual({ created: 0, alreadyInvoiced: 250, notBilled: 0 });
    const all = await invoices.forYear(2026);
    expect(all).toHaveLength(250);
    expect(all[249]!.invoiceNumber).toBe(20260250);
  });

  it('never reuses the number of a deleted invoice', async () => {
    const { invoices } = await setup();
    await invoices.createForYear(members.slice(0, 2), [schedule], categories, 2026);
    const [, second] = await invoices.forYear(2026);
    await invoices.remove(second!.id);
    await invoices.createForYear(members.slice(0, 3), [schedule], categories, 2026);
    expect((await invoices.forYear(2026)).map((i) => i.invoiceNumber)).toEqual([20260001, 20260003, 20260004]);
  });
});

describe('payments', () => {
  it('are registered once per import key, however often the file is read', async () => {
    const { payments } = await setup();
    const p = { invoiceId: 'i1', date: '2026-03-01', amountOre: 120_000, method: 'bankgiro' as const, reference: '202600011', importKey: 'k1' };
    expect(await payments.registerImported([p])).toBe(1);
    expect(await payments.registerImported([p, { ...p, importKey: 'k2', amountOre: 5_000 }])).toBe(1);
    expect(paidByInvoice(await payments.all()).get('i1')).toBe(125_000);
  });

  it('are corrected by a reversal, once', async () => {
    const { payments } = await setup();
    const p = await payments.create({ invoiceId: 'i1', date: '2026-03-01', amountOre: 30_000, method: 'cash', reference: 'kvitto 12' });
    await payments.reverse(p.id, '2026-03-02');
    await expect(payments.reverse(p.id, '2026-03-03')).rejects.toBeInstanceOf(AlreadyReversedError);
    const all = await payments.all();
    expect(all).toHaveLength(2);
    expect(paidByInvoice(all).get('i1')).toBe(0);
  });
});
