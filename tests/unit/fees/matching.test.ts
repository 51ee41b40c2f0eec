import { describe, expect, it } from 'vitest';
import { parseBgMaxFile } from '../../../renderer/src/domain/fees/bgmax';
import { importKeyOf, matchBgMax } from '../../../renderer/src/domain/fees/matching';
import { paidByInvoice, reversalOf } from '../../../renderer/src/domain/fees/payments';
import { writeBgMax } from '../domain/fees/bgmaxWriter';

const invoices = [
  { id: 'i1', ocr: '202600013', amountOre: 30_000, status: 'open', invoiceNumber: 20260001, memberName: 'Anna' },
  { id: 'i2', ocr: '202600021', amountOre: 150_000, status: 'open', invoiceNumber: 20260002, memberName: 'Bolaget AB' },
  { id: 'i3', ocr: '202600039', amountOre: 30_000, status: 'open', invoiceNumber: 20260003, memberName: 'Cecilia' },
];

const file = writeBgMax([
  {
    bankgiro: '56781234',
    paymentDate: '2026-03-01',
    payments: [
      { reference: '202600013', amountOre: 30_000, payerName: 'Anna' },
      { reference: '202600021', amountOre: 100_000, payerName: 'Bolaget AB' },
      { reference: '999999999', amountOre: 50_000, payerName: 'Okänd' },
      { reference: '202600039', amountOre: 30_000 },
    ],
  },
]);

describe('matching a BgMax file to the invoices', () => {
  const parsed = parseBgMaxFile(file);

  it('sorts every payment into matched, wrong amount, unknown reference or already paid', () => {
    expect(parsed.errors).toEqual([]);
    const rows = matchBgMax(parsed.entries, invoices, new Map([['i3', 30_000]]), new Set());
    expect(rows.map((r) => [r.entry.reference, r.kind, r.invoice?.id])).toEqual([
      ['202600013', 'matched', 'i1'],
      ['202600021', 'wrongAmount', 'i2'],
      ['999999999', 'unknownReference', undefined],
      ['202600039', 'alreadyPaid', 'i3'],
    ]);
  });

  it('recognises the same file read again: nothing is new', () => {
    const first = matchBgMax(parsed.entries, invoices, new Map(), new Set());
    const again = matchBgMax(parseBgMaxFile(file).entries, invoices, new Map(), new Set(first.map((r) => r.importKey)));
    expect(again.every((r) => r.kind === 'alreadyImported')).toBe(true);
    expect(new Set(first.map((r) => importKeyOf(r.entry))).size).toBe(4);
  });

  it('treats a payment on a credited invoice as unknown, for the treasurer to handle', () => {
    const rows = matchBgMax(parsed.entries.slice(0, 1), [{ ...invoices[0]!, status: 'credited' }], new Map(), new Set());
    expect(rows[0]!.kind).toBe('unknownReference');
  });
});

describe('payments', () => {
  it('a reversal cancels the payment it names', () => {
    const p = { id: 'p1', invoiceId: 'i1', date: '2026-03-01', amountOre: 30_000, method: 'swish' as const, reference: '202600013' };
    const r = reversalOf(p, '2026-03-05');
    expect(r).toMatchObject({ invoiceId: 'i1', amountOre: -30_000, reversesId: 'p1' });
    expect(paidByInvoice([p, r]).get('i1')).toBe(0);
  });
});
