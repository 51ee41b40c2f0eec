/**
 * Bankgirot's OCR reference (OCR-referensnummer): 2–25 digits, the last one a check digit by the
 * 10-modulus (Luhn) method. Under an agreement with a length check the digit before it is the
 * total length (length and check digit included) modulo 10, and the check digit covers it too.
 */

export const OCR_MIN_LENGTH = 2;
export const OCR_MAX_LENGTH = 25;

export type OcrOptions = { lengthDigit?: boolean };

/** The Luhn check digit that makes `digits` followed by it valid. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  // The digit next to the (missing) check digit gets weight 2, then 1, 2, 1 … leftwards.
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = 3 - weight) {
    const product = (digits.charCodeAt(i) - 48) * weight;
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

const DIGITS = /^[0-9]+$/;

/**
 * Builds a reference from `base` (the invoice or member number) by appending, when asked, the
 * length digit and then the check digit.
 */
export function createOcrReference(base: string, opts: OcrOptions = {}): string {
  if (!DIGITS.test(base)) {
    throw new RangeError(
      base === ''
        ? 'OCR-referensen kan inte skapas av ett tomt nummer.'
        : `OCR-referensen kan bara byggas av siffror, men ”${base}” innehåller annat.`,
    );
  }
  const extra = opts.lengthDigit ? 2 : 1;
  const total = base.length + extra;
  if (total > OCR_MAX_LENGTH) {
    throw new RangeError(
      `Numret ${base} är för långt för en OCR-referens: högst ${OCR_MAX_LENGTH - extra} siffror ` +
        `får plats när ${extra === 2 ? 'längdsiffra och kontrollsiffra' : 'kontrollsiffran'} läggs till.`,
    );
  }
  const withLength = opts.lengthDigit ? base + String(total % 10) : base;
  return withLength + String(luhnCheckDigit(withLength));
}

/**
 * True when `ref` is digits only, 2–25 long and its check digit is right; with `lengthDigit`,
 * its second-to-last digit must also match its length.
 */
export function isValidOcrReference(ref: string, opts: OcrOptions = {}): boolean {
  if (!DIGITS.test(ref) || ref.length < OCR_MIN_LENGTH || ref.length > OCR_MAX_LENGTH) return false;
  if (opts.lengthDigit) {
    if (ref.length < 3) return false;
    if (ref.charCodeAt(ref.length - 2) - 48 !== ref.length % 10) return false;
  }
  const body = ref.slice(0, -1);
  return luhnCheckDigit(body) === ref.charCodeAt(ref.length - 1) - 48;
}

/** The reference printed on a fee invoice, built from its invoice number. */
export function ocrFromInvoiceNumber(invoiceNumber: number, opts: OcrOptions = {}): string {
  if (!Number.isSafeInteger(invoiceNumber) || invoiceNumber < 1) {
    throw new RangeError(
      `Fakturanumret måste vara ett positivt heltal för att bli en OCR-referens (fick ${String(invoiceNumber)}).`,
    );
  }
  return createOcrReference(String(invoiceNumber), opts);
}
