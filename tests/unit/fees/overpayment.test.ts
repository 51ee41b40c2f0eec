import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { openDeviceContext } from '../../../renderer/src/db/context';
import { PaymentRepository, SurplusError } from '../../../renderer/src/db/fees/paymentRepository';
import { paidByInvoice } from '../../../renderer/src/domain/fees/payments';
import { carryAmount, carryOf, carryTargets, checkSurplusAmount, isBookable, overpaidTotals, refundOf, surplusOre } from '../../../renderer/src/domain/fees/overpayment';
import { invoiceStatus } from '../../../renderer/src/domain/fees/invoicing';

// Åkesson Bygg AB pays 1 450 kr on a 1 200 kr invoice: 250 kr too much.
const inv2026 = { id: 'a', invoiceNumber: 20260042, amountOre: 120_000, status: 'open' as const, dueDate: '2026-02-14', memberId: 'm42' };
const inv2027 = { id: 'b', invoiceNumber: 20270042, amountOre: 120_000, status: 'open' as const, dueDate: '2027-02-14', memberId: 'm42' };
const other = { id: 'c', invoiceNumber: 20260043, amountOre: 30_000, status: 'open' as const, dueDate: '2026-02-14', memberId: 'm43' };

describe('the surplus of an over-paid invoice', () => {
  it('is what was paid beyond the amount, and the invoice counts as paid', () => {
    expect(surplusOre(inv2026, 145_000)).toBe(25_000);
    expect(surplusOre(inv2026, 120_000)).toBe(0);
    expect(surplusOre(inv2026, 50_000)).toBe(0);
    expect(invoiceStatus(inv2026, 145_000, '2026-03-01')).toBe('overpaid');
  });

  it('is everything paid on an invoice that was credited (the member left after paying)', () => {
    expect(surplusOre({ ...inv2026, status: 'credited' }, 120_000)).toBe(120_000);
  });

  it('accepts a refund or carry of a positive amount up to the surplus, and nothing more', () => {
    expect(checkSurplusAmount(25_000, 25_000)).toBe('none');
    expect(checkSurplusAmount(10_000, 25_000)).toBe('none');
    expect(checkSurplusAmount(25_001, 25_000)).toBe('tooMuch');
    expect(checkSurplusAmount(0, 25_000)).toBe('amount');
    expect(checkSurplusAmount(null, 25_000)).toBe('amount');
  });

  it('is refunded by a negative payment, so the invoice is exactly paid again', () => {
    const refund = refundOf(inv2026, 25_000, '2026-03-10', 'bankgiro');
    expect(refund).toMatchObject({ invoiceId: 'a', amountOre: -25_000, purpose: 'refund', reference: 'Återbetalning faktura 20260042' });
    expect(surplusOre(inv2026, 145_000 + refund.amountOre)).toBe(0);
    expect(isBookable(refund)).toBe(true);
  });

  it('is carried to the member’s next invoice by a pair that nets to zero and stays out of the books', () => {
    expect(carryTargets(inv2026, [other, inv2027, inv2026], new Map()).map((i) => i.id)).toEqual(['b']);
    const [out, into] = carryOf(inv2026, inv2027, 25_000, '2026-12-01');
    expect(out).toMatchObject({ invoiceId: 'a', amountOre: -25_000, purpose: 'carryOut', linkedInvoiceId: 'b', reference: 'Överfört till faktura 20270042' });
    expect(into).toMatchObject({ invoiceId: 'b', amountOre: 25_000, purpose: 'carryIn', linkedInvoiceId: 'a', reference: 'Tillgodo från faktura 20260042' });
    expect(isBookable(out) || isBookable(into)).toBe(false);
    // A surplus larger than what the next invoice asks moves only what it asks.
    expect(carryAmount(150_000, 120_000)).toBe(120_000);
    expect(carryAmount(25_000, 120_000)).toBe(25_000);
  });

  it('is not carried to an invoice already paid in full', () => {
    expect(carryTargets(inv2026, [inv2027], new Map([['b', 120_000]]))).toEqual([]);
  });

  it('adds up for the treasurer’s overview', () => {
    expect(overpaidTotals([inv2026, inv2027, other], new Map([['a', 145_000], ['b', 120_000], ['c', 35_000]]))).toEqual({ count: 2, totalOre: 30_000 });
  });
});

describe('refunds and carries in the database', () => {
  const dbs: KansliDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  async function repo() {
    const db = new KansliDb(`overpay-${dbs.length}-${Date.now()}`);
    dbs.push(db);
    await db.open();
    const ctx = await openDeviceContext(db, '5f0c6a1e-2b6e-4d1c-9a37-0c1f4b9d2e11', 'Karin Kassör', () => new Date('2026-03-01T10:00:00Z'));
    return new PaymentRepository(db, ctx);
  }

  it('never overwrites a payment: the refund is a new one, and a second refund of the same surplus is refused', async () => {
    const payments = await repo();
    const paid = await payments.create({ invoiceId: 'a', date: '2026-03-01', amountOre: 145_000, method: 'bankgiro', reference: '202600425' });
    await payments.refund(inv2026, 25_000, '2026-03-10', 'bankgiro');
    await expect(payments.refund(inv2026, 25_000, '2026-03-10', 'bankgiro')).rejects.toBeInstanceOf(SurplusError);
    const all = await payments.all();
    expect(all).toHaveLength(2);
    expect(all.find((p) => p.id === paid.id)?.amountOre).toBe(145_000);
    expect(paidByInvoice(all).get('a')).toBe(120_000);
  });

  it('carries the surplus to the next invoice, which then asks for that much less', async () => {
    const payments = await repo();
    await payments.create({ invoiceId: 'a', date: '2026-03-01', amountOre: 145_000, method: 'bankgiro', reference: '202600425' });
    expect(await payments.carry(inv2026, inv2027, '2026-12-01')).toBe(25_000);
    const paid = paidByInvoice(await payments.all());
    expect(paid.get('a')).toBe(120_000);
    expect(paid.get('b')).toBe(25_000);
    await expect(payments.carry(inv2026, inv2027, '2026-12-01')).rejects.toBeInstanceOf(SurplusError);
  });

  it('undoes a carry by reversing both halves, and keeps the undoing out of the books', async () => {
    const payments = await repo();
    await payments.create({ invoiceId: 'a', date: '2026-03-01', amountOre: 145_000, method: 'bankgiro', reference: '202600425' });
    await payments.carry(inv2026, inv2027, '2026-12-01');
    const out = (await payments.all()).find((p) => p.purpose === 'carryOut')!;
    await payments.reverseCarry(out.id, '2026-12-02');
    const all = await payments.all();
    expect(all).toHaveLength(5);
    const paid = paidByInvoice(all);
    expect(paid.get('a')).toBe(145_000);
    expect(paid.get('b')).toBe(0);
    expect(all.filter((p) => p.reversesId).every((p) => !isBookable(p))).toBe(true);
    await expect(payments.reverseCarry(out.id, '2026-12-02')).rejects.toThrow('already reversed');
  });
});
