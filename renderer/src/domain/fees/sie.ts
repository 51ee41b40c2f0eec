/**
 * SIE type 4 export (SIE 4B, "Transaktioner"): the association's chart of accounts and vouchers
 * for its accountant's bookkeeping program, in the PC8 (IBM CP437) encoding SIE prescribes, with
 * CRLF line ends.
 *
 * Choices, so the file is the same bytes for the same input:
 * - Vouchers are numbered 1, 2, 3 … in series "A" (most Swedish programs' default series; pass
 *   `series` to change it), in date order, keeping the given order within a day — Swedish
 *   bookkeeping numbers vouchers chronologically.
 * - Accounts are written in account-number order; the same account listed twice must have the
 *   same name.
 * - Strings are always quoted; an embedded quote is written \" (and a backslash \\), line breaks
 *   become spaces, and typographic dashes and quotes become their ASCII forms since CP437 lacks
 *   them. Any other character CP437 lacks becomes '?'.
 *
 * Bad input throws a RangeError with a Swedish message: a voucher that does not balance, a date
 * that is not a date or falls outside the fiscal year, an account that is not in the chart.
 */
import { encodeCp437 } from './cp437';
import { formatKronor } from './money';

export type SieExport = {
  company: { name: string; organisationNumber?: string };
  fiscalYear: { start: string; end: string };
  generated: string; // YYYY-MM-DD, passed in so the bytes are reproducible
  accounts: { number: string; name: string }[];
  vouchers: { date: string; text: string; rows: { account: string; amountOre: number }[] }[];
  /** Voucher series; "A" when not given. */
  series?: string;
  /** Written to #KPTYP when given, e.g. "BAS2014". */
  chartOfAccountsType?: string;
  /** Kansli's version for #PROGRAM; "1.0" when not given. */
  programVersion?: string;
};

const CRLF = '\r\n';

// Characters CP437 lacks but that have a plain equivalent; the rest become '?'.
const PLAIN: Record<string, string> = {
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u201c': '"', '\u201d': '"', '\u201e': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2026': '...',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ',
  '\u20ac': 'EUR',
};

/** A SIE string field: quoted, escaped, on one line. */
export function sieQuote(value: string): string {
  const plain = Array.from(value.normalize('NFC'), (c) => PLAIN[c] ?? c).join('');
  const oneLine = plain.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return `"${oneLine.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Öre as SIE writes an amount: kronor, a point and two decimals ("250.00", "-1250.50"). */
export function sieAmount(ore: number): string {
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "2024-03-01" (or a full ISO timestamp) -> "20240301"; throws when it is not a real date. */
function sieDate(value: string, what: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (!m || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`${what} ”${value}” är inget giltigt datum (ÅÅÅÅ-MM-DD).`);
  }
  return `${m[1]}${m[2]}${m[3]}`;
}

/** 10 digits (or 12 with the century "16") become NNNNNN-NNNN; anything else is written as given. */
function sieOrganisationNumber(value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  const ten = /^16\d{10}$/.test(digits) ? digits.slice(2) : digits;
  if (/^\d{10}$/.test(ten)) return `${ten.slice(0, 6)}-${ten.slice(6)}`;
  return /^[^\s"{}]+$/.test(value.trim()) ? value.trim() : sieQuote(value.trim());
}

function compareAccounts(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function checkedAccounts(accounts: SieExport['accounts']): Map<string, string> {
  const names = new Map<string, string>();
  for (const { number, name } of accounts) {
    if (!/^[0-9]+$/.test(number)) {
      throw new RangeError(`Kontonumret ”${number}” (${name}) ska bara innehålla siffror.`);
    }
    const earlier = names.get(number);
    if (earlier !== undefined && earlier !== name) {
      throw new RangeError(`Konto ${number} finns två gånger i kontoplanen med olika namn: ”${earlier}” och ”${name}”.`);
    }
    names.set(number, name);
  }
  return new Map([...names].sort(([a], [b]) => compareAccounts(a, b)));
}

export function exportSie4(input: SieExport): Uint8Array {
  const series = input.series ?? 'A';
  if (!/^[0-9A-Za-z]+$/.test(series)) {
    throw new RangeError(`Verifikationsserien ”${series}” får bara innehålla bokstäver A–Z och siffror.`);
  }
  const companyName = input.company.name.trim();
  if (companyName === '') throw new RangeError('Föreningens namn saknas; det behövs i SIE-filen.');
  const yearStart = sieDate(input.fiscalYear.start, 'Räkenskapsårets första dag');
  const yearEnd = sieDate(input.fiscalYear.end, 'Räkenskapsårets sista dag');
  if (yearStart > yearEnd) {
    throw new RangeError(
      `Räkenskapsåret börjar ${input.fiscalYear.start} men slutar redan ${input.fiscalYear.end}.`,
    );
  }
  const accounts = checkedAccounts(input.accounts);

  const vouchers = input.vouchers
    .map((v, index) => ({ v, index, date: sieDate(v.date, `Verifikationen ”${v.text}” har datumet`) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));

  const lines = [
    '#FLAGGA 0',
    `#PROGRAM ${sieQuote('Kansli')} ${sieQuote(input.programVersion ?? '1.0')}`,
    '#FORMAT PC8',
    `#GEN ${sieDate(input.generated, 'Exportdatumet')}`,
    '#SIETYP 4',
  ];
  const orgNr = input.company.organisationNumber?.trim();
  if (orgNr) lines.push(`#ORGNR ${sieOrganisationNumber(orgNr)}`);
  lines.push(`#FNAMN ${sieQuote(companyName)}`);
  lines.push(`#RAR 0 ${yearStart} ${yearEnd}`);
  if (input.chartOfAccountsType) lines.push(`#KPTYP ${sieQuote(input.chartOfAccountsType)}`);
  for (const [number, name] of accounts) lines.push(`#KONTO ${number} ${sieQuote(name)}`);

  vouchers.forEach(({ v, date }, i) => {
    const label = `Verifikation ${series}${i + 1} ”${v.text}” (${v.date.slice(0, 10)})`;
    if (date < yearStart || date > yearEnd) {
      throw new RangeError(
        `${label} ligger utanför räkenskapsåret ${input.fiscalYear.start}–${input.fiscalYear.end}.`,
      );
    }
    if (v.rows.length === 0) throw new RangeError(`${label} har inga konteringsrader.`);
    let sum = 0;
    for (const row of v.rows) {
      if (!Number.isSafeInteger(row.amountOre)) {
        throw new RangeError(`${label}: beloppet på konto ${row.account} är inte ett helt antal öre.`);
      }
      if (!accounts.has(row.account)) {
        throw new RangeError(`${label} bokför på konto ${row.account}, som saknas i kontoplanen.`);
      }
      sum += row.amountOre;
    }
    if (sum !== 0) {
      throw new RangeError(
        `${label} balanserar inte: debet och kredit skiljer sig med ${formatKronor(Math.abs(sum))}.`,
      );
    }
    lines.push(`#VER ${series} ${i + 1} ${date} ${sieQuote(v.text)}`, '{');
    for (const row of v.rows) lines.push(`#TRANS ${row.account} {} ${sieAmount(row.amountOre)}`);
    lines.push('}');
  });

  return encodeCp437(lines.join(CRLF) + CRLF);
}
