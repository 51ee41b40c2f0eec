import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportSie4, sieAmount, sieQuote, type SieExport } from '../../../../renderer/src/domain/fees/sie';
import { decodeCp437 } from '../../../../renderer/src/domain/fees/cp437';

const base: SieExport = {
  company: { name: 'Föreningen Västsvenska IT-företag', organisationNumber: '8020123456' },
  fiscalYear: { start: '2024-01-01', end: '2024-12-31' },
  generated: '2025-01-15',
  accounts: [
    { number: '3890', name: 'Övriga medlemsavgifter' },
    { number: '1930', name: 'Företagskonto' },
    { number: '3010', name: 'Medlemsavgifter' },
  ],
  vouchers: [
    {
      date: '2024-03-02',
      text: 'Medlemsavgift 2024 – Ängby Café AB',
      rows: [
        { account: '1930', amountOre: 125000 },
        { account: '3010', amountOre: -125000 },
      ],
    },
    {
      date: '2024-02-15',
      text: 'Avgift "stödmedlem" Åsa Öberg',
      rows: [
        { account: '1930', amountOre: 25050 },
        { account: '3890', amountOre: -25050 },
      ],
    },
  ],
};

const text = (bytes: Uint8Array): string => decodeCp437(bytes);

describe('exportSie4', () => {
  it('writes a SIE 4 file an accounting program can read', () => {
    expect(text(exportSie4(base)).split('\r\n')).toEqual([
      '#FLAGGA 0',
      '#PROGRAM "Kansli" "1.0"',
      '#FORMAT PC8',
      '#GEN 20250115',
      '#SIETYP 4',
      '#ORGNR 802012-3456',
      '#FNAMN "Föreningen Västsvenska IT-företag"',
      '#RAR 0 20240101 20241231',
      '#KONTO 1930 "Företagskonto"',
      '#KONTO 3010 "Medlemsavgifter"',
      '#KONTO 3890 "Övriga medlemsavgifter"',
      // Numbered in date order: the February voucher comes first.
      '#VER A 1 20240215 "Avgift \\"stödmedlem\\" Åsa Öberg"',
      '{',
      '#TRANS 1930 {} 250.50',
      '#TRANS 3890 {} -250.50',
      '}',
      '#VER A 2 20240302 "Medlemsavgift 2024 - Ängby Café AB"',
      '{',
      '#TRANS 1930 {} 1250.00',
      '#TRANS 3010 {} -1250.00',
      '}',
      '',
    ]);
  });

  it('encodes å ä ö Å Ä Ö é as CP437 bytes and ends every line with CRLF', () => {
    const bytes = exportSie4({ ...base, company: { name: 'åäöÅÄÖé' } });
    const fnamn = Array.from(new TextEncoder().encode('#FNAMN "'));
    const at = bytes.findIndex((_, i) => fnamn.every((b, j) => bytes[i + j] === b));
    expect([...bytes.slice(at + fnamn.length, at + fnamn.length + 8)]).toEqual([
      0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82, 0x22,
    ]);
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x0a) expect(bytes[i - 1], `byte ${i}`).toBe(0x0d);
      expect(bytes[i]).not.toBe(0x3f); // nothing here needed '?'
    }
    expect(bytes[bytes.length - 1]).toBe(0x0a);
  });

  it('gives the same bytes for the same input, whatever the order of the chart of accounts', () => {
    const a = exportSie4(base);
    expect(exportSie4(structuredClone(base))).toEqual(a);
    expect(exportSie4({ ...base, accounts: [...base.accounts].reverse() })).toEqual(a);
  });

  it('refuses a voucher that does not balance, naming it', () => {
    const unbalanced: SieExport = {
      ...base,
      vouchers: [{ date: '2024-05-01', text: 'Medlemsavgift Acme AB', rows: [{ account: '1930', amountOre: 25000 }, { account: '3010', amountOre: -24000 }] }],
    };
    expect(() => exportSie4(unbalanced)).toThrow(RangeError);
    expect(() => exportSie4(unbalanced)).toThrow(
      'Verifikation A1 ”Medlemsavgift Acme AB” (2024-05-01) balanserar inte: debet och kredit skiljer sig med 10,00\u00a0kr.',
    );
  });

  it('refuses dates outside the fiscal year, unknown accounts and impossible dates', () => {
    const voucher = base.vouchers[0]!;
    expect(() => exportSie4({ ...base, vouchers: [{ ...voucher, date: '2023-12-31' }] })).toThrow(/utanför räkenskapsåret 2024-01-01–2024-12-31/);
    expect(() => exportSie4({ ...base, vouchers: [{ ...voucher, date: '2024-02-30' }] })).toThrow(/inget giltigt datum/);
    expect(() =>
      exportSie4({ ...base, vouchers: [{ ...voucher, rows: [{ account: '1920', amountOre: 100 }, { account: '3010', amountOre: -100 }] }] }),
    ).toThrow(/konto 1920, som saknas i kontoplanen/);
    expect(() => exportSie4({ ...base, vouchers: [{ ...voucher, rows: [] }] })).toThrow(/inga konteringsrader/);
    expect(() => exportSie4({ ...base, fiscalYear: { start: '2024-12-31', end: '2024-01-01' } })).toThrow(RangeError);
    expect(() => exportSie4({ ...base, accounts: [...base.accounts, { number: '1930', name: 'Bank' }] })).toThrow(/två gånger/);
  });

  it('takes a chosen series and chart type, and leaves out a missing organisation number', () => {
    const lines = text(exportSie4({ ...base, company: { name: 'Klubben' }, series: 'B', chartOfAccountsType: 'BAS2014' })).split('\r\n');
    expect(lines).toContain('#KPTYP "BAS2014"');
    expect(lines).toContain('#VER B 1 20240215 "Avgift \\"stödmedlem\\" Åsa Öberg"');
    expect(lines.some((l) => l.startsWith('#ORGNR'))).toBe(false);
  });

  it('balances to zero per voucher and keeps every amount, for any balanced vouchers', () => {
    const voucher = fc
      .record({
        day: fc.integer({ min: 0, max: 365 }),
        amounts: fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 5 }),
      })
      .map(({ day, amounts }) => ({
        date: new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10),
        text: `Ver ${day}`,
        rows: [
          ...amounts.map((amountOre, i) => ({ account: String(3000 + i), amountOre })),
          // 0 - sum, not -sum: a voucher of zeros balances with 0 öre, not JavaScript's -0.
          { account: '1930', amountOre: 0 - amounts.reduce((s, a) => s + a, 0) },
        ],
      }));
    const accounts = [{ number: '1930', name: 'Bank' }, ...[0, 1, 2, 3, 4].map((i) => ({ number: String(3000 + i), name: `Intäkt ${i}` }))];
    fc.assert(
      fc.property(fc.array(voucher, { maxLength: 8 }), (vouchers) => {
        const out = text(exportSie4({ ...base, accounts, vouchers }));
        const trans = out.split('\r\n').filter((l) => l.startsWith('#TRANS'));
        const amounts = trans.map((l) => Math.round(Number(l.split(' ')[3]) * 100));
        expect(amounts.reduce((s, a) => s + a, 0)).toBe(0);
        expect([...amounts].sort((a, b) => a - b)).toEqual(vouchers.flatMap((v) => v.rows.map((r) => r.amountOre)).sort((a, b) => a - b));
        expect(out.split('\r\n').filter((l) => l.startsWith('#VER'))).toHaveLength(vouchers.length);
      }),
    );
  });
});

describe('SIE fields', () => {
  it('writes amounts in kronor with a point and two decimals', () => {
    expect(sieAmount(25000)).toBe('250.00');
    expect(sieAmount(-25000)).toBe('-250.00');
    expect(sieAmount(5)).toBe('0.05');
    expect(sieAmount(-5)).toBe('-0.05');
    expect(sieAmount(123456789)).toBe('1234567.89');
  });

  it('quotes strings, escaping quotes and backslashes and flattening line breaks', () => {
    expect(sieQuote('Avgift "Guld"')).toBe('"Avgift \\"Guld\\""');
    expect(sieQuote('C:\\temp')).toBe('"C:\\\\temp"');
    expect(sieQuote('rad 1\r\nrad 2\tslut')).toBe('"rad 1 rad 2 slut"');
    expect(sieQuote('”Citat” – 100\u00a0€')).toBe('"\\"Citat\\" - 100 EUR"');
  });
});
