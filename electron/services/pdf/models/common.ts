// Building blocks shared by the PDF models. Strings are trimmed, and an empty optional string
// counts as absent, so a form field the user cleared does not print an empty label.
import { z } from 'zod';

const isoDatePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function isValidIsoDate(s: string): boolean {
  const m = isoDatePattern.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
}

export const isoDate = z
  .string()
  .trim()
  .refine(isValidIsoDate, { message: 'har fel format (ange ÅÅÅÅ-MM-DD)' });

export const clockTime = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, { message: 'har fel format (ange TT:MM)' });

// Forms send '' for a date or time left empty; that means "not given", not "invalid".
export const optionalDate = z.union([z.literal(''), isoDate]).optional().transform((v) => v || undefined);
export const optionalTime = z.union([z.literal(''), clockTime]).optional().transform((v) => v || undefined);

/** Required text: trimmed, not empty. */
export function text(max = 500) {
  return z.string().trim().min(1).max(max);
}

/** Optional text: trimmed; an empty string is treated as not given. */
export function optionalText(max = 500) {
  return z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s === undefined || s === '' ? undefined : s));
}

/** A paragraph or § number: 3, "3", "3a" or "4.2" all print as given. */
export const itemNumber = z.union([z.string().trim().min(1).max(20), z.number().int().min(0).max(1e6)]).transform(String);

export const LONG_TEXT = 20_000;
/** A paragraph of minutes can be a long report typed in full; offline drafting must not hit a wall. */
export const VERY_LONG_TEXT = 200_000;
export const MAX_IMAGE_DATA_URL = 15_000_000;

/** The association as the settings describe it. A broken logo or colour is dropped, not fatal. */
export const orgSchema = z.object({
  name: text(300),
  organisationNumber: optionalText(20),
  address: optionalText(500),
  email: optionalText(300),
  website: optionalText(300),
  logo: z.string().max(MAX_IMAGE_DATA_URL).optional().catch(undefined),
  color: z.string().max(50).optional().catch(undefined),
  bankgiro: optionalText(20),
  swishNumber: optionalText(20),
});
export type OrgModel = z.output<typeof orgSchema>;
export type OrgInput = z.input<typeof orgSchema>;
