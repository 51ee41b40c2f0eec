import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { invoiceFileName, safeFileName, uniqueNames } from '../../../renderer/src/domain/fees/fileNames';
import { Cancelled, renderEach, zipFiles } from '../../../renderer/src/features/fees/batch';
import { accountsFrom, checkBasAccount, paymentsCsv, sieInput } from '../../../renderer/src/domain/fees/accounting';
import { carryOf, isBookable, refundOf } from '../../../renderer/src/domain/fees/overpayment';
import { exportSie4 } from '../../../renderer/src/domain/fees/sie';
import { decodeCp437 } from '../../../renderer/src/domain/fees/cp437';

describe('one PDF per invoice', () => {
  it('names each file so the treasurer can attach it to the right e-mail', () => {
    expect(invoiceFileName('invoice', 20260042, 'Åkesson Bygg AB')).toBe('Faktura 20260042 Åkesson Bygg AB.pdf');
    expect(invoiceFileName('credit', 'K20260042', 'Åkesson Bygg AB')).toBe('Kreditfaktura K20260042 Åkesson Bygg AB.pdf');
    expect(invoiceFileName('reminder', 20260043, 'Anna Öberg')).toBe('Påminnelse 20260043 Anna Öberg.pdf');
  });

  it('keeps names valid on every system: no slashes, colons or quotes, no trailing dot', () => {
    expect(invoiceFileName('invoice', 20260044, 'Bygg & Data i Väst AB / "Filial": Borås.')).toBe('Faktura 20260044 Bygg & Data i Väst AB Filial Borås.pdf');
    expect(safeFileName('a\tb\u0000c')).toBe('a b c');
    expect(invoiceFileName('invoice', 20260045, 'x'.repeat(200)).length).toBeLessThanOrEqual(104);
  });

  it('never lets two files in the zip share a name', () => {
    // Case too: Windows and macOS would unpack "a" and "A" into one file.
    expect(uniqueNames(['Faktura 1 A.pdf', 'faktura 1 a.pdf', 'Faktura 1 A.pdf', 'Faktura 2 B.pdf'])).toEqual(['Faktura 1 A.pdf', 'faktura 1 a (2).pdf', 'Faktura 1 A (3).pdf', 'Faktura 2 B.pdf']);
  });

  it('zips the files under their Swedish names, marked as UTF-8 so å, ä and ö survive unpacking', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 test');
    const zip = zipFiles([{ name: 'Faktura 20260042 Åkesson Bygg AB.pdf', bytes: pdf }, { name: 'Faktura 20260043 Anna Öberg.pdf', bytes: pdf }]);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(['Faktura 20260042 Åkesson Bygg AB.pdf', 'Faktura 20260043 Anna Öberg.pdf']);
    expect(new TextDecoder().decode(back['Faktura 20260043 Anna Öberg.pdf'])).toBe('%PDF-1.7 test');
    const flags = zip[6]! | (zip[7]! << 8); // general purpose bit flag of the first local header
    expect(flags & 0x800).toBe(0x800);
  });

  it('renders every invoice in order, reporting progress after each', async () => {
    const seen: number[] = [];
    const out = await renderEach([3, 1, 2], async (n) => {
      await new Promise((r) => setTimeout(r, n));
      return new Uint8Array([n]);
    }, { onProgress: (done) => seen.push(done) });
    expect(out.map((b) => b[0])).toEqual([3, 1, 2]);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('stops when cancelled, without rendering the rest', async () => {
    const controller = new AbortController();
    let rendered = 0;
    const progress: number[] = [];
    const run = renderEach(Array.from({ length: 300 }, (_, i) => i), async () => {
      rendered++;
      if (rendered === 5) controller.abort();
      await new Promise((r) => setTimeout(r, 1));
      return new Uint8Array(1);
    }, { signal: controller.signal, onProgress: (done) => progress.push(done) });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(rendered).toBeLessThan(8);
    // No progress is reported after the cancel (the screen would show a run that has ended).
    await new Promise((r) => setTimeout(r, 20));
    expect(Math.max(...progress)).toBeLessThan(5);
  });
});

describe('the accounts for the books', () => {
  it('are four-digit BAS accounts: the bank in class 1, the fee income in class 3', () => {
    expect(checkBasAccount('bank', '1930')).toBeUndefined();
    expect(checkBasAccount('income', '3890')).toBeUndefined();
    expect(checkBasAccount('income', '3010')).toBeUndefined();
    expect(checkBasAccount('bank', '193')).toBe('format');
    expect(checkBasAccount('bank', '19300')).toBe('format');
    expect(checkBasAccount('bank', '3890')).toBe('bankClass');
    expect(checkBasAccount('income', '1930')).toBe('incomeClass');
  });

  it('come from the association’s profile, with BAS defaults when none or a bad one is saved', () => {
    expect(accountsFrom(undefined)).toEqual({ bankAccount: '1930', incomeAccount: '3890' });
    expect(accountsFrom({ bankAccount: '1940', feeIncomeAccount: '3010' })).toEqual({ bankAccount: '1940', incomeAccount: '3010' });
    expect(accountsFrom({ bankAccount: 'x', feeIncomeAccount: '1930' })).toEqual({ bankAccount: '1930', incomeAccount: '3890' });
  });

  it('book a refund as a voucher the other way, and leave a carried surplus out', () => {
    const inv = { id: 'a', invoiceNumber: 20260042 };
    const refund = refundOf(inv, 25_000, '2026-03-10', 'bankgiro');
    const carried = carryOf(inv, { id: 'b', invoiceNumber: 20270042 }, 10_000, '2026-03-11');
    const payments = [
      { date: '2026-03-01', amountOre: 145_000, reference: '202600425', method: 'bankgiro' as const, invoiceNumber: 20260042, memberName: 'Åkesson Bygg AB' },
      { ...refund, invoiceNumber: 20260042, memberName: 'Åkesson Bygg AB' },
      ...carried.map((p) => ({ ...p, invoiceNumber: 20260042 })),
    ].filter(isBookable);
    expect(payments).toHaveLength(2);
    const sie = decodeCp437(exportSie4(sieInput({ name: 'Västsvenska IT-nätverket' }, { start: '2026-01-01', end: '2026-12-31' }, '2026-11-28', payments, { bankAccount: '1930', incomeAccount: '3010' })));
    expect(sie).toContain('#VER A 2 20260310 "Återbetalning medlemsavgift faktura 20260042 Åkesson Bygg AB"');
    expect(sie).toContain('#TRANS 1930 {} -250.00');
    expect(sie).toContain('#TRANS 3010 {} 250.00');
    expect(paymentsCsv(payments)).toContain('Återbetalning medlemsavgift faktura 20260042 Åkesson Bygg AB;20260042;Återbetalning faktura 20260042;bankgiro;1930;3890;-250,00');
  });
});
