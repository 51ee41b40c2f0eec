// The files a treasurer brings in: the member register as CSV (the shape parseMembersCsv reads,
// written by the app's own export) and a year of payments as Bankgirot's BgMax file.
import { membersToCsv } from '../../renderer/src/domain/members/csv';
import { memberToDraft } from '../../renderer/src/domain/members/model';
import { ocrFromInvoiceNumber } from '../../renderer/src/domain/fees/ocr';
import type { BenchInvoice } from './fees';
import type { BenchCategory, BenchMember } from './members';
import type { Rng } from './prng';
import { dayOfYear } from './stamp';

export function membersCsv(members: readonly BenchMember[], categories: readonly BenchCategory[]): string {
  const names = new Map(categories.map((c) => [c.id, c.name]));
  return membersToCsv(members.map((m) => memberToDraft(m, m.categoryId ? names.get(m.categoryId) : undefined)));
}

/** The association's own bankgiro (Bankgirot's example number, Luhn-valid). */
export const PAYEE_BANKGIRO = '50501055';

export type BgMaxLine = { reference: string; amountOre: number; payerName: string; date: string; invoiceId?: string };

const right = (s: string, width: number, fill = '0') => s.padStart(width, fill).slice(-width);
const left = (s: string, width: number) => s.padEnd(width, ' ').slice(0, width);

/**
 * The payments of one year's fees as the bank reports them: most pay the full amount with the
 * right OCR reference; some pay a different amount, and one in a hundred quotes a reference that
 * is valid but belongs to no invoice (a typo that still passes the check digit, or an old number).
 */
export function bgmaxPayments(rng: Rng, invoices: readonly BenchInvoice[], count: number, year: number): BgMaxLine[] {
  const ofYear = invoices.filter((i) => i.year === year);
  const out: BgMaxLine[] = [];
  for (let k = 0; k < count; k++) {
    const invoice = ofYear[k % ofYear.length]!;
    const date = dayOfYear(year, rng.chance(0.7) ? 2 : 3, rng.int(1, 28));
    const r = rng.next();
    if (r < 0.01) {
      out.push({ reference: ocrFromInvoiceNumber(9_000_000 + k), amountOre: invoice.amountOre, payerName: invoice.memberName, date });
    } else {
      const amountOre = r < 0.04 ? Math.round(invoice.amountOre / 2) : invoice.amountOre;
      out.push({ reference: invoice.ocr, amountOre, payerName: invoice.memberName, date, invoiceId: invoice.id });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Bankgirot's BgMax layout (Bankgiro Inbetalningar, version 01): 80-character records; 01 start,
 * per deposit day 05 opening, 20 payment (+ 26 payer name), 15 deposit; 70 end with the counts.
 */
export function writeBgMax(lines: readonly BgMaxLine[], created = '20260401120000000000'): string {
  const records: string[] = [`01${left('BGMAX', 20)}01${created}P`];
  let payments = 0;
  let deposits = 0;
  let serial = 1;
  for (let start = 0; start < lines.length; ) {
    const date = lines[start]!.date;
    let end = start;
    while (end < lines.length && lines[end]!.date === date) end++;
    records.push(`05${right(PAYEE_BANKGIRO, 10)}${left('', 10)}SEK`);
    let total = 0;
    for (let i = start; i < end; i++) {
      const p = lines[i]!;
      total += p.amountOre;
      payments++;
      // Reference code 2: a checked OCR reference, right-aligned; channel 1: paid through a bank.
      records.push(`20${right('', 10)}${right(p.reference, 25, ' ')}${right(String(p.amountOre), 18)}21${right(String(serial++), 12)}0`);
      records.push(`26${left(p.payerName, 35)}`);
    }
    deposits++;
    records.push(`15${right('99691234567', 35)}${date.replace(/-/g, '')}${right(String(deposits), 5)}${right(String(total), 18)}SEK${right(String(end - start), 8)} `);
    start = end;
  }
  records.push(`70${right(String(payments), 8)}${right('0', 8)}${right('0', 8)}${right(String(deposits), 8)}`);
  return records.map((r) => `${r.padEnd(80, ' ')}\r\n`).join('');
}
