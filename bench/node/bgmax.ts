// bgmax.import: read Bankgirot's file of 10,000 payments (parseBgMax, with its checks of every
// record, section total and count) and match each payment to its invoice by OCR reference among
// ten years of invoices (100,000), telling full, partial and unmatched payments apart. The invoice
// lookup is a Map built inside the timing, standing in for the fees area's Dexie index on `ocr`.
import { parseBgMax, type BgMaxPayment } from '../../renderer/src/domain/fees/bgmax';
import { measure, type RunPlan } from '../lib/measure';
import type { ResultSet } from '../lib/results';
import type { BenchInvoice } from '../gen/fees';

export type Matched = { full: number; partial: number; unmatched: number; duplicates: number };

export function matchPayments(payments: readonly BgMaxPayment[], invoices: readonly BenchInvoice[]): Matched {
  const byOcr = new Map<string, BenchInvoice>();
  for (const inv of invoices) byOcr.set(inv.ocr, inv);
  const seen = new Set<string>();
  const out: Matched = { full: 0, partial: 0, unmatched: 0, duplicates: 0 };
  for (const p of payments) {
    // The same payment in two files (a file imported twice) must not be booked twice.
    const key = `${p.paymentDate}:${p.reference}:${p.amountOre}:${p.payerName ?? ''}`;
    if (seen.has(key)) {
      out.duplicates++;
      continue;
    }
    seen.add(key);
    const invoice = byOcr.get(p.reference);
    if (!invoice) out.unmatched++;
    else if (p.amountOre === invoice.amountOre) out.full++;
    else out.partial++;
  }
  return out;
}

export function importBgMax(text: string, invoices: readonly BenchInvoice[]): Matched & { errors: number } {
  const { payments, errors } = parseBgMax(text);
  return { ...matchPayments(payments, invoices), errors: errors.length };
}

export async function measureBgMax(results: ResultSet, text: string, invoices: readonly BenchInvoice[], expected: number, plan: RunPlan): Promise<void> {
  const check = importBgMax(text, invoices);
  const total = check.full + check.partial + check.unmatched + check.duplicates;
  if (check.errors > 0 || total !== expected) throw new Error(`BgMax: ${check.errors} errors, ${total} of ${expected} payments read`);
  const s = await measure(plan, () => undefined, () => importBgMax(text, invoices));
  results.set('bgmax.import', s, `${expected} betalningar (${check.full} hela, ${check.partial} delbetalningar, ${check.unmatched} utan faktura) mot ${invoices.length} fakturor; Node.`);
}
