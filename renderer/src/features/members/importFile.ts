// Reading the picked file into a grid of text: CSV through decode.ts (UTF-8 with or without BOM,
// else Windows-1252), Excel through read-excel-file, loaded only when an .xlsx is picked.
import { decodeCsvBytes, type CsvEncoding } from '../../domain/members/decode';
import { readGrid, type Grid } from '../../domain/members/csv';
import { detectFileKind, sheetToGrid } from '../../domain/members/sheet';

export type ReadFile = { ok: true; grid: Grid; format: 'xlsx' | CsvEncoding } | { ok: false; message: string };

export async function readImportFile(file: File): Promise<ReadFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = detectFileKind(bytes, file.name);
  if (kind.kind === 'refused') return { ok: false, message: kind.message };
  if (kind.kind === 'xlsx') {
    try {
      const { readSheet } = await import('read-excel-file/universal');
      const rows = await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      return { ok: true, grid: sheetToGrid(rows), format: 'xlsx' };
    } catch {
      return { ok: false, message: `${file.name} gick inte att läsa som ett Excelark – filen kan vara skadad eller lösenordsskyddad. Spara den på nytt som .xlsx eller CSV.` };
    }
  }
  const { text, encoding } = decodeCsvBytes(bytes);
  const grid = readGrid(text);
  if (grid.rows.every((r) => r.every((c) => c.trim() === ''))) return { ok: false, message: `Filen ${file.name} är tom – den innehåller inga rader alls` };
  return { ok: true, grid, format: encoding };
}
