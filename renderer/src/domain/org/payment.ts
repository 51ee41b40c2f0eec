// Swish numbers on the association's profile (bankgiro numbers live in fees/bankgiro.ts).

/** Swish för företag och föreningar: ten digits starting 123 (written 123 456 78 90). */
export function isValidSwishNumber(s: string): boolean {
  return /^123\d{7}$/.test(s.replace(/[\s-]/g, ''));
}

export function formatSwishNumber(s: string): string {
  const d = s.replace(/\D/g, '');
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8, 10)}`;
}
