import { describe, expect, it } from 'vitest';
import { paymentsCsv, paymentsInPeriod, sieInput } from '../../../renderer/src/domain/fees/accounting';
import { exportSie4 } from '../../../renderer/src/domain/fees/sie';
import { decodeCp437 } from '../../../renderer/src/domain/fees/cp437';

const payments = [
  { date: '2026-03-02', amountOre: 150_000, reference: '202600021', method: 'bankgiro' as const, invoiceNumber: 20260002, memberName: 'Åkerbo Mekaniska AB' },
  { date: '2026-03-01', amountOre: 30_000, reference: '202600013', method: 'swish' as const, invoiceNumber: 20260001, memberName: 'Anna Öberg' },
  { date: '2027-01-02', amountOre: 30_000, reference: 'x', method: 'cash' as const },
];

describe('the export to the accountant', () => {
  const inPeriod = paymentsInPeriod(payments, '2026-01-01', '2026-12-31');
  const bytes = exportSie4(sieInput({ name: 'Västsvenska IT-nätverket', organisationNumber: '802400-1234' }, { start: '2026-01-01', end: '2026-12-31' }, '2026-11-28', inPeriod));
  const text = decodeCp437(bytes);

  it('has one voucher per payment in the period, in date order, bank against fee income', () => {
    const vers = text.split('\r\n').filter((l) => l.startsWith('#VER'));
    expect(vers).toHaveLength(2);
    expect(vers[0]).toContain('20260301');
    expect(vers[0]).toContain('Anna Öberg');
    expect(text).toContain('#TRANS 1930 {} 300.00');
    expect(text).toContain('#TRANS 3890 {} -300.00');
    expect(text).toContain('#KONTO 3890 "Övriga medlemsavgifter"');
  });

  it('writes Swedish letters in CP437 and gives the same bytes for the same data', () => {
    expect(bytes.includes(0x94)).toBe(true); // ö in CP437
    const again = exportSie4(sieInput({ name: 'Västsvenska IT-nätverket', organisationNumber: '802400-1234' }, { start: '2026-01-01', end: '2026-12-31' }, '2026-11-28', inPeriod));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('uses the accounts the treasurer chose', () => {
    const t = decodeCp437(exportSie4(sieInput({ name: 'F' }, { start: '2026-01-01', end: '2026-12-31' }, '2026-11-28', inPeriod, { bankAccount: '1920', incomeAccount: '3010' })));
    expect(t).toContain('#TRANS 1920 {} 1500.00');
    expect(t).toContain('#TRANS 3010 {} -1500.00');
  });

  it('gives the same vouchers as CSV for Excel', () => {
    const csv = paymentsCsv(inPeriod);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Ver.nr;Datum;Text;Fakturanummer;Referens;Betalsätt;Debet konto;Kredit konto;Belopp');
    expect(lines[1]).toBe('1;2026-03-01;Medlemsavgift faktura 20260001 Anna Öberg;20260001;202600013;swish;1930;3890;300,00');
    expect(lines).toHaveLength(3);
  });
});
