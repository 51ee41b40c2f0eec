import { describe, expect, it } from 'vitest';
import { feeFor, type FeeSchedule } from '../../../renderer/src/domain/fees/schedule';
import { invoiceNumberFor, invoiceStatus, planInvoices, yearTotals, daysOverdue } from '../../../renderer/src/domain/fees/invoicing';
import { isValidOcrReference } from '../../../renderer/src/domain/fees/ocr';

const categories = [
  { id: 'small', name: 'Företag 1–9 anställda' },
  { id: 'person', name: 'Privatperson' },
  { id: 'category-hedersmedlem', name: 'Hedersmedlem' },
  { id: 'honour2', name: 'Hedersledamot' },
];
const schedule = (categoryId: string, amountOre: number, lengthDigit = false): FeeSchedule => ({
  year: 2026, categoryId, amountOre, invoiceDate: '2026-02-01', dueDate: '2026-03-03', paymentTerms: '30 dagar netto', ocrLengthDigit: lengthDigit,
});
const schedules = [schedule('small', 150_000), schedule('person', 30_000), schedule('category-hedersmedlem', 30_000), schedule('honour2', 30_000)];
const member = (id: string, n: number, categoryId: string, status = 'active') => ({ id, memberNumber: n, name: `Medlem ${n}`, categoryId, status });

describe('the fee a member pays', () => {
  it('is the category fee of the year for an active member', () => {
    expect(feeFor(member('a', 1, 'small'), schedules, categories, 2026)).toBe(150_000);
    expect(feeFor(member('a', 1, 'person'), schedules, categories, 2026)).toBe(30_000);
  });
  it('is nothing for honorary members, even if a fee was set for their category', () => {
    expect(feeFor(member('a', 1, 'category-hedersmedlem'), schedules, categories, 2026)).toBeNull();
    expect(feeFor(member('a', 1, 'honour2'), schedules, categories, 2026)).toBeNull();
  });
  it('is nothing for members who left or only applied, and when no fee is set for the year', () => {
    expect(feeFor(member('a', 1, 'small', 'resigned'), schedules, categories, 2026)).toBeNull();
    expect(feeFor(member('a', 1, 'small', 'applied'), schedules, categories, 2026)).toBeNull();
    expect(feeFor(member('a', 1, 'small'), schedules, categories, 2027)).toBeNull();
  });
});

describe("creating the year's invoices", () => {
  const members = [member('c', 3, 'person'), member('a', 1, 'small'), member('h', 2, 'category-hedersmedlem'), member('r', 4, 'small', 'resigned')];

  it('numbers them year + sequence in member order, with a valid OCR reference from the number', () => {
    const plan = planInvoices(members, schedules, categories, 2026, []);
    expect(plan.create.map((i) => [i.memberId, i.invoiceNumber, i.amountOre])).toEqual([
      ['a', 20260001, 150_000],
      ['c', 20260002, 30_000],
    ]);
    // Luhn over 20260001 (weights 2,1,2… from the right): 2+0+0+0+3+2+0+2 = 9, so check digit 1.
    expect(plan.create[0]!.ocr).toBe('202600011');
    expect(plan.create.every((i) => isValidOcrReference(i.ocr))).toBe(true);
    expect(plan.notBilled).toBe(2);
  });

  it('adds the length digit when the year’s agreement asks for it', () => {
    const plan = planInvoices([member('a', 1, 'small')], [schedule('small', 150_000, true)], categories, 2026, []);
    const ocr = plan.create[0]!.ocr;
    // Length 10 → length digit 0; Luhn over 202600010 sums to 15, so check digit 5.
    expect(ocr).toBe('2026000105');
    expect(isValidOcrReference(ocr, { lengthDigit: true })).toBe(true);
  });

  it('never creates a second invoice for a member and year when run again', () => {
    const first = planInvoices(members, schedules, categories, 2026, []);
    const again = planInvoices([...members, member('n', 5, 'person')], schedules, categories, 2026, first.create);
    expect(again.create.map((i) => [i.memberId, i.invoiceNumber])).toEqual([['n', 20260003]]);
    expect(again.alreadyInvoiced).toBe(2);
  });

  it('refuses a sequence that would not fit the year', () => {
    expect(() => invoiceNumberFor(2026, 10_000)).toThrow(/får inte plats/);
  });
});

describe('invoice status', () => {
  const inv = { status: 'open' as const, amountOre: 30_000, dueDate: '2026-03-03' };
  it('follows the payments and the due date', () => {
    expect(invoiceStatus(inv, 0, '2026-03-03')).toBe('unpaid');
    expect(invoiceStatus(inv, 10_000, '2026-03-01')).toBe('partlyPaid');
    expect(invoiceStatus(inv, 10_000, '2026-03-04')).toBe('overdue');
    expect(invoiceStatus(inv, 30_000, '2026-05-01')).toBe('paid');
    expect(invoiceStatus(inv, 35_000, '2026-05-01')).toBe('overpaid');
    expect(invoiceStatus({ ...inv, status: 'credited' }, 0, '2026-05-01')).toBe('credited');
    expect(daysOverdue(inv, '2026-04-02')).toBe(30);
  });
  it('sums the year without credited invoices', () => {
    const t = yearTotals(
      [{ id: '1', ...inv }, { id: '2', ...inv, amountOre: 150_000 }, { id: '3', ...inv, status: 'credited' }],
      new Map([['1', 30_000], ['2', 50_000]]),
      '2026-04-01',
    );
    expect(t).toEqual({ invoiced: 180_000, paid: 80_000, outstanding: 100_000, overdue: 100_000, count: 2, overdueCount: 1 });
  });
});
