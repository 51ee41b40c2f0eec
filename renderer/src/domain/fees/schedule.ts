// The annual meeting's fee decision as Kansli keeps it: one record per fiscal year and member
// category (its own record, so two officers setting two categories never overwrite each other).
// Honorary members pay nothing, whatever the schedule says.

export type FeeSchedule = {
  year: number;
  categoryId: string;
  amountOre: number;
  invoiceDate: string; // YYYY-MM-DD
  dueDate: string; // YYYY-MM-DD
  /** Printed on the invoice, e.g. "30 dagar netto". */
  paymentTerms: string;
  /** The bankgiro agreement asks for a length digit in OCR references (Bankgirot's "variabel längd med längdkontroll"). */
  ocrLengthDigit: boolean;
};

export type FeeMember = { status: string; categoryId?: string };
export type FeeCategory = { id: string; name: string };

const HONORARY = /heders|honorary/i;

/** A category of honorary members, by its fixed id or its name. */
export function isHonoraryCategory(c: FeeCategory | undefined): boolean {
  return c !== undefined && (c.id === 'category-hedersmedlem' || HONORARY.test(c.name));
}

/**
 * What the member is to pay for the year, in öre: null when the member is not billed (not
 * active, no category, no fee set for the category, honorary member, or a fee of zero).
 */
export function feeFor(member: FeeMember, schedules: readonly FeeSchedule[], categories: readonly FeeCategory[], year: number): number | null {
  if (member.status !== 'active' || !member.categoryId) return null;
  const category = categories.find((c) => c.id === member.categoryId);
  if (isHonoraryCategory(category)) return null;
  const s = schedules.find((x) => x.year === year && x.categoryId === member.categoryId);
  if (!s || s.amountOre <= 0) return null;
  return s.amountOre;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Swedish messages for a schedule that cannot be used, by field. */
export function checkSchedule(s: Pick<FeeSchedule, 'amountOre' | 'invoiceDate' | 'dueDate'>): { amount?: string; dueDate?: string } {
  const errors: { amount?: string; dueDate?: string } = {};
  if (!Number.isSafeInteger(s.amountOre) || s.amountOre < 0) errors.amount = 'Ange avgiften i kronor, till exempel 1 500.';
  if (!ISO.test(s.dueDate) || Number.isNaN(Date.parse(s.dueDate))) errors.dueDate = 'Ange förfallodagen som ÅÅÅÅ-MM-DD.';
  else if (ISO.test(s.invoiceDate) && s.dueDate < s.invoiceDate) errors.dueDate = 'Förfallodagen ligger före fakturadatum.';
  return errors;
}

/** Days between two YYYY-MM-DD dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}
