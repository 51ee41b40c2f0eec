// The member register as CSV: reading what treasurers have (Excel in Swedish: semicolons,
// Windows-1252 – see decode.ts – and Google Sheets in English: commas, UTF-8), and writing a file
// that Swedish Excel opens correctly on a double click.
import Papa from 'papaparse';
import { detectColumns, FIELD_LABELS } from './csv-columns';
import {
  booleanText, escapeFormula, KIND_TEXT, readBoolean, readDate, readEmail, readKind, readMemberNumber,
  readPostalAddress, readStatus, readTags, STATUS_TEXT, tagsText, unescapeFormula, type Read,
} from './csv-values';
import { checkOrganisationNumber, checkPersonalNumber, describeIdentityProblem } from './identity';
import type { ColumnMapping, MemberAddress, MemberDraft, MemberField, MemberKind } from './types';

export type { ColumnMapping, MemberField } from './types';
export { columnFieldLabel, detectColumns, FIELD_LABELS } from './csv-columns';

export type CsvRowError = { row: number; message: string };
export type ParseMembersResult = { members: MemberDraft[]; errors: CsvRowError[] };
export type ParseMembersOptions = { today?: Date };

/** Cells by row as read from a file; `broken` rows (bad quoting) are reported, never read. */
export type Grid = { rows: string[][]; broken: Set<number>; errors: CsvRowError[] };

// Excel writes "sep=;" as the first line when asked to, and hides that line when it opens the file.
const SEP_LINE = /^sep=(.)\r?\n/i;

function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  // On a tie (or a single column) prefer ';': Swedish names and addresses contain commas.
  let best = ';';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

export function readGrid(input: string): Grid {
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let delimiter: string | undefined;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
  }
  delimiter ??= detectDelimiter(text);
  // Taken from the first line break rather than left to Papa Parse, whose guess counts every
  // '\r' in the file, including those inside quoted notes.
  const newline = (/\r\n|\n|\r/.exec(text)?.[0] ?? '\n') as '\r\n' | '\n' | '\r';
  const parsed = Papa.parse<string[]>(text, { delimiter, newline, quoteChar: '"', skipEmptyLines: false });
  const broken = new Set<number>();
  const errors: CsvRowError[] = [];
  for (const e of parsed.errors) {
    if (e.type !== 'Quotes' || e.row === undefined) continue;
    broken.add(e.row);
    errors.push({
      row: e.row + 1,
      message:
        e.code === 'MissingQuotes'
          ? 'Ett citattecken (") på raden avslutas aldrig – raden och resten av filen kunde inte läsas säkert'
          : 'Raden har ett citattecken (") mitt i ett värde och kunde inte läsas säkert',
    });
  }
  return { rows: parsed.data, broken, errors };
}

/** The header row's cells, trimmed; for the import preview. */
export function readCsvHeaders(text: string): string[] {
  return (readGrid(text).rows[0] ?? []).map((h) => h.trim());
}

type Values = Partial<Record<MemberField, string>>;

type Column = { index: number; field: MemberField };

/** The mapped columns in the order `collect` reads them, worked out once per file rather than per row. */
function mappedColumns(mapping: ColumnMapping): Column[] {
  const columns: Column[] = [];
  for (const [key, field] of Object.entries(mapping)) if (field) columns.push({ index: Number(key), field });
  return columns;
}

/** A row's values by field; where two columns map to one field, the first non-empty cell wins. */
function collect(row: readonly string[], columns: readonly Column[]): Values {
  const values: Values = {};
  for (const { index, field } of columns) {
    if (values[field] !== undefined) continue;
    const raw = row[index];
    if (raw === undefined || raw === '') continue;
    const cell = unescapeFormula(raw.trim());
    if (cell !== '') values[field] = cell;
  }
  return values;
}

// Excel turns long numbers into numbers: it drops leading zeros and shows 12 digits as 1,91212E+11.
function excelDamage(cell: string): string | undefined {
  if (/^\d(?:[.,]\d+)?e\+?\d+$/i.test(cell)) {
    return 'Excel har gjort numret till ett tal i grundpotensform – formatera kolumnen som text och exportera igen';
  }
  if (/^\d{9}$/.test(cell)) {
    return 'en siffra saknas – Excel tar bort inledande nollor, så formatera kolumnen som text och exportera igen';
  }
  return undefined;
}

function identityMessage(what: string, cell: string, reason: string): string {
  return `Ogiltigt ${what} ”${cell}”: ${excelDamage(cell) ?? reason}`;
}

