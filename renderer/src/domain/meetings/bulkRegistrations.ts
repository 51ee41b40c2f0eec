// Registrations pasted in one go: a list from a web form or a spreadsheet, one person per line,
// columns separated by tabs (as a spreadsheet copies them) or semicolons: name; organisation;
// place; lunch; diet. A first line of column names is skipped. The place may be its name (or the
// start of it) or its number; lunch is "ja", "x" or "1" (or "yes").

export type BulkRow = { name: string; organisation?: string; place?: number; lunch: boolean; diet?: string };
export type BulkError = { row: number; code: 'noName' | 'unknownPlace'; value?: string };

const YES = new Set(['ja', 'j', 'x', '1', 'yes', 'y', 'true', 'lunch']);
const NO = new Set(['', 'nej', 'n', '0', 'no', 'false', '-']);

function splitLine(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : ';';
  return line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
}

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');

export function parseBulkRegistrations(text: string, placeNames: string[]): { rows: BulkRow[]; errors: BulkError[] } {
  const rows: BulkRow[] = [];
  const errors: BulkError[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const [name = '', organisation = '', place = '', lunch = '', diet = ''] = splitLine(line);
    if (i === 0 && /^(namn|name)$/i.test(name)) return;
    const row = i + 1;
    if (!name) return void errors.push({ row, code: 'noName' });
    let placeIndex: number | undefined;
    if (place && placeNames.length > 0) {
      const n = Number(place);
      placeIndex = Number.isInteger(n) && n >= 1 && n <= placeNames.length ? n - 1 : placeNames.findIndex((p) => norm(p) === norm(place) || norm(p).startsWith(norm(place)));
      if (placeIndex < 0) return void errors.push({ row, code: 'unknownPlace', value: place });
    } else if (placeNames.length > 0) placeIndex = 0;
    const l = norm(lunch);
    // Anything in the lunch column that is not a plain no reads as a diet note with lunch ("vegetarisk").
    const eats = YES.has(l) || !NO.has(l);
    const dietNote = diet || (eats && !YES.has(l) ? lunch.trim() : '');
    rows.push({ name, organisation: organisation || undefined, place: placeIndex, lunch: eats, diet: dietNote || undefined });
  });
  return { rows, errors };
}
