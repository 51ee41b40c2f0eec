/**
 * Bankgiro numbers: 7 or 8 digits, the last a 10-modulus (Luhn) check digit, written "991-2346" or
 * "5050-1055". Files carry them zero-filled to 10 digits; Kansli keeps the bare digits.
 */
import { luhnCheckDigit } from './ocr';

/** The digits of a bankgiro number as typed or as found in a file, or null when it is not one. */
export function normaliseBankgiro(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '');
  if (!/^[0-9]+$/.test(compact)) return null;
  const digits = compact.replace(/^0+/, '');
  return digits.length === 7 || digits.length === 8 ? digits : null;
}

export function isValidBankgiro(input: string): boolean {
  const digits = normaliseBankgiro(input);
  return digits !== null && luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}

/** "9912346" -> "991-2346", "50501055" -> "5050-1055"; anything else comes back unchanged. */
export function formatBankgiro(input: string): string {
  const digits = normaliseBankgiro(input);
  if (digits === null) return input;
  return `${digits.slice(0, -4)}-${digits.slice(-4)}`;
}