function buildMember(v: Values, today: Date): { member?: MemberDraft; problems: string[] } {
  const problems: string[] = [];
  const take = <T>(r: Read<T> | undefined): T | undefined => {
    if (r === undefined) return undefined;
    if (r.ok) return r.value;
    problems.push(r.message);
    return undefined;
  };

  const nameFromParts = v.firstName && v.lastName ? `${v.firstName} ${v.lastName}` : (v.firstName ?? v.lastName ?? '');
  const name = v.name ?? nameFromParts;
  if (!name) problems.push('Namn saknas');

  const explicitKind = take(v.kind === undefined ? undefined : readKind(v.kind));
  let organisationNumber: string | undefined;
  let personalNumber: string | undefined;

  if (v.organisationNumber !== undefined) {
    const c = checkOrganisationNumber(v.organisationNumber, { allowSoleTrader: true, today });
    if (c.ok) organisationNumber = c.normalised;
    else problems.push(identityMessage('organisationsnummer', v.organisationNumber, describeIdentityProblem(c.problem)));
  }
  if (v.personalNumber !== undefined) {
    const c = checkPersonalNumber(v.personalNumber, today);
    if (c.ok) personalNumber = c.normalised;
    else problems.push(identityMessage('personnummer', v.personalNumber, describeIdentityProblem(c.problem)));
  }
  if (v.identityNumber !== undefined) {
    const legal = checkOrganisationNumber(v.identityNumber, { today });
    const personal = checkPersonalNumber(v.identityNumber, today);
    if (legal.ok) organisationNumber ??= legal.normalised;
    else if (personal.ok && explicitKind === 'organisation') organisationNumber ??= personal.normalised;
    else if (personal.ok) personalNumber ??= personal.normalised;
    else {
      // third digit 0 or 1: meant as a personnummer; otherwise as an organisation number
      const meantPersonal = legal.problem === 'personal-number-invalid' || legal.problem === 'format';
      const reason = describeIdentityProblem(meantPersonal ? personal.problem : legal.problem);
      problems.push(identityMessage('person- eller organisationsnummer', v.identityNumber, reason));
    }
  }

  // Without a type column, the numbers decide; without numbers, a file with first and last names
  // is a list of people, and anything else a list of member organisations (Kansli's usual case).
  const kind: MemberKind =
    explicitKind ??
    (organisationNumber ? 'organisation' : personalNumber || (!v.name && nameFromParts) ? 'person' : 'organisation');
  if (kind === 'person' && organisationNumber) {
    problems.push('En person kan inte ha organisationsnummer – ändra Typ till Organisation eller ta bort numret');
  }

  const email = take(v.email === undefined ? undefined : readEmail(v.email, 'E-post'));
  const invoiceEmail = take(v.invoiceEmail === undefined ? undefined : readEmail(v.invoiceEmail, 'Faktura-e-post'));
  const contactEmail = take(
    v.contactEmail === undefined ? undefined : readEmail(v.contactEmail, 'Kontaktpersonens e-post'),
  );
  const memberNumber = take(v.memberNumber === undefined ? undefined : readMemberNumber(v.memberNumber));
  const status = take(v.status === undefined ? undefined : readStatus(v.status));
  const joinedDate = take(v.joinedDate === undefined ? undefined : readDate(v.joinedDate));
  const consentDirectory = take(
    v.consentDirectory === undefined ? undefined : readBoolean(v.consentDirectory, FIELD_LABELS.consentDirectory),
  );
  const consentNewsletter = take(
    v.consentNewsletter === undefined ? undefined : readBoolean(v.consentNewsletter, FIELD_LABELS.consentNewsletter),
  );
  if (problems.length > 0) return { problems };

  const postal = v.postalAddress === undefined ? undefined : readPostalAddress(v.postalAddress);
  const address = compact<MemberAddress>({
    street: v.street,
    postalCode: v.postalCode ?? postal?.postalCode,
    city: v.city ?? postal?.city,
    country: v.country,
  });
  const tags = v.tags === undefined ? [] : readTags(v.tags);
  const member = compact<MemberDraft>({
    kind,
    name,
    organisationNumber,
    personalNumber,
    email,
    phone: v.phone,
    address: Object.keys(address).length > 0 ? address : undefined,
    invoiceEmail,
    website: v.website,
    category: v.category,
    memberNumber,
    status,
    joinedDate,
    tags: tags.length > 0 ? tags : undefined,
    contactName: v.contactName,
    contactEmail,
    contactPhone: v.contactPhone,
    notes: v.notes,
    consentDirectory,
    consentNewsletter,
  });
  return { member, problems };
}

