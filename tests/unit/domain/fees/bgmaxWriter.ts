/**
 * Writes BgMax files for tests, record by record as Bankgirot lays them out, so the parser can be
 * checked against files with known content. Test-only: Kansli never writes BgMax.
 */

export type TestPayment = {
  reference: string;
  amountOre: number; // negative for a deduction (21)
  payerName?: string;
  payerBankgiro?: string;
  referenceCode?: number;
  extraReferences?: string[];
  information?: string[];
};

export type TestSection = {
  bankgiro: string;
  paymentDate: string; // YYYY-MM-DD
  currency?: string;
  payments: TestPayment[];
};

export type WriteOptions = {
  testMark?: 'T' | 'P';
  eol?: '\n' | '\r\n';
  /** Pad each record with spaces to 80 characters, as Bankgirot does (default true). */
  pad?: boolean;
  /** Override the counts in the 70 record. */
  endCounts?: Partial<{ payments: number; deductions: number; extraReferences: number; deposits: number }>;
};

const right = (s: string, width: number, fill = '0'): string => s.padStart(width, fill).slice(-width);
const left = (s: string, width: number): string => s.padEnd(width, ' ').slice(0, width);

function amountRecord(code: string, payerBg: string, reference: string, amount: number, refCode: number, serial: number): string {
  const ref = refCode === 2 ? right(reference, 25, ' ') : left(reference, 25);
  return `${code}${right(payerBg, 10)}${ref}${right(String(amount), 18)}${refCode}1${right(String(serial), 12)}0`;
}

export function writeBgMax(sections: TestSection[], opts: WriteOptions = {}): string {
  const records: string[] = [`01${left('BGMAX', 20)}01${'20240315123456000123'}${opts.testMark ?? 'P'}`];
  const counts = { payments: 0, deductions: 0, extraReferences: 0, deposits: 0 };
  let serial = 1;
  sections.forEach((section, s) => {
    records.push(`05${right(section.bankgiro, 10)}${left('', 10)}${left(section.currency ?? 'SEK', 3)}`);
    let total = 0;
    for (const p of section.payments) {
      const deduction = p.amountOre < 0;
      if (deduction) counts.deductions++;
      else counts.payments++;
      total += p.amountOre;
      const refCode = p.referenceCode ?? (p.reference === '' ? 1 : 2);
      records.push(
        amountRecord(deduction ? '21' : '20', p.payerBankgiro ?? '', p.reference, Math.abs(p.amountOre), refCode, serial++) +
          (deduction ? '0' : ''),
      );
      for (const extra of p.extraReferences ?? []) {
        counts.extraReferences++;
        records.push(amountRecord('22', p.payerBankgiro ?? '', extra, 0, 2, serial - 1));
      }
      for (const info of p.information ?? []) records.push(`25${left(info, 50)}`);
      if (p.payerName !== undefined) records.push(`26${left(p.payerName, 35)}`);
    }
    counts.deposits++;
    const date = section.paymentDate.replace(/-/g, '');
    records.push(
      `15${right('58410000010098', 35)}${date}${right(String(s + 1), 5)}${right(String(total), 18)}` +
        `${left(section.currency ?? 'SEK', 3)}${right(String(section.payments.length), 8)} `,
    );
  });
  const end = { ...counts, ...opts.endCounts };
  records.push(
    `70${right(String(end.payments), 8)}${right(String(end.deductions), 8)}` +
      `${right(String(end.extraReferences), 8)}${right(String(end.deposits), 8)}`,
  );
  const pad = opts.pad ?? true;
  const eol = opts.eol ?? '\n';
  return records.map((r) => (pad ? r.padEnd(80, ' ') : r.trimEnd()) + eol).join('');
}
