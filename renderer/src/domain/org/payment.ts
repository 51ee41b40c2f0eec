// Swedish payment identifiers on the association's profile and invoices.

function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Bankgironummer: 7 or 8 digits written NNN-NNNN or NNNN-NNNN, last digit a Luhn check digit. */
export function isValidBankgiro(s: string): boolean {
  const compact = s.replace(/[\s-]/g, '');
  if (!/^\d{7,8}$/.test(compact)) return false;
  if (!/^\d{3,4}-?\d{4}$/.test(s.replace(/\s/g, ''))) return false;
  return luhnOk(compact);
}

export function formatBankgiro(s: string): string {
  const d = s.replace(/\D/g, '');
  return `${d.slice(0, d.length - 4)}-${d.slice(-4)}`;
}

/** Swish för företag och föreningar: ten digits starting 123 (written 123 456 78 90). */
export function isValidSwishNumber(s: string): boolean {
  return /^123\d{7}$/.test(s.replace(/[\s-]/g, ''));
}

export function formatSwishNumber(s: string): string {
  const d = s.replace(/\D/g, '');
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8, 10)}`;
}
