// Reading and writing single cell values of the member CSV. Each reader takes a trimmed,
// non-empty cell and returns the value or a Swedish message for the import report.
import type { MemberKind, MemberStatus } from './types';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(message: string): Read<T> => ({ ok: false, message });

/** Folded for comparing words: "Utträdd " -> "uttradd". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s._-]+/g, '');
}

const KIND_WORDS: Record<string, MemberKind> = {};
for (const w of ['organisation', 'organization', 'org', 'foretag', 'bolag', 'company', 'business', 'juridiskperson',
  'forening', 'enskildfirma', 'soletrader']) KIND_WORDS[w] = 'organisation';
for (const w of ['person', 'privatperson', 'fysiskperson', 'privat', 'individ', 'individual', 'private']) {
  KIND_WORDS[w] = 'person';
}

export function readKind(cell: string): Read<MemberKind> {
  const kind = KIND_WORDS[fold(cell)];
  return kind ? ok(kind) : fail(`Okänd typ ”${cell}” – skriv Organisation eller Person`);
}

export const KIND_TEXT: Record<MemberKind, string> = { organisation: 'Organisation', person: 'Person' };

const STATUS_WORDS: Record<string, MemberStatus> = {};
for (const w of ['ansokt', 'ansokan', 'sokt', 'ansokande', 'applied', 'application', 'pending']) STATUS_WORDS[w] = 'applied';
for (const w of ['aktiv', 'active']) STATUS_WORDS[w] = 'active';
for (const w of ['uttradd', 'uttratt', 'avslutad', 'avslutat', 'resigned', 'left', 'former']) STATUS_WORDS[w] = 'resigned';
for (const w of ['utesluten', 'excluded', 'expelled']) STATUS_WORDS[w] = 'excluded';

export const STATUS_TEXT: Record<MemberStatus, string> = {
  applied: 'ansökt',
  active: 'aktiv',
  resigned: 'utträdd',
  excluded: 'utesluten',
};

export function readStatus(cell: string): Read<MemberStatus> {
  const status = STATUS_WORDS[fold(cell)];
  return status ? ok(status) : fail(`Okänd status ”${cell}” – använd aktiv, ansökt, utträdd eller utesluten`);
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);

export function readBoolean(cell: string, label: string): Read<boolean> {
  const f = fold(cell);
  if (YES.has(f)) return ok(true);
  if (NO.has(f)) return ok(false);
  return fail(`Okänt värde ”${cell}” i kolumnen ${label} – skriv ja eller nej`);
}

export const booleanText = (b: boolean): string => (b ? 'ja' : 'nej');

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const SLASH_YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DAY_FIRST_OR_MONTH_FIRST = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;

/**
 * Dates as Swedes and Swedish Excel write them: 2024-03-01, 2024-3-1, 20240301 or 2024/03/01, and
 * a time after the date (Google Sheets) is dropped. 1/3/2024 is refused: it is the 1st of March
 * to a Briton and the 3rd of January to an American, and guessing would put wrong dates into
 * the register without anyone noticing.
 */
export function readDate(cell: string): Read<string> {
  const m = ISO_DATE.exec(cell) ?? COMPACT_DATE.exec(cell) ?? SLASH_YMD.exec(cell);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isRealDate(y, mo, d)) return ok(`${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    return fail(`Datumet ”${cell}” finns inte i kalendern`);
  }
  if (DAY_FIRST_OR_MONTH_FIRST.test(cell)) {
    return fail(`Datumet ”${cell}” kan läsas på flera sätt – skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-03-01`);
  }
  if (/^\d{4}$/.test(cell)) return fail(`Ange hela datumet för ”${cell}” som ÅÅÅÅ-MM-DD, inte bara året`);
  return fail(`Ogiltigt datum ”${cell}” – skriv ÅÅÅÅ-MM-DD, till exempel 2024-03-01`);
}

// Deliberately plain: one address, no display name, a dot in the domain. Mail servers decide the
// rest; this catches the usual slips (a missing @, two addresses in one cell, a trailing comma).
const EMAIL = /^[^\s@,;:<>()[\]"]+@[^\s@,;:<>()[\]".]+(?:\.[^\s@,;:<>()[\]".]+)+$/;

export function readEmail(cell: string, label: string): Read<string> {
  if (EMAIL.test(cell)) return ok(cell);
  if ((cell.match(/@/g) ?? []).length > 1) {
    return fail(`Flera adresser i kolumnen ${label}: ”${cell}” – bara en adress per cell går att läsa in`);
  }
  return fail(`Ogiltig e-postadress ”${cell}” i kolumnen ${label}`);
}

export function readMemberNumber(cell: string): Read<number> {
  if (/^\d{1,15}$/.test(cell) && Number(cell) > 0) return ok(Number(cell));
  return fail(`Medlemsnumret ”${cell}” ska vara ett heltal större än noll`);
}

/** Tags are separated by commas or semicolons in one cell; duplicates are dropped. */
export function readTags(cell: string): string[] {
  const tags = cell.split(/[,;]/).map((t) => t.trim()).filter((t) => t !== '');
  return [...new Set(tags)];
}

export const tagsText = (tags: readonly string[]): string => tags.join(', ');

const POSTAL_ADDRESS = /^(?:SE-?\s?)?(\d{3})\s?(\d{2})\s+(.+)$/i;

/** "411 01 Göteborg" or "SE-41101 GÖTEBORG" -> postal code and city; otherwise all of it is the city. */
export function readPostalAddress(cell: string): { postalCode?: string; city: string } {
  const m = POSTAL_ADDRESS.exec(cell);
  return m ? { postalCode: `${m[1]} ${m[2]}`, city: m[3]!.trim() } : { city: cell };
}

// A cell starting with one of these is taken as a formula by Excel, LibreOffice and Google
// Sheets (OWASP "CSV injection"). On export such a cell gets a leading apostrophe, which
// spreadsheets show as text; cells that already start with apostrophes before such a character
// get one more, so reading the file back removes exactly one and gives the original value.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unescapeFormula(value: string): string {
  // Only a cell starting with an apostrophe can be escaped; most cells are not tested at all.
  return value.charCodeAt(0) === 39 && ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}
