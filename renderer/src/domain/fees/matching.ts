// Payments from a BgMax file against the year's invoices, by OCR reference. Nothing is dropped:
// every entry lands in one of the lists the treasurer reviews before anything is registered.
import type { BgMaxEntry } from './bgmax';

export type MatchKind = 'matched' | 'wrongAmount' | 'unknownReference' | 'alreadyPaid' | 'alreadyImported';

export type MatchInvoice = { id: string; ocr: string; amountOre: number; status: string; invoiceNumber: number; memberName: string };

export type MatchRow = {
  kind: MatchKind;
  entry: Pick<BgMaxEntry, 'reference' | 'amountOre' | 'paymentDate' | 'payerName' | 'bankgiro' | 'line'> & Partial<Pick<BgMaxEntry, 'bgcSerialNumber'>>;
  importKey: string;
  invoice?: MatchInvoice;
};

/**
 * Identifies one payment in Bankgirot's files. The BGC serial number is unique per payment and
 * day; the rest guards files whose serial numbers are blank.
 */
export function importKeyOf(e: MatchRow['entry']): string {
  return ['bgmax', e.bankgiro, e.paymentDate, e.bgcSerialNumber?.trim() || `rad${e.line}`, e.reference, String(e.amountOre)].join('|');
}

/** Digits only: payers and banks sometimes keep spaces or leading zeros in the reference. */
export function normaliseReference(ref: string): string {
  return ref.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
}

export function matchBgMax(
  entries: readonly MatchRow['entry'][],
  invoices: readonly MatchInvoice[],
  paid: ReadonlyMap<string, number>,
  importedKeys: ReadonlySet<string>,
): MatchRow[] {
  const byOcr = new Map(invoices.map((i) => [normaliseReference(i.ocr), i]));
  // Payments earlier in the same file count towards "already paid" for later ones.
  const running = new Map(paid);
  return entries.map((entry) => {
    const importKey = importKeyOf(entry);
    const invoice = byOcr.get(normaliseReference(entry.reference));
    if (importedKeys.has(importKey)) return { kind: 'alreadyImported', entry, importKey, invoice };
    if (!invoice || invoice.status === 'credited') return { kind: 'unknownReference', entry, importKey, invoice };
    const before = running.get(invoice.id) ?? 0;
    running.set(invoice.id, before + entry.amountOre);
    if (before >= invoice.amountOre) return { kind: 'alreadyPaid', entry, importKey, invoice };
    if (entry.amountOre !== invoice.amountOre - before) return { kind: 'wrongAmount', entry, importKey, invoice };
    return { kind: 'matched', entry, importKey, invoice };
  });
}