/** Drops undefined-valued keys, so a draft serialises and compares the same however it was built. */
function compact<T extends object>(o: { [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const key in o) {
    const value = o[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** One data row of an import: what it became, or why not. `row` is the row number Excel shows. */
export type ParsedMemberRow = {
  row: number;
  member?: MemberDraft;
  problems: string[];
  /** The name the row gives, even when the row cannot be read, so a report can say whose row it is. */
  label?: string;
};

export type ParsedMemberGrid = {
  headers: string[];
  mapping: ColumnMapping;
  rows: ParsedMemberRow[];
  /** Rows that could not be read at all (bad quoting), by row number. */
  errors: CsvRowError[];
  /** Set when nothing can be read: no header, or no column with a name. */
  fatal?: string;
};

/**
 * Read the rows of a sheet (a CSV grid, or an Excel sheet turned into text) one by one, keeping
 * each row's number, for the import preview. Empty rows are skipped.
 */
export function parseMemberGrid(grid: Grid, mapping?: ColumnMapping, options: ParseMembersOptions = {}): ParsedMemberGrid {
  const today = options.today ?? new Date();
  const header = grid.rows[0];
  const headers = (header ?? []).map((h) => h.trim());
  if (!header || headers.every((h) => h === '')) {
    return { headers, mapping: {}, rows: [], errors: [], fatal: 'Filen är tom – första raden ska vara en rubrikrad med kolumnnamn' };
  }
  const columns = mapping ?? detectColumns(headers);
  const fields = new Set(Object.values(columns));
  if (!fields.has('name') && !fields.has('firstName') && !fields.has('lastName')) {
    return {
      headers,
      mapping: columns,
      rows: [],
      errors: [],
      fatal: 'Ingen kolumn med namn hittades – döp en kolumn till ”Namn” eller välj den i förhandsgranskningen',
    };
  }
  const rows: ParsedMemberRow[] = [];
  const mapped = mappedColumns(columns);
  for (let i = 1; i < grid.rows.length; i++) {
    const row = grid.rows[i]!;
    if (grid.broken.has(i) || row.every((cell) => cell.trim() === '')) continue;
    const values = collect(row, mapped);
    const { member, problems } = buildMember(values, today);
    if (member) {
      rows.push({ row: i + 1, member, problems });
      continue;
    }
    const label = values.name ?? ([values.firstName, values.lastName].filter(Boolean).join(' ') || values.organisationNumber);
    rows.push({ row: i + 1, problems, ...(label ? { label } : {}) });
  }
  return { headers, mapping: columns, rows, errors: grid.errors.filter((e) => e.row > 1) };
}

/**
 * Read a member register. The first row is the header; `mapping` (column index to field)
 * overrides the guess from `detectColumns`. Row numbers in `errors` are those Excel shows
 * (the header is row 1, a note with line breaks is still one row), and a row with any error is
 * left out of `members` so that nothing half-read reaches the register.
 */
export function parseMembersCsv(text: string, mapping?: ColumnMapping, options: ParseMembersOptions = {}): ParseMembersResult {
  const parsed = parseMemberGrid(readGrid(text), mapping, options);
  if (parsed.fatal) return { members: [], errors: [{ row: 1, message: parsed.fatal }] };
  const members: MemberDraft[] = [];
  const errors = [...parsed.errors];
  for (const r of parsed.rows) {
    for (const message of r.problems) errors.push({ row: r.row, message });
    if (r.member) members.push(r.member);
  }
  errors.sort((a, b) => a.row - b.row);
  return { members, errors };
}

const EXPORT_FIELDS: readonly MemberField[] = [
  'kind', 'name', 'organisationNumber', 'personalNumber', 'email', 'phone', 'street', 'postalCode', 'city',
  'country', 'invoiceEmail', 'website', 'category', 'memberNumber', 'status', 'joinedDate', 'tags', 'contactName',
  'contactEmail', 'contactPhone', 'notes', 'consentDirectory', 'consentNewsletter',
];

function exportCell(m: MemberDraft, field: MemberField): string {
  switch (field) {
    case 'kind': return KIND_TEXT[m.kind];
    case 'street': case 'postalCode': case 'city': case 'country': return m.address?.[field] ?? '';
    case 'memberNumber': return m.memberNumber === undefined ? '' : String(m.memberNumber);
    case 'status': return m.status ? STATUS_TEXT[m.status] : '';
    case 'tags': return m.tags ? tagsText(m.tags) : '';
    case 'consentDirectory': case 'consentNewsletter': {
      const b = m[field];
      return b === undefined ? '' : booleanText(b);
    }
    case 'name': case 'organisationNumber': case 'personalNumber': case 'email': case 'phone': case 'invoiceEmail':
    case 'website': case 'category': case 'joinedDate': case 'contactName': case 'contactEmail': case 'contactPhone':
    case 'notes':
      return m[field] ?? '';
    default:
      return '';
  }
}

/**
 * The register as a CSV for Swedish Excel: a BOM (without it Excel reads UTF-8 as Windows-1252
 * and shows "Ã¥" for "å"), semicolons (Excel's list separator in the Swedish locale), CRLF, a
 * Swedish header row, and formula-looking cells defused with a leading apostrophe.
 */
export function membersToCsv(members: readonly MemberDraft[]): string {
  const header = EXPORT_FIELDS.map((f) => FIELD_LABELS[f]);
  const rows = members.map((m) => EXPORT_FIELDS.map((f) => escapeFormula(exportCell(m, f))));
  const body = Papa.unparse([header, ...rows], { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false });
  return `\uFEFF${body}\r\n`;
}
