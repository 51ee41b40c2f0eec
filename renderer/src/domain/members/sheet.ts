// Telling what kind of file the user picked, and turning an Excel sheet into the same grid of
// text that a CSV gives, so both go through one reader (csv.ts) and one set of rules.
import type { Grid } from './csv';

/** Larger than any real register (10,000 members is about 3 MB of CSV): most likely the wrong file. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type FileKind =
  | { kind: 'csv' }
  | { kind: 'xlsx' }
  | { kind: 'refused'; message: string };

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
}

/** By content first (a renamed file is common), by name second. */
export function detectFileKind(bytes: Uint8Array, name: string): FileKind {
  if (bytes.length === 0) return { kind: 'refused', message: `Filen ${name} är tom – den innehåller inga rader alls` };
  if (bytes.length > MAX_IMPORT_BYTES) {
    return {
      kind: 'refused',
      message: `Filen ${name} är ${megabytes(bytes.length)} MB – större än ${megabytes(MAX_IMPORT_BYTES)} MB, som är gränsen för en import. Ett medlemsregister på 10 000 medlemmar är ungefär 3 MB; kontrollera att det är rätt fil, eller dela upp den.`,
    };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (/\.(xlsx|xlsm)$/i.test(name) || !/\.(ods|docx|pptx|zip|odt)$/i.test(name)) return { kind: 'xlsx' };
    return { kind: 'refused', message: `${name} är inte ett Excelark eller en CSV-fil – spara listan som .xlsx eller CSV och försök igen` };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { kind: 'refused', message: `${name} är i Excels gamla format (.xls) – öppna den i Excel och spara som ”Excel-arbetsbok (.xlsx)” eller ”CSV (semikolonavgränsad)”` };
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return { kind: 'refused', message: `${name} är en PDF – Kansli kan läsa in medlemmar från CSV eller Excel (.xlsx), inte från PDF` };
  }
  // Text files have no NUL bytes (UTF-16 aside, which no spreadsheet program writes as CSV by default).
  const sample = bytes.subarray(0, 4096);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return { kind: 'refused', message: `${name} är inte en textfil – välj en CSV-fil eller ett Excelark (.xlsx)` };
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  if (controls > sample.length / 20) {
    return { kind: 'refused', message: `${name} ser inte ut som en CSV-fil – välj en CSV-fil eller ett Excelark (.xlsx)` };
  }
  return { kind: 'csv' };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** One Excel cell as the text a CSV export of it would have. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates carry no zone; read-excel-file gives them as UTC midnight.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  return String(value);
}

/** An Excel sheet (rows of cells) as a grid for `parseMemberGrid`. */
export function sheetToGrid(rows: readonly (readonly unknown[])[]): Grid {
  return { rows: rows.map((r) => r.map(cellText)), broken: new Set(), errors: [] };
}
