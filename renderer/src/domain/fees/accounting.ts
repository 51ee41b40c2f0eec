// Payments as the accountant wants them: one voucher per payment, the bank account debited and
// the membership-fee income account credited (BAS: 1930 Företagskonto, 3890 Övriga
// medlemsavgifter is the default; many use 3010 or 3890). A reversal is a voucher the other way.
import type { SieExport } from './sie';
import type { Payment } from './payments';

export type AccountSettings = { bankAccount: string; incomeAccount: string };

export const DEFAULT_ACCOUNTS: AccountSettings = { bankAccount: '1930', incomeAccount: '3890' };

export type ExportPayment = Pick<Payment, 'date' | 'amountOre' | 'reference' | 'method'> & Partial<Pick<Payment, 'purpose'>> & { invoiceNumber?: number; memberName?: string };

export type AccountProblem = 'format' | 'bankClass' | 'incomeClass';

/**
 * A BAS account is four digits, and its first digit is its class: the bank account is an asset
 * (class 1, e.g. 1930 Företagskonto), fee income is revenue (class 3, e.g. 3890 or 3010).
 */
export function checkBasAccount(kind: 'bank' | 'income', account: string): AccountProblem | undefined {
  if (!/^\d{4}$/.test(account)) return 'format';
  if (kind === 'bank' && account[0] !== '1') return 'bankClass';
  if (kind === 'income' && account[0] !== '3') return 'incomeClass';
  return undefined;
}

/** The accounts saved in the association's profile, else BAS defaults. */
export function accountsFrom(profile: { bankAccount?: string; feeIncomeAccount?: string } | undefined): AccountSettings {
  const bank = profile?.bankAccount && !checkBasAccount('bank', profile.bankAccount) ? profile.bankAccount : DEFAULT_ACCOUNTS.bankAccount;
  const income = profile?.feeIncomeAccount && !checkBasAccount('income', profile.feeIncomeAccount) ? profile.feeIncomeAccount : DEFAULT_ACCOUNTS.incomeAccount;
  return { bankAccount: bank, incomeAccount: income };
}

const ACCOUNT_NAMES: Record<string, string> = {
  '1930': 'Företagskonto',
  '1920': 'Plusgiro',
  '3010': 'Medlemsavgifter',
  '3890': 'Övriga medlemsavgifter',
};

function voucherText(p: ExportPayment): string {
  const who = p.memberName ? ` ${p.memberName}` : '';
  if (p.purpose === 'refund') return `Återbetalning medlemsavgift faktura ${p.invoiceNumber ?? p.reference}${who}`;
  return p.invoiceNumber ? `Medlemsavgift faktura ${p.invoiceNumber}${who}` : `Inbetalning ${p.reference}${who}`;
}

/** Payments within [from, to], in date order then as given. */
export function paymentsInPeriod<T extends Pick<Payment, 'date'>>(payments: readonly T[], from: string, to: string): T[] {
  return payments.filter((p) => p.date >= from && p.date <= to).map((p, i) => ({ p, i })).sort((a, b) => a.p.date.localeCompare(b.p.date) || a.i - b.i).map((x) => x.p);
}

export function sieInput(
  org: { name: string; organisationNumber?: string },
  fiscalYear: { start: string; end: string },
  generated: string,
  payments: readonly ExportPayment[],
  accounts: AccountSettings = DEFAULT_ACCOUNTS,
): SieExport {
  return {
    company: { name: org.name, organisationNumber: org.organisationNumber || undefined },
    fiscalYear,
    generated,
    chartOfAccountsType: 'BAS2014',
    accounts: [
      { number: accounts.bankAccount, name: ACCOUNT_NAMES[accounts.bankAccount] ?? 'Bank' },
      { number: accounts.incomeAccount, name: ACCOUNT_NAMES[accounts.incomeAccount] ?? 'Medlemsavgifter' },
    ],
    vouchers: payments.map((p) => ({
      date: p.date,
      text: voucherText(p),
      rows: [
        { account: accounts.bankAccount, amountOre: p.amountOre },
        { account: accounts.incomeAccount, amountOre: -p.amountOre },
      ],
    })),
  };
}

function csvField(v: string): string {
  return /[";\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The same vouchers as a semicolon CSV (what Swedish Excel opens), amounts in kronor with a decimal comma. */
export function paymentsCsv(payments: readonly ExportPayment[], accounts: AccountSettings = DEFAULT_ACCOUNTS): string {
  const kr = (ore: number) => `${ore < 0 ? '-' : ''}${Math.floor(Math.abs(ore) / 100)},${String(Math.abs(ore) % 100).padStart(2, '0')}`;
  const rows = [['Ver.nr', 'Datum', 'Text', 'Fakturanummer', 'Referens', 'Betalsätt', 'Debet konto', 'Kredit konto', 'Belopp']];
  payments.forEach((p, i) => {
    rows.push([String(i + 1), p.date, voucherText(p), p.invoiceNumber ? String(p.invoiceNumber) : '', p.reference, p.method, accounts.bankAccount, accounts.incomeAccount, kr(p.amountOre)]);
  });
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}
